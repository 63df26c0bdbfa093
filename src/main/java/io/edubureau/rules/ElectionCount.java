package io.edubureau.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The count of a principal election by secret ballot.
 *
 * @param eligible voters entitled to vote
 * @param ballotsCast ballots cast
 * @param seats posts to fill
 * @param votes votes per candidate, in the order given
 */
public record ElectionCount(int eligible, int ballotsCast, int seats, Map<String, Integer> votes) {

	public ElectionCount {
		votes = new LinkedHashMap<>(votes);
	}

}
