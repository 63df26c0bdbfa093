package io.edubureau.org;

import java.util.Map;

/** A unit's pupils per stage in one school year (only the stages asked for). */
public record UnitPupils(long unitId, String unitName, Map<Stage, Integer> pupils) {
}
