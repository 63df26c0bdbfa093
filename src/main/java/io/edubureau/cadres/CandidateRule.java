package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.TitleLevel;

/**
 * Whether a person may stand as a candidate for a leadership post on the election day:
 * the lowest title, the years since starting work (以上 includes the anniversary), the
 * highest age (不超过 includes the age itself), and the one-vote veto on promotion. Each
 * condition gives a reason, met or not.
 */
final class CandidateRule {

	private CandidateRule() {
	}

	/** The bureau's conditions in force on the day. */
	record Conditions(int minTitle, int workYears, int maxAge) {
	}

	/** The person's facts on the day; a veto's reasons when it blocks promotion. */
	record Facts(String name, TitleLevel title, LocalDate workStart, LocalDate birthDate, List<Reason> vetoReasons) {
	}

	static CandidateEligibility decide(Facts f, LocalDate on, Conditions c) {
		List<Reason> reasons = new ArrayList<>();
		boolean eligible = true;
		TitleLevel lowest = TitleLevel.values()[Math.max(0, Math.min(c.minTitle(), TitleLevel.values().length - 1))];
		TitleLevel held = f.title() == null ? TitleLevel.NONE : f.title();
		if (held.ordinal() >= lowest.ordinal()) {
			reasons.add(new Reason(PolicyRule.CADRE_CANDIDATE, "cadres.candidate.titleMet", held.ordinal(),
					lowest.ordinal()));
		}
		else {
			eligible = false;
			reasons.add(new Reason(PolicyRule.CADRE_CANDIDATE, "cadres.candidate.titleLow", held.ordinal(),
					lowest.ordinal()));
		}
		if (f.workStart() == null) {
			eligible = false;
			reasons.add(new Reason(PolicyRule.CADRE_CANDIDATE, "cadres.candidate.workUnknown", c.workYears()));
		}
		else {
			LocalDate enough = f.workStart().plusYears(c.workYears());
			boolean met = !enough.isAfter(on);
			eligible &= met;
			reasons.add(new Reason(PolicyRule.CADRE_CANDIDATE,
					met ? "cadres.candidate.workMet" : "cadres.candidate.workShort", f.workStart().toString(),
					c.workYears(), enough.toString(), on.toString()));
		}
		if (f.birthDate() == null) {
			eligible = false;
			reasons.add(new Reason(PolicyRule.CADRE_CANDIDATE, "cadres.candidate.ageUnknown", c.maxAge()));
		}
		else {
			// Aged maxAge until the day before the next birthday: still within the limit.
			LocalDate over = f.birthDate().plusYears(c.maxAge() + 1L);
			boolean met = on.isBefore(over);
			eligible &= met;
			reasons.add(
					new Reason(PolicyRule.CADRE_CANDIDATE, met ? "cadres.candidate.ageMet" : "cadres.candidate.ageOver",
							f.birthDate().toString(), c.maxAge(), over.toString(), on.toString()));
		}
		if (!f.vetoReasons().isEmpty()) {
			eligible = false;
			reasons.addAll(f.vetoReasons());
		}
		return new CandidateEligibility(f.name(), on, eligible, List.copyOf(reasons));
	}

}
