package io.edubureau.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * 支部委员会换届选举 by the 中国共产党基层组织选举工作条例 (2020): the candidates outnumber the seats by at least
 * 20% (差额); the meeting is valid when those entitled to vote who are present are not
 * fewer than four fifths of those entitled (不少于, the number included); a candidate is
 * elected with more than half of the votes of those present (超过, half itself is not
 * enough), most votes first up to the seats; candidates tied at the last seat are not
 * elected (再次投票) and seats left go to another round (另行选举). Ratios are compared on
 * integers.
 */
final class BranchElectionRule {

	static final PolicyRule RULE = PolicyRule.PARTY_BRANCH_ELECTION;

	/** 候选人数应多于应选人数20%. */
	static final int SPREAD_PERCENT = 20;

	/** 不少于应到会人数的五分之四. */
	static final int QUORUM_NUMERATOR = 4;

	static final int QUORUM_DENOMINATOR = 5;

	/** 支部委员会每届任期一般为3年 (关于党的基层组织任期的意见, 2018). */
	static final int TERM_YEARS = 3;

	/**
	 * Reducing the seats instead of another round (减少名额，不再选举) only when the elected are
	 * close to the seats (接近应选名额): the text gives no number, the county reads it as at
	 * most this many seats short.
	 */
	static final int NEAR_SEATS_SHORT = 1;

	/** 支部委员会一般设委员3至5人 (支部工作条例 2018): a reduced committee is not smaller. */
	static final int MIN_COMMITTEE = 3;

	private BranchElectionRule() {
	}

	/** A candidate's votes; {@code key} identifies the candidate (the membership). */
	record Ballot(long key, String name, int votes) {
	}

	/**
	 * What the count decides.
	 *
	 * @param valid whether the meeting was valid and the candidates enough
	 * @param elected keys of the candidates elected, most votes first
	 * @param seatsLeft seats another round must fill
	 * @param reasons how it was decided, with the values and thresholds used
	 */
	record Outcome(boolean valid, List<Long> elected, int seatsLeft, List<Reason> reasons) {
	}

	static Outcome decide(int seats, int entitled, int present, List<Ballot> ballots) {
		List<Reason> reasons = new ArrayList<>();
		boolean quorum = (long) present * QUORUM_DENOMINATOR >= (long) entitled * QUORUM_NUMERATOR;
		String share = QUORUM_NUMERATOR + "/" + QUORUM_DENOMINATOR;
		reasons.add(new Reason(RULE, quorum ? "party.reason.election.quorum" : "party.reason.election.noQuorum",
				present, entitled, share));
		int spread = ballots.size() - seats;
		boolean enough = (long) spread * 100 >= (long) seats * SPREAD_PERCENT;
		reasons.add(new Reason(RULE, enough ? "party.reason.election.spread" : "party.reason.election.noSpread",
				ballots.size(), seats, SPREAD_PERCENT));
		if (!quorum || !enough) {
			reasons.add(new Reason(RULE, "party.reason.election.void", seats));
			return new Outcome(false, List.of(), seats, List.copyOf(reasons));
		}
		List<Ballot> ranked = new ArrayList<>(ballots);
		// A stable sort keeps the given order among equal votes.
		ranked.sort(Comparator.comparingInt(Ballot::votes).reversed());
		List<Ballot> withMajority = ranked.stream().filter(b -> (long) b.votes() * 2 > present).toList();
		for (Ballot b : ranked) {
			reasons.add(new Reason(RULE,
					withMajority.contains(b) ? "party.reason.election.majority" : "party.reason.election.noMajority",
					b.name(), b.votes(), present));
		}
		List<Long> elected = new ArrayList<>();
		if (withMajority.size() <= seats) {
			withMajority.forEach(b -> elected.add(b.key()));
		}
		else {
			int cut = withMajority.get(seats - 1).votes();
			boolean tie = withMajority.get(seats).votes() == cut;
			for (Ballot b : withMajority) {
				if (b.votes() > cut || (!tie && elected.size() < seats)) {
					elected.add(b.key());
				}
			}
			if (tie) {
				List<String> tied = withMajority.stream().filter(b -> b.votes() == cut).map(Ballot::name).toList();
				reasons.add(new Reason(RULE, "party.reason.election.tie", String.join("、", tied), cut));
			}
			else {
				reasons.add(new Reason(RULE, "party.reason.election.mostVotes", withMajority.size(), seats));
			}
		}
		int left = seats - elected.size();
		reasons.add(left > 0 ? new Reason(RULE, "party.reason.election.anotherRound", left)
				: new Reason(RULE, "party.reason.election.filled", seats));
		return new Outcome(true, List.copyOf(elected), left, List.copyOf(reasons));
	}

	/**
	 * What a preliminary election (差额预选) decides: the formal candidates, most votes
	 * first.
	 *
	 * @param valid whether the meeting was valid and the list to elect from large enough
	 * @param passed keys of the candidates on the formal list
	 * @param placesLeft places of the formal list not filled (ties, too few over half)
	 * @param reasons how it was decided
	 */
	record Preliminary(boolean valid, List<Long> passed, int placesLeft, List<Reason> reasons) {
	}

