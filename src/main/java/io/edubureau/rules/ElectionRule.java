package io.edubureau.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The principal election (seed 002, 全校教职工无记名投票) with the bureau's defaults: valid when
 * ballots cast ≥ 2/3 of the eligible voters; a candidate with more than half of the
 * ballots cast is elected (most votes first, up to the seats); seats left go to a run-off
 * between the next candidates by votes, one more than the seats left (two for one seat),
 * with everyone tied at the last place. Ratios are compared on integers.
 */
final class ElectionRule {

	private ElectionRule() {
	}

	record Thresholds(int turnoutNumerator, int turnoutDenominator, int majorityNumerator, int majorityDenominator) {
	}

	static ElectionOutcome decide(ElectionCount count, Thresholds t) {
		PolicyRule rule = PolicyRule.PRINCIPAL_ELECTION;
		List<Reason> reasons = new ArrayList<>();
		String turnout = t.turnoutNumerator() + "/" + t.turnoutDenominator();
		boolean valid = (long) count.ballotsCast() * t.turnoutDenominator() >= (long) t.turnoutNumerator()
				* count.eligible();
		if (!valid) {
			reasons.add(new Reason(rule, "rules.election.invalid", count.ballotsCast(), count.eligible(), turnout));
			return new ElectionOutcome(false, List.of(), List.of(), List.copyOf(reasons));
		}
		reasons.add(new Reason(rule, "rules.election.valid", count.ballotsCast(), count.eligible(), turnout));
		List<Map.Entry<String, Integer>> ranked = new ArrayList<>(count.votes().entrySet());
		// A stable sort keeps the given order among equal votes.
		ranked.sort(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue()).reversed());
		String majority = t.majorityNumerator() + "/" + t.majorityDenominator();
		List<Map.Entry<String, Integer>> withMajority = ranked.stream()
			.filter(e -> (long) e.getValue() * t.majorityDenominator() > (long) t.majorityNumerator()
					* count.ballotsCast())
			.toList();
		List<String> elected = new ArrayList<>();
		for (Map.Entry<String, Integer> e : withMajority) {
			reasons.add(new Reason(rule, "rules.election.majority", e.getKey(), e.getValue(), count.ballotsCast(),
					majority));
		}
		if (withMajority.size() <= count.seats()) {
			withMajority.forEach(e -> elected.add(e.getKey()));
		}
		else {
			int cutVotes = withMajority.get(count.seats() - 1).getValue();
			boolean tieAtCut = withMajority.get(count.seats()).getValue() == cutVotes;
			for (Map.Entry<String, Integer> e : withMajority) {
				if (e.getValue() > cutVotes || (!tieAtCut && elected.size() < count.seats())) {
					elected.add(e.getKey());
				}
			}
			if (tieAtCut) {
				reasons.add(new Reason(rule, "rules.election.tieAtLastSeat", cutVotes));
			}
			else {
				reasons.add(new Reason(rule, "rules.election.moreThanSeats", withMajority.size(), count.seats()));
			}
		}
		ranked.stream()
			.filter(e -> !withMajority.contains(e))
			.forEach(e -> reasons.add(new Reason(rule, "rules.election.noMajority", e.getKey(), e.getValue(),
					count.ballotsCast(), majority)));
		int left = count.seats() - elected.size();
		List<String> runoff = new ArrayList<>();
		if (left > 0) {
			List<Map.Entry<String, Integer>> rest = ranked.stream().filter(e -> !elected.contains(e.getKey())).toList();
			int places = left + 1;
			if (rest.size() > places) {
				int lastVotes = rest.get(places - 1).getValue();
				rest.stream().filter(e -> e.getValue() >= lastVotes).forEach(e -> runoff.add(e.getKey()));
				if (runoff.size() > places) {
					reasons.add(new Reason(rule, "rules.election.runoffTie", lastVotes, runoff.size(), places));
				}
			}
			else {
				rest.forEach(e -> runoff.add(e.getKey()));
			}
			reasons.add(new Reason(rule, "rules.election.runoff", left, String.join("、", runoff)));
		}
		else {
			reasons.add(new Reason(rule, "rules.election.filled", String.join("、", elected)));
		}
		return new ElectionOutcome(true, List.copyOf(elected), List.copyOf(runoff), List.copyOf(reasons));
	}

}
