package io.edubureau.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.org.Stage;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * Proposes who goes where: enough of the eligible pool to reach the exchange share (≥
 * shareBp/10000 of the eligible), backbone teachers first until they make up the backbone
 * share of those exchanged, each into an open place of a receiving school that needs the
 * subject and stage, taking first the people whose move disrupts their home school least.
 * Greedy and set-based (sorting, then one pass), so a province's pool plans in seconds.
 */
final class ExchangePlanner {

	private static final PolicyRule RULE = PolicyRule.TEACHER_EXCHANGE;

	private ExchangePlanner() {
	}

	/** One proposed move. */
	record Move(Candidate who, long toUnitId, int disruption) {
	}

	/** The proposal and how it stands against the targets. */
	record Plan(int eligible, int exchanged, int backbone, int cadres, boolean targetsMet, List<Move> moves,
			List<Reason> reasons) {
	}

	/** The smallest number n with 10000·n ≥ bp·of (不低于, integers only). */
	static int atLeast(int of, int bp) {
		return (int) (((long) of * bp + 9_999) / 10_000);
	}

	static Plan plan(List<Candidate> pool, List<Need> needs, int shareBp, int backboneBp) {
		int eligible = pool.size();
		int target = atLeast(eligible, shareBp);
		int backboneTarget = atLeast(target, backboneBp);
		Places places = new Places(needs);
		Comparator<Candidate> cheapest = Comparator.comparingInt(Candidate::disruption)
			.thenComparingLong(Candidate::staffId);
		List<Candidate> backbones = pool.stream().filter(Candidate::backbone).sorted(cheapest).toList();
		List<Move> moves = new ArrayList<>();
		Set<Long> taken = new HashSet<>();
		int backbone = 0;
		for (Candidate c : backbones) {
			if (backbone >= backboneTarget || moves.size() >= target) {
				break;
			}
			Long to = places.take(c);
			if (to != null) {
				moves.add(new Move(c, to, c.disruption()));
				taken.add(c.staffId());
				backbone++;
			}
		}
		// The rest by disruption, non-backbone teachers first at equal cost: the backbone
		// share is met already.
		List<Candidate> rest = pool.stream()
			.filter(c -> !taken.contains(c.staffId()))
			.sorted(Comparator.comparingInt(Candidate::disruption)
				.thenComparing(Candidate::backbone)
				.thenComparingLong(Candidate::staffId))
			.toList();
		for (Candidate c : rest) {
			if (moves.size() >= target) {
				break;
			}
			Long to = places.take(c);
			if (to != null) {
				moves.add(new Move(c, to, c.disruption()));
				if (c.backbone()) {
					backbone++;
				}
			}
		}
		return outcome(eligible, moves, backbone, shareBp, backboneBp, places.total());
	}

	/**
	 * How a set of moves (the planner's or the officer's edit) stands against the
	 * targets.
	 */
	static Plan outcome(int eligible, List<Move> moves, int backbone, int shareBp, int backboneBp, int places) {
		int exchanged = moves.size();
		int cadres = (int) moves.stream().filter(m -> m.who().cadre()).count();
		List<Reason> reasons = new ArrayList<>();
		boolean shareMet = eligible > 0 && 10_000L * exchanged >= (long) shareBp * eligible;
		boolean backboneMet = exchanged > 0 && 10_000L * backbone >= (long) backboneBp * exchanged;
		if (eligible == 0) {
			reasons.add(new Reason(RULE, "exchange.reason.plan.noPool"));
		}
		else {
			reasons
				.add(new Reason(RULE, shareMet ? "exchange.reason.plan.share.met" : "exchange.reason.plan.share.short",
						exchanged, eligible, percent(shareBp), atLeast(eligible, shareBp)));
			reasons.add(new Reason(RULE,
					backboneMet ? "exchange.reason.plan.backbone.met" : "exchange.reason.plan.backbone.short", backbone,
					exchanged, percent(backboneBp), atLeast(exchanged, backboneBp)));
			if (!shareMet && places >= 0 && places < atLeast(eligible, shareBp)) {
				reasons.add(new Reason(RULE, "exchange.reason.plan.places", places));
			}
		}
		return new Plan(eligible, exchanged, backbone, cadres, shareMet && backboneMet, List.copyOf(moves), reasons);
	}

	/** A basis-point share as a percent for the reasons: 1000 → "10". */
	static String percent(int bp) {
		return bp % 100 == 0 ? String.valueOf(bp / 100) : String.valueOf(bp / 100.0);
	}

	/** The open places by subject and stage, each key a queue of receiving schools. */
	private static final class Places {

		private final Map<String, Deque<Long>> byKey = new HashMap<>();

		private int total;

		Places(List<Need> needs) {
			for (Need n : needs) {
				int count = n.count() == null ? 0 : n.count();
				Deque<Long> q = byKey.computeIfAbsent(key(n.subject(), n.stage()), k -> new ArrayDeque<>());
				for (int i = 0; i < count; i++) {
					q.add(n.unitId());
				}
				total += Math.max(0, count);
			}
		}

		int total() {
			return total;
		}

		private static String key(String subject, Stage stage) {
			return (subject == null || subject.isBlank() ? "*" : subject.strip()) + "|"
					+ (stage == null ? "*" : stage.name());
		}

		// Most specific place first; never the person's own school.
		Long take(Candidate c) {
			for (String k : List.of(key(c.subject(), c.stage()), key(c.subject(), null), key(null, c.stage()),
					key(null, null))) {
				Deque<Long> q = byKey.get(k);
				if (q == null) {
					continue;
				}
				Iterator<Long> it = q.iterator();
				while (it.hasNext()) {
					Long unit = it.next();
					if (unit != c.unitId()) {
						it.remove();
						return unit;
					}
				}
			}
			return null;
		}

	}

}