	/**
	 * 差额预选 (基层组织选举工作条例 2020; how it counts: 旗帜网 quoting 新编基层党务工作手册): the same quorum as
	 * the formal election; the formal list ({@code formal} places) must itself be 差额 (at
	 * least 20% over the seats) and shorter than the nominees; a nominee passes with
	 * votes over half of those entitled (超过应到会有选举权人数半数, half is not enough), most votes
	 * first up to the places; nominees tied at the last place are not listed
	 * (按照正式选举时的相应办法: they vote again).
	 */
	static Preliminary preliminary(int formal, int seats, int entitled, int present, List<Ballot> ballots) {
		List<Reason> reasons = new ArrayList<>();
		boolean quorum = (long) present * QUORUM_DENOMINATOR >= (long) entitled * QUORUM_NUMERATOR;
		reasons.add(new Reason(RULE, quorum ? "party.reason.election.quorum" : "party.reason.election.noQuorum",
				present, entitled, QUORUM_NUMERATOR + "/" + QUORUM_DENOMINATOR));
		boolean listSpread = (long) (formal - seats) * 100 >= (long) seats * SPREAD_PERCENT;
		reasons.add(new Reason(RULE,
				listSpread ? "party.reason.preliminary.listSpread" : "party.reason.preliminary.noListSpread", formal,
				seats, SPREAD_PERCENT));
		boolean more = ballots.size() > formal;
		reasons.add(new Reason(RULE, more ? "party.reason.preliminary.more" : "party.reason.preliminary.notMore",
				ballots.size(), formal));
		if (!quorum || !listSpread || !more) {
			reasons.add(new Reason(RULE, "party.reason.preliminary.void"));
			return new Preliminary(false, List.of(), formal, List.copyOf(reasons));
		}
		List<Ballot> ranked = new ArrayList<>(ballots);
		// A stable sort keeps the given order among equal votes.
		ranked.sort(Comparator.comparingInt(Ballot::votes).reversed());
		List<Ballot> over = ranked.stream().filter(b -> (long) b.votes() * 2 > entitled).toList();
		for (Ballot b : ranked) {
			reasons.add(new Reason(RULE,
					over.contains(b) ? "party.reason.preliminary.over" : "party.reason.preliminary.notOver", b.name(),
					b.votes(), entitled));
		}
		List<Long> passed = new ArrayList<>();
		if (over.size() <= formal) {
			over.forEach(b -> passed.add(b.key()));
		}
		else {
			int cut = over.get(formal - 1).votes();
			boolean tie = over.get(formal).votes() == cut;
			for (Ballot b : over) {
				if (b.votes() > cut || (!tie && passed.size() < formal)) {
					passed.add(b.key());
				}
			}
			if (tie) {
				List<String> tied = over.stream().filter(b -> b.votes() == cut).map(Ballot::name).toList();
				reasons.add(new Reason(RULE, "party.reason.preliminary.tie", String.join("、", tied), cut));
			}
		}
		int left = formal - passed.size();
		reasons.add(left > 0 ? new Reason(RULE, "party.reason.preliminary.short", passed.size(), formal)
				: new Reason(RULE, "party.reason.preliminary.listed", formal));
		return new Preliminary(true, List.copyOf(passed), left, List.copyOf(reasons));
	}

	/** Whether the meeting may reduce the seats instead of another round, and why. */
	record Reduction(boolean allowed, List<Reason> reasons, List<Reason> refused) {
	}

	/**
	 * The seats may be reduced to those elected (经半数以上选举人同意, 以上 includes the half) when
	 * the elected are close to the seats and the committee keeps its minimum size.
	 * @param elected members elected in all rounds so far
	 * @param seatsLeft seats the last ballot left
	 * @param present those entitled to vote present at the last ballot (the voters)
	 * @param agreed voters who agreed to reduce the seats
	 */
	static Reduction reduce(int elected, int seatsLeft, int present, int agreed) {
		List<Reason> reasons = new ArrayList<>();
		boolean near = seatsLeft <= NEAR_SEATS_SHORT;
		reasons.add(new Reason(RULE, near ? "party.reason.election.reduceNear" : "party.reason.election.reduceFar",
				elected, elected + seatsLeft, NEAR_SEATS_SHORT));
		boolean agreedByHalf = (long) agreed * 2 >= present;
		reasons.add(new Reason(RULE,
				agreedByHalf ? "party.reason.election.reduceAgreed" : "party.reason.election.reduceNotAgreed", agreed,
				present));
		boolean sized = elected >= MIN_COMMITTEE;
		reasons.add(new Reason(RULE, sized ? "party.reason.election.reduceSized" : "party.reason.election.reduceSmall",
				elected, MIN_COMMITTEE));
		List<Reason> refused = new ArrayList<>();
		if (!near) {
			refused.add(reasons.get(0));
		}
		if (!agreedByHalf) {
			refused.add(reasons.get(1));
		}
		if (!sized) {
			refused.add(reasons.get(2));
		}
		return new Reduction(refused.isEmpty(), List.copyOf(reasons), List.copyOf(refused));
	}

}
