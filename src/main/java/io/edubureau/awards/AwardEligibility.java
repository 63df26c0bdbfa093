package io.edubureau.awards;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The conditions a nominee must meet besides the one-vote veto (rule
 * {@link PolicyRule#AWARD_ELIGIBILITY}): whole years since starting work at least
 * {@code awards.minServiceYears} (以上: the number itself is enough), and the annual
 * appraisal of each of the {@code awards.appraisalYears} years before the round's year
 * recorded as competent (合格) or excellent. Every decision carries its reasons, met or
 * not.
 */
@Component
class AwardEligibility {

	private static final PolicyRule RULE = PolicyRule.AWARD_ELIGIBILITY;

	/** A nominee's conditions: the reasons, and those that refuse the nomination. */
	record Decision(boolean eligible, List<Reason> reasons, List<Reason> refusals) {
	}

	private final StaffManagement staff;

	private final RulesManagement rules;

	AwardEligibility(StaffManagement staff, RulesManagement rules) {
		this.staff = staff;
		this.rules = rules;
	}

	Decision decide(DataScope scope, StaffView person, int roundYear, LocalDate on) {
		List<Reason> reasons = new ArrayList<>();
		List<Reason> refusals = new ArrayList<>();
		int minYears = rules.parameter(LocalParameter.AWARD_MIN_SERVICE_YEARS, on).intValue();
		if (minYears > 0) {
			if (person.workStartDate() == null || person.workStartDate().isAfter(on)) {
				refusals.add(new Reason(RULE, "awards.eligibility.serviceUnknown", minYears));
			}
			else {
				int years = Period.between(person.workStartDate(), on).getYears();
				Reason r = new Reason(RULE,
						years >= minYears ? "awards.eligibility.serviceMet" : "awards.eligibility.serviceShort",
						person.workStartDate().toString(), years, minYears, on.toString());
				(years >= minYears ? reasons : refusals).add(r);
			}
		}
		int appraisalYears = rules.parameter(LocalParameter.AWARD_APPRAISAL_YEARS, on).intValue();
		if (appraisalYears > 0) {
			Map<Integer, AppraisalResult> byYear = new HashMap<>();
			for (AppraisalRecord a : staff.appraisals(scope, person.id())) {
				if (a.result() != null) {
					byYear.put(a.year(), a.result());
				}
			}
			int first = roundYear - appraisalYears;
			int last = roundYear - 1;
			int before = refusals.size();
			for (int year = first; year <= last; year++) {
				AppraisalResult result = byYear.get(year);
				if (result == null) {
					refusals.add(new Reason(RULE, "awards.eligibility.appraisalMissing", String.valueOf(year)));
				}
				else if (result != AppraisalResult.EXCELLENT && result != AppraisalResult.COMPETENT) {
					refusals.add(new Reason(RULE, "awards.eligibility.appraisalBelow", String.valueOf(year),
							new DefaultMessageSourceResolvable("enum.AppraisalResult." + result.name())));
				}
			}
			if (refusals.size() == before) {
				reasons.add(new Reason(RULE, "awards.eligibility.appraisalsMet", String.valueOf(first),
						String.valueOf(last)));
			}
		}
		List<Reason> all = new ArrayList<>(refusals);
		all.addAll(reasons);
		return new Decision(refusals.isEmpty(), List.copyOf(all), List.copyOf(refusals));
	}

}
