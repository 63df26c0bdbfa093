package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.TitleLevel;

import static io.edubureau.recruitment.RecruitmentRules.label;

/**
 * The post-setting, contract and competitive-appointment rules, each decision with its
 * reasons: the structure ratio of a plan, an appointment within the plan and the title,
 * the days left of a contract (policy rules §12) and the ranking of a competitive
 * appointment.
 */
final class PostRules {

	private PostRules() {
	}

	/** An outcome with its reasons. */
	record Decision(boolean allowed, List<Reason> reasons) {
	}

	/**
	 * Whether a plan keeps the structure ratio: 高级 (grades 1–7) and 中级 (8–10) each at
	 * most their share of the professional posts, in basis points; equal to the share is
	 * allowed (不超过), one post more is refused.
	 */
	static Decision structure(Map<PostGrade, Integer> plan, int seniorBasisPoints, int middleBasisPoints) {
		int professional = 0;
		int senior = 0;
		int middle = 0;
		for (var e : plan.entrySet()) {
			PostGrade.Band band = e.getKey().band();
			if (band == null) {
				continue;
			}
			professional += e.getValue();
			senior += band == PostGrade.Band.SENIOR ? e.getValue() : 0;
			middle += band == PostGrade.Band.MIDDLE ? e.getValue() : 0;
		}
		List<Reason> reasons = new ArrayList<>();
		boolean seniorOk = 10000L * senior <= (long) seniorBasisPoints * professional;
		boolean middleOk = 10000L * middle <= (long) middleBasisPoints * professional;
		reasons.add(new Reason(PolicyRule.POST_STRUCTURE,
				seniorOk ? "recruitment.reason.structure.fits" : "recruitment.reason.structure.exceeds",
				label("enum.PostGrade.Band.SENIOR"), senior, professional, percent(seniorBasisPoints)));
		reasons.add(new Reason(PolicyRule.POST_STRUCTURE,
				middleOk ? "recruitment.reason.structure.fits" : "recruitment.reason.structure.exceeds",
				label("enum.PostGrade.Band.MIDDLE"), middle, professional, percent(middleBasisPoints)));
		return new Decision(seniorOk && middleOk, reasons);
	}

	private static String percent(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
	}

	/**
	 * Whether a person may be appointed to a grade: the plan in force has a post left
	 * (held plus this one at most the posts planned: equal allowed, over refused) and,
	 * for a professional grade, the person's title is the one the grade needs or higher.
	 */
	static Decision appointment(PostGrade grade, Integer planned, int held, TitleLevel title) {
		List<Reason> reasons = new ArrayList<>();
		boolean ok = true;
		int posts = planned == null ? 0 : planned;
		boolean fits = held + 1 <= posts;
		ok &= fits;
		reasons.add(new Reason(PolicyRule.POST_APPOINTMENT,
				fits ? "recruitment.reason.post.within" : "recruitment.reason.post.full", label(gradeKey(grade)), held,
				posts));
		TitleLevel required = grade.requiredTitle();
		if (required != null) {
			TitleLevel has = title == null ? TitleLevel.NONE : title;
			// TitleLevel lists the lowest first: a larger ordinal is higher.
			boolean qualified = has.ordinal() >= required.ordinal();
			ok &= qualified;
			reasons.add(new Reason(PolicyRule.POST_APPOINTMENT,
					qualified ? "recruitment.reason.post.title" : "recruitment.reason.post.titleShort",
					label(gradeKey(grade)), label("enum.TitleLevel." + has.name()),
					label("enum.TitleLevel." + required.name())));
		}
		return new Decision(ok, reasons);
	}

	static String gradeKey(PostGrade grade) {
		return "enum.PostGrade." + grade.name();
	}

	/**
	 * Days from a day to a contract's last day: the day counted from is not counted
	 * (policy rules §12), so a contract ending tomorrow has 1 day left; {@code null} for
	 * a contract to retirement.
	 */
	static Long daysLeft(LocalDate today, LocalDate endsOn) {
		return endsOn == null ? null : ChronoUnit.DAYS.between(today, endsOn);
	}

	/** Whether a contract ends within the days given: the last day counts (以内). */
	static boolean expiring(LocalDate today, LocalDate endsOn, int days) {
		Long left = daysLeft(today, endsOn);
		return left != null && left >= 0 && left <= days;
	}

	/** A scored candidate. */
	record Scored(long id, BigDecimal score) {
	}

	static final Comparator<Scored> ORDER = Comparator.comparing(Scored::score, Comparator.reverseOrder())
		.thenComparing(Scored::id);

	/**
	 * The ranks of candidates in {@link #ORDER}, equal scores sharing a rank (1, 2, 2,
	 * 4); the first {@code posts} are appointed. Refused when the last post falls between
	 * candidates with the same score: the unit decides that tie before deciding.
	 */
	static int[] ranks(List<Scored> ordered) {
		int[] ranks = new int[ordered.size()];
		for (int i = 0; i < ordered.size(); i++) {
			ranks[i] = i > 0 && ordered.get(i - 1).score().compareTo(ordered.get(i).score()) == 0 ? ranks[i - 1]
					: i + 1;
		}
		return ranks;
	}

	/** Whether the cut after {@code posts} candidates splits a tie. */
	static boolean tieAtCut(List<Scored> ordered, int posts) {
		return posts > 0 && posts < ordered.size()
				&& ordered.get(posts - 1).score().compareTo(ordered.get(posts).score()) == 0;
	}

}
