package io.edubureau.titles;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.edubureau.org.Stage;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.Education;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.EligibilityInputs.YearResult;
import io.edubureau.titles.TitleDecision.Criterion;

/**
 * Title eligibility (policy rules §5–§7): the minimum paths of 人社部发〔2015〕79号, rural
 * service of urban teachers, the ethics veto, annual appraisals, registration and
 * continuing education. A pure function of its inputs.
 */
public final class TitleEligibility {

	/** Months a failed ethics assessment blocks title evaluation (§7). */
	static final int ETHICS_BLOCK_MONTHS = 24;

	/** Completed years before the evaluation whose appraisal must be 合格 or better. */
	static final int APPRAISAL_YEARS = 3;

	/** Days that count as one year of rural service. */
	static final int DAYS_PER_YEAR = 365;

	private static final Set<Stage> PRIMARY_JUNIOR = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR);

	private static final Set<Stage> PRIMARY = EnumSet.of(Stage.PRIMARY);

	/**
	 * One minimum path: with this education, {@code years} full years as {@code asLevel}
	 * (or since work started when {@code asLevel} is null and years > 0), in the stages
	 * named (all when null).
	 */
	record Path(Education education, TitleLevel asLevel, int years, Set<Stage> stages) {
	}

	static final Map<TitleLevel, List<Path>> PATHS = Map.of(TitleLevel.THIRD,
			List.of(new Path(Education.DOCTORATE, null, 1, null), new Path(Education.MASTER, null, 1, null),
					new Path(Education.BACHELOR, null, 1, null), new Path(Education.ASSOCIATE, null, 1, PRIMARY_JUNIOR),
					new Path(Education.SECONDARY_NORMAL, null, 1, PRIMARY)),
			TitleLevel.SECOND,
			List.of(new Path(Education.DOCTORATE, null, 0, null), new Path(Education.MASTER, null, 0, null),
					new Path(Education.BACHELOR, null, 1, null),
					new Path(Education.ASSOCIATE, TitleLevel.THIRD, 2, PRIMARY_JUNIOR),
					new Path(Education.SECONDARY_NORMAL, TitleLevel.THIRD, 3, PRIMARY)),
			TitleLevel.FIRST,
			List.of(new Path(Education.DOCTORATE, null, 0, null),
					new Path(Education.MASTER, TitleLevel.SECOND, 2, null),
					new Path(Education.BACHELOR, TitleLevel.SECOND, 4, null),
					new Path(Education.ASSOCIATE, TitleLevel.SECOND, 4, PRIMARY_JUNIOR),
					new Path(Education.SECONDARY_NORMAL, TitleLevel.SECOND, 5, PRIMARY)),
			TitleLevel.SENIOR,
			List.of(new Path(Education.DOCTORATE, TitleLevel.FIRST, 2, null),
					new Path(Education.MASTER, TitleLevel.FIRST, 5, null),
					new Path(Education.BACHELOR, TitleLevel.FIRST, 5, null),
					new Path(Education.ASSOCIATE, TitleLevel.FIRST, 5, PRIMARY_JUNIOR)),
			TitleLevel.PROFESSOR_SENIOR,
			List.of(new Path(Education.DOCTORATE, TitleLevel.SENIOR, 5, null),
					new Path(Education.MASTER, TitleLevel.SENIOR, 5, null),
					new Path(Education.BACHELOR, TitleLevel.SENIOR, 5, null)));

	private TitleEligibility() {
	}

	/**
	 * Decides whether the person may apply for {@code target} on {@code on}; a target not
	 * above the current level is refused (422), not decided.
	 */
	public static TitleDecision decide(EligibilityInputs in, TitleLevel target, LocalDate on) {
		TitleLevel current = in.current() == null ? TitleLevel.NONE : in.current();
		if (target == null || target == TitleLevel.NONE) {
			throw new Rejection("target", "titles.target.required");
		}
		if (target.compareTo(current) <= 0) {
			throw new Rejection("target", "titles.target.notAbove", Term.of(target), Term.of(current));
		}
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(path(in, current, target, on));
		criteria.add(ruralService(in, target));
		criteria.add(ethics(in, on));
		criteria.add(sanctions(in, on));
		criteria.addAll(appraisals(in, on));
		criteria.add(registration(in));
		criteria.add(training(in));
		return new TitleDecision(current, target, criteria.stream().allMatch(Criterion::met), List.copyOf(criteria));
	}

	static Criterion path(EligibilityInputs in, TitleLevel current, TitleLevel target, LocalDate on) {
		PolicyRule rule = PolicyRule.TITLE_PATHS;
		if (in.education() == null) {
			return no("PATH", new Reason(rule, "titles.reason.path.educationMissing", Term.of(target)));
		}
		Path path = PATHS.get(target).stream().filter(p -> p.education() == in.education()).findFirst().orElse(null);
		if (path == null) {
			return no("PATH", new Reason(rule, "titles.reason.path.none", Term.of(in.education()), Term.of(target)));
		}
		if (path.stages() != null && (in.stage() == null || !path.stages().contains(in.stage()))) {
			return no("PATH", new Reason(rule, "titles.reason.path.stage", Term.of(in.education()), Term.of(target),
					Term.message(
							path.stages().equals(PRIMARY) ? "titles.stages.primary" : "titles.stages.primaryJunior"),
					in.stage() == null ? Term.message("titles.notRecorded") : Term.of(in.stage())));
		}
		if (path.years() == 0) {
			return yes("PATH", new Reason(rule, "titles.reason.path.direct", Term.of(in.education()), Term.of(target)));
		}
		if (path.asLevel() == null) {
			if (in.workStart() == null) {
				return no("PATH", new Reason(rule, "titles.reason.path.workStartMissing", Term.of(in.education()),
						Term.of(target)));
			}
			boolean met = !in.workStart().plusYears(path.years()).isAfter(on);
			return new Criterion("PATH", met,
					new Reason(rule, "titles.reason.path.induction", Term.of(in.education()), Term.of(target),
							in.workStart().toString(), heldYears(in.workStart(), on), heldDays(in.workStart(), on),
							String.valueOf(path.years()), on.toString()));
		}
		if (current != path.asLevel()) {
			return no("PATH", new Reason(rule, "titles.reason.path.level", Term.of(in.education()), Term.of(target),
					String.valueOf(path.years()), Term.of(path.asLevel()), Term.of(current)));
		}
		if (in.currentSince() == null) {
			return no("PATH", new Reason(rule, "titles.reason.path.sinceMissing", Term.of(current)));
		}
		// 不少于 N 年: the N-th anniversary of obtaining the level on or before the date.
		boolean met = !in.currentSince().plusYears(path.years()).isAfter(on);
		return new Criterion("PATH", met,
				new Reason(rule, "titles.reason.path.years", Term.of(in.education()), Term.of(target), Term.of(current),
						in.currentSince().toString(), heldYears(in.currentSince(), on), heldDays(in.currentSince(), on),
						String.valueOf(path.years()), on.toString()));
	}

	static Criterion ruralService(EligibilityInputs in, TitleLevel target) {
		PolicyRule rule = PolicyRule.TITLE_RURAL_SERVICE;
		boolean asked = target.compareTo(TitleLevel.SENIOR) >= 0
				|| (target == TitleLevel.FIRST && in.ruralForFirstGrade());
		if (!asked) {
			return yes("RURAL_SERVICE", new Reason(rule, "titles.reason.rural.notAsked", Term.of(target),
					LocalParameter.TITLE_RURAL_SERVICE_FOR_FIRST_GRADE.key(), in.ruralForFirstGrade() ? "1" : "0"));
		}
		if (!in.urban()) {
			return yes("RURAL_SERVICE", new Reason(rule, "titles.reason.rural.notUrban"));
		}
		long required = (long) in.ruralServiceYears() * DAYS_PER_YEAR;
		return new Criterion("RURAL_SERVICE", in.ruralServiceDays() >= required,
				new Reason(rule, "titles.reason.rural.days", String.valueOf(in.ruralServiceDays()),
						String.valueOf(required), String.valueOf(in.ruralServiceYears())));
	}

	static Criterion ethics(EligibilityInputs in, LocalDate on) {
		PolicyRule rule = PolicyRule.ETHICS_VETO;
		for (YearResult y : in.appraisals()) {
			// An assessment of year Y counts from the end of Y.
			LocalDate blockedUntil = LocalDate.of(y.year(), 12, 31).plusMonths(ETHICS_BLOCK_MONTHS);
			if (y.ethicsFailed() && !on.isAfter(blockedUntil) && y.year() <= on.getYear()) {
				return no("ETHICS", new Reason(rule, "titles.reason.ethics.failed", String.valueOf(y.year()),
						blockedUntil.toString(), String.valueOf(ETHICS_BLOCK_MONTHS)));
			}
		}
		return yes("ETHICS",
				new Reason(rule, "titles.reason.ethics.clear", String.valueOf(ETHICS_BLOCK_MONTHS), on.toString()));
	}

	/**
	 * §7: not eligible while a sanction (警告, 记过, 降低岗位等级, 撤职) or a disqualification from
	 * titles (取消职称评定资格, at least 24 months) is in force on the date; a dismissal blocks
	 * for good. Other handling does not block; a revoked one stops blocking on its
	 * revocation date.
	 */
	static Criterion sanctions(EligibilityInputs in, LocalDate on) {
		PolicyRule rule = PolicyRule.ETHICS_SANCTIONS;
		for (SanctionRecord s : in.sanctions()) {
			if (!s.kind().blocksTitles() || !s.inForceOn(on)) {
				continue;
			}
			if (s.kind() == SanctionKind.DISMISSAL) {
				return no("SANCTION", new Reason(rule, "titles.reason.sanction.dismissed", s.decidedOn().toString()));
			}
			return no("SANCTION", new Reason(rule, "titles.reason.sanction.inForce", Term.of(s.kind()),
					s.decidedOn().toString(), String.valueOf(s.periodMonths()), s.lastDay().toString(), on.toString()));
		}
		return yes("SANCTION", new Reason(rule, "titles.reason.sanction.clear", on.toString()));
	}

	static List<Criterion> appraisals(EligibilityInputs in, LocalDate on) {
		PolicyRule rule = PolicyRule.TITLE_PATHS;
		Map<Integer, YearResult> byYear = in.appraisals()
			.stream()
			.collect(Collectors.toMap(YearResult::year, Function.identity(), (a, b) -> b));
		List<Criterion> found = new ArrayList<>();
		for (int year = on.getYear() - APPRAISAL_YEARS; year < on.getYear(); year++) {
			if (in.workStart() != null && year <= in.workStart().getYear()) {
				continue;
			}
			YearResult r = byYear.get(year);
			if (r == null) {
				found.add(no("APPRAISAL", new Reason(rule, "titles.reason.appraisal.missing", String.valueOf(year))));
			}
			else {
				found.add(new Criterion("APPRAISAL", r.competent(),
						new Reason(rule, r.competent() ? "titles.reason.appraisal.ok" : "titles.reason.appraisal.below",
								String.valueOf(year), new Term("enum.AppraisalResult." + r.result(), r.result()))));
			}
		}
		if (found.isEmpty()) {
			found.add(yes("APPRAISAL", new Reason(rule, "titles.reason.appraisal.none", String.valueOf(APPRAISAL_YEARS),
					String.valueOf(in.workStart()))));
		}
		return found;
	}

	static Criterion registration(EligibilityInputs in) {
		PolicyRule rule = PolicyRule.TEACHER_REGISTRATION;
		if (in.registered() == null) {
			return yes("REGISTRATION", new Reason(rule, "titles.reason.registration.unknown"));
		}
		boolean met = in.registered() && !Boolean.FALSE.equals(in.mayTeach());
		return new Criterion("REGISTRATION", met,
				new Reason(rule, met ? "titles.reason.registration.ok" : "titles.reason.registration.not",
						Term.message(in.registered() ? "titles.yes" : "titles.no"),
						Term.message(Boolean.FALSE.equals(in.mayTeach()) ? "titles.no" : "titles.yes")));
	}

	static Criterion training(EligibilityInputs in) {
		PolicyRule rule = PolicyRule.CONTINUING_EDUCATION;
		if (in.trainingHours() == null) {
			return yes("TRAINING", new Reason(rule, "titles.reason.training.unknown"));
		}
		return new Criterion("TRAINING", in.trainingHours() >= in.trainingHoursRequired(),
				new Reason(rule, "titles.reason.training.hours", String.valueOf(in.trainingHours()),
						String.valueOf(in.trainingHoursRequired())));
	}

	/** Full years held on the date. */
	private static String heldYears(LocalDate since, LocalDate on) {
		return since.isAfter(on) ? "0" : String.valueOf(Period.between(since, on).getYears());
	}

	/** Days held beyond the full years. */
	private static String heldDays(LocalDate since, LocalDate on) {
		if (since.isAfter(on)) {
			return "0";
		}
		LocalDate anniversary = since.plusYears(Period.between(since, on).getYears());
		return String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(anniversary, on));
	}

	private static Criterion yes(String code, Reason reason) {
		return new Criterion(code, true, reason);
	}

	private static Criterion no(String code, Reason reason) {
		return new Criterion(code, false, reason);
	}

}
