package io.edubureau.titles;

import java.util.List;
import java.util.Map;

import io.edubureau.staff.TitleLevel;

/**
 * A round's results by target level: who passed (and was appointed) and how many.
 *
 * @param roundId the round
 * @param year its year
 * @param passedByLevel people who passed or were appointed, per level
 * @param applicationsByLevel applications per level
 * @param granted everyone who passed or was appointed, by level then name
 */
public record RoundResults(long roundId, int year, Map<TitleLevel, Integer> passedByLevel,
		Map<TitleLevel, Integer> applicationsByLevel, List<ApplicationView> granted) {
}
