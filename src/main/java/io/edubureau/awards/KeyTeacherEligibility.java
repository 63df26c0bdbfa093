package io.edubureau.awards;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.org.DataScope;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The conditions of a key-teacher designation at a level on a day (rule
 * {@link PolicyRule#KEY_TEACHER_SELECTION}): no one-vote veto (KEY_TEACHER), a title at
 * least the level's rank, whole years since starting work at least the level's number
 * (以上: the number itself is enough), and the appraisal of each of the
 * {@code keyTeachers.appraisalYears} years before the day's year competent or better.
 * Every decision carries its reasons, what refuses first.
 */
@Component
class KeyTeacherEligibility {

	private static final PolicyRule RULE = PolicyRule.KEY_TEACHER_SELECTION;

	/** A candidate's conditions: every reason, and those that refuse. */
	record Decision(boolean eligible, List<Reason> reasons, List<Reason> refusals) {
	}

	private final StaffManagement staff;

	private final EthicsManagement ethics;

	private final RulesManagement rules;

	KeyTeacherEligibility(StaffManagement staff, EthicsManagement ethics, RulesManagement rules) {
		this.staff = staff;
		this.ethics = ethics;
		this.rules = rules;
	}

	Decision decide(DataScope scope, StaffView person, KeyTeacherLevel level, LocalDate on) {
		List<Reason> met = new ArrayList<>();
		List<Reason> refusals = new ArrayList<>();
		VetoDecision veto = ethics.veto(scope, person.id(), on, VetoPurpose.KEY_TEACHER);
		(veto.blocked() ? refusals : met).addAll(veto.reasons());
		DefaultMessageSourceResolvable levelName = new DefaultMessageSourceResolvable(
				"enum.KeyTeacherLevel." + level.name());
		int minRank = rules.parameter(level.titleRank(), on).intValue();
		if (minRank > 0) {
			TitleLevel held = person.titleLevel() == null ? TitleLevel.NONE : person.titleLevel();
			TitleLevel needed = TitleLevel.values()[Math.min(minRank, TitleLevel.values().length - 1)];
			Reason r = new Reason(RULE,
					held.ordinal() >= minRank ? "keyTeachers.check.titleMet" : "keyTeachers.check.titleLow",
					new DefaultMessageSourceResolvable("enum.TitleLevel." + held.name()),
					new DefaultMessageSourceResolvable("enum.TitleLevel." + needed.name()), levelName);
			(held.ordinal() >= minRank ? met : refusals).add(r);
		}
		int minYears = rules.parameter(level.years(), on).intValue();
		if (minYears > 0) {
			if (person.workStartDate() == null || person.workStartDate().isAfter(on)) {
				refusals.add(new Reason(RULE, "keyTeachers.check.yearsUnknown", minYears));
			}
			else {
				int years = Period.between(person.workStartDate(), on).getYears();
				Reason r = new Reason(RULE,
						years >= minYears ? "keyTeachers.check.yearsMet" : "keyTeachers.check.yearsShort",
						person.workStartDate().toString(), years, minYears, on.toString(), levelName);
				(years >= minYears ? met : refusals).add(r);
			}
		}
		int appraisalYears = rules.parameter(LocalParameter.KEY_TEACHER_APPRAISAL_YEARS, on).intValue();
		if (appraisalYears > 0) {
			Map<Integer, AppraisalResult> byYear = new HashMap<>();
			for (AppraisalRecord a : staff.appraisals(scope, person.id())) {
				if (a.result() != null) {
					byYear.put(a.year(), a.result());
				}
			}
			int first = on.getYear() - appraisalYears;
			int last = on.getYear() - 1;
			int before = refusals.size();
			for (int year = first; year <= last; year++) {
				AppraisalResult result = byYear.get(year);
				if (result == null) {
					refusals.add(new Reason(RULE, "keyTeachers.check.appraisalMissing", String.valueOf(year)));
				}
				else if (result != AppraisalResult.EXCELLENT && result != AppraisalResult.COMPETENT) {
					refusals.add(new Reason(RULE, "keyTeachers.check.appraisalBelow", String.valueOf(year),
							new DefaultMessageSourceResolvable("enum.AppraisalResult." + result.name())));
				}
			}
			if (refusals.size() == before) {
				met.add(new Reason(RULE, "keyTeachers.check.appraisalsMet", String.valueOf(first),
						String.valueOf(last)));
			}
		}
		List<Reason> all = new ArrayList<>(refusals);
		all.addAll(met);
		return new Decision(refusals.isEmpty(), List.copyOf(all), List.copyOf(refusals));
	}

}
