package io.edubureau.org;

import java.util.Map;

/**
 * Active units by type, and schools by stage and locality (a school of several stages
 * counts in each).
 */
public record UnitCounts(Map<UnitType, Integer> byType, Map<Stage, Map<Locality, Integer>> byStageAndLocality) {
}
