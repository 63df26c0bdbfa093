package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.edubureau.rules.HolidayKind;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.Education;
import io.edubureau.staff.PostCategory;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The recruitment rules, each decision with its reasons (rule, source, values): the plan
 * within the vacancies, eligibility per position, the weighted total and the ranking with
 * its tie-break, the end of the public notice (policy rules §12 day counting) and the
 * probation of 事业单位人事管理条例 第十三条.
 */
final class RecruitmentRules {

	/** 事业单位人事管理条例 第十三条: a first job with a contract of 3 years or more. */
	static final int PROBATION_CONTRACT_YEARS = 3;

	static final int PROBATION_MONTHS = 12;

	private RecruitmentRules() {
	}

	/** The planned number per unit and post category against that unit's vacancies. */
	static Views.PlanCheck plan(Map<Long, Map<PostCategory, Integer>> planned, List<Views.Vacancy> vacancies,
			Map<Long, String> unitNames) {
		boolean fits = true;
		List<Reason> reasons = new ArrayList<>();
		for (var unit : planned.entrySet()) {
			for (var cat : unit.getValue().entrySet()) {
				Views.Vacancy v = vacancies.stream()
					.filter(x -> x.unitId() == unit.getKey() && x.postCategory() == cat.getKey())
					.findFirst()
					.orElse(new Views.Vacancy(unit.getKey(), unitNames.getOrDefault(unit.getKey(), ""), cat.getKey(), 0,
							0, 0, 0));
				// 超过 refuses: planned equal to the vacancies fits.
				boolean within = cat.getValue() <= v.vacant();
				fits &= within;
				reasons.add(new Reason(PolicyRule.RECRUITMENT_PLAN,
						within ? "recruitment.reason.plan.fits" : "recruitment.reason.plan.exceeds",
						unitNames.getOrDefault(unit.getKey(), v.unitName()),
						label("enum.PostCategory." + cat.getKey().name()), cat.getValue(), v.vacant(), v.approved(),
						v.actual(), v.retiring()));
			}
		}
		return new Views.PlanCheck(fits, reasons);
	}

	// A value the message source words in the reader's language.
	static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

	/**
	 * Vacancies: approved minus actual, plus those retiring by the end of the year; never
	 * negative.
	 */
	static int vacant(int approved, int actual, int retiring) {
		return Math.max(0, approved - actual + retiring);
	}

	/**
	 * Whether an applicant meets a position's requirements on a day, with one reason per
	 * requirement.
	 */
	static Views.Eligibility eligibility(RecruitmentPosition p, Education education, boolean hasCertificate,
			LocalDate birthDate, String household, LocalDate on) {
		List<Reason> reasons = new ArrayList<>();
		boolean ok = true;
		if (p.getMinEducation() != null) {
			// Education lists the highest first: a smaller ordinal is higher.
			boolean met = education.ordinal() <= p.getMinEducation().ordinal();
			ok &= met;
			reasons.add(new Reason(PolicyRule.RECRUITMENT_SELECTION,
					met ? "recruitment.reason.education.met" : "recruitment.reason.education.short",
					label("enum.Education." + education.name()),
					label("enum.Education." + p.getMinEducation().name())));
		}
		if (p.isCertificateRequired()) {
			ok &= hasCertificate;
			reasons.add(new Reason(PolicyRule.RECRUITMENT_SELECTION,
					hasCertificate ? "recruitment.reason.certificate.met" : "recruitment.reason.certificate.missing"));
		}
		if (p.getMaxAge() != null) {
			int age = Period.between(birthDate, on).getYears();
			// "35周岁以下" includes 35: refused only from the 36th birthday.
			boolean met = age <= p.getMaxAge();
			ok &= met;
			reasons.add(new Reason(PolicyRule.RECRUITMENT_SELECTION,
					met ? "recruitment.reason.age.met" : "recruitment.reason.age.over", age, p.getMaxAge(),
					on.toString()));
		}
		if (p.getHousehold() != null) {
			boolean met = household != null && household.equals(p.getHousehold());
			ok &= met;
			reasons.add(new Reason(PolicyRule.RECRUITMENT_SELECTION,
					met ? "recruitment.reason.household.met" : "recruitment.reason.household.other",
					household == null ? "—" : household, p.getHousehold()));
		}
		if (reasons.isEmpty()) {
			reasons.add(new Reason(PolicyRule.RECRUITMENT_SELECTION, "recruitment.reason.noRequirements"));
		}
		return new Views.Eligibility(ok, reasons);
	}

	/**
	 * The weighted total: written × w + interview × (the interview weight), in percent,
	 * at the round's precision.
	 */
	static BigDecimal total(BigDecimal written, BigDecimal interview, int writtenWeight, int interviewWeight,
			int scale) {
		if (written == null || interview == null) {
			return null;
		}
		return written.multiply(BigDecimal.valueOf(writtenWeight))
			.add(interview.multiply(BigDecimal.valueOf(interviewWeight)))
			.divide(BigDecimal.valueOf(100), scale, RoundingMode.HALF_UP);
	}

	/** A scored candidate for ranking. */
	record Scored(long id, BigDecimal total, BigDecimal written) {
	}

	/**
	 * Rank order: total first, ties broken by the written score; equal in both share the
	 * rank.
	 */
	static final Comparator<Scored> ORDER = Comparator.comparing(Scored::total, Comparator.reverseOrder())
		.thenComparing(Scored::written, Comparator.reverseOrder());

	/** The ranks of candidates given in {@link #ORDER}: 1, 2, 2, 4 … */
	static int[] ranks(List<Scored> ordered) {
		int[] ranks = new int[ordered.size()];
		for (int i = 0; i < ordered.size(); i++) {
			ranks[i] = i > 0 && ORDER.compare(ordered.get(i - 1), ordered.get(i)) == 0 ? ranks[i - 1] : i + 1;
		}
		return ranks;
	}

	/**
	 * The last day of a public notice of {@code days} days from a day: the start day is
	 * not counted; a last day on a rest day moves to the next working day (policy rules
	 * §12).
	 */
	static LocalDate publicityEnd(LocalDate from, int days, Map<LocalDate, HolidayKind> calendar) {
		LocalDate end = from.plusDays(days);
		while (restDay(end, calendar)) {
			end = end.plusDays(1);
		}
		return end;
	}

	private static boolean restDay(LocalDate day, Map<LocalDate, HolidayKind> calendar) {
		HolidayKind kind = calendar.get(day);
		if (kind != null) {
			return kind == HolidayKind.REST;
		}
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/**
	 * The probation: 12 months for a first job with a contract of 3 years or more
	 * (事业单位人事管理条例 第十三条); otherwise the months agreed (none when not given).
	 */
	static Views.Probation probation(boolean firstJob, int contractYears, Integer agreedMonths, LocalDate hiredOn) {
		if (firstJob && contractYears >= PROBATION_CONTRACT_YEARS) {
			return new Views.Probation(PROBATION_MONTHS, hiredOn.plusMonths(PROBATION_MONTHS).minusDays(1), new Reason(
					PolicyRule.PROBATION, "recruitment.reason.probation.firstJob", contractYears, PROBATION_MONTHS));
		}
		int months = agreedMonths == null ? 0 : agreedMonths;
		return new Views.Probation(months, months == 0 ? null : hiredOn.plusMonths(months).minusDays(1), new Reason(
				PolicyRule.PROBATION,
				firstJob ? "recruitment.reason.probation.shortContract" : "recruitment.reason.probation.notFirstJob",
				contractYears, months));
	}

}
