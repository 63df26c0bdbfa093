package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Policy rules §5, eligibility (local, recalled defaults): a teacher after N continuous
 * years at the same school (满 N 年: the N-th anniversary of arrival counts), a principal
 * or vice-principal after the given number of full terms at the school; not while an
 * exemption is in force or within the given years of retirement (以内: the day exactly that
 * far ahead counts as within).
 */
final class ExchangeRule {

	private static final PolicyRule RULE = PolicyRule.TEACHER_EXCHANGE_ELIGIBILITY;

	private ExchangeRule() {
	}

	/** The local parameters in force on the day. */
	record Parameters(int continuousYears, int principalTerms, int termYears, int retirementExemptYears) {
	}

	/** An exemption as the rule reads it. */
	record Exemption(ExemptionKind kind, LocalDate from, LocalDate to, String note) {
	}

	/**
	 * The person's facts.
	 *
	 * @param teacher an active full-time teacher
	 * @param arrivedOn the day the person came to the current school, or {@code null}
	 * @param leaderSince the start of the current principal or vice-principal appointment
	 * at the school, or {@code null}
	 * @param retirementOn the first day of the statutory retirement month, or
	 * {@code null}
	 * @param exemptions exemptions in force on the day
	 */
	record Inputs(boolean teacher, LocalDate arrivedOn, LocalDate leaderSince, LocalDate retirementOn,
			List<Exemption> exemptions) {
	}

	static Eligibility decide(Inputs in, Parameters p, LocalDate on) {
		List<Reason> reasons = new ArrayList<>();
		if (!in.teacher() && in.leaderSince() == null) {
			reasons.add(new Reason(RULE, "exchange.reason.notTeacher"));
			return new Eligibility(false, reasons);
		}
		boolean exempt = false;
		for (Exemption e : in.exemptions()) {
			exempt = true;
			reasons.add(new Reason(RULE, "exchange.reason.exempt",
					new DefaultMessageSourceResolvable("enum.ExemptionKind." + e.kind().name()), e.from().toString(),
					e.to() == null ? "—" : e.to().toString(), e.note()));
		}
		if (in.retirementOn() != null) {
			LocalDate horizon = on.plusYears(p.retirementExemptYears());
			if (!in.retirementOn().isAfter(horizon)) {
				exempt = true;
				reasons.add(new Reason(RULE, "exchange.reason.nearRetirement", in.retirementOn().toString(),
						String.valueOf(p.retirementExemptYears())));
			}
		}
		boolean due;
		if (in.leaderSince() != null) {
			int years = p.principalTerms() * p.termYears();
			LocalDate full = in.leaderSince().plusYears(years);
			due = !full.isAfter(on);
			reasons.add(new Reason(RULE, due ? "exchange.reason.leader.due" : "exchange.reason.leader.notDue",
					in.leaderSince().toString(), String.valueOf(p.principalTerms()), String.valueOf(p.termYears()),
					full.toString()));
		}
		else if (in.arrivedOn() == null) {
			due = false;
			reasons.add(new Reason(RULE, "exchange.reason.arrivalUnknown"));
		}
		else {
			LocalDate full = in.arrivedOn().plusYears(p.continuousYears());
			due = !full.isAfter(on);
			reasons.add(new Reason(RULE, due ? "exchange.reason.years.due" : "exchange.reason.years.notDue",
					in.arrivedOn().toString(), String.valueOf(p.continuousYears()), full.toString()));
		}
		return new Eligibility(due && !exempt, reasons);
	}

}
