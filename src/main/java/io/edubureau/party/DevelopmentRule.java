package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * Policy rules §13 (中国共产党发展党员工作细则, 2014) as pure decisions over a pipeline: whether a
 * step on a day is allowed (every refusal with its reason), and which step comes next
 * with its earliest and latest day. "一年以上", "不少于" and "超过半数" are read as the text says:
 * the first two include the number, the last does not.
 */
final class DevelopmentRule {

	static final PolicyRule RULE = PolicyRule.PARTY_DEVELOPMENT;

	/**
	 * The extension of the probationary period: at least half a year, at most one year.
	 */
	static final int EXTENSION_MIN_MONTHS = 6;

	static final int EXTENSION_MAX_MONTHS = 12;

	private DevelopmentRule() {
	}

	/** The dated parameters in force (see {@code rules.LocalParameter} PARTY_*). */
	record Params(int minimumAge, int talkMonths, int activistMonths, int assessmentMonths, int trainingDays,
			int trainingHours, int noticeWorkingDays, int approvalMonths, int approvalSpecialMonths,
			int probationMonths) {

		static Params defaults() {
			return new Params(18, 1, 12, 6, 3, 24, 5, 3, 6, 12);
		}

		/** Half-yearly assessments due over the activist's minimum period. */
		int requiredAssessments() {
			return Math.max(1, activistMonths / assessmentMonths);
		}

	}

	/** A step asked for; the fields a step does not use are null. */
	@Schema(name = "PartyDevelopmentRequest")
	record Request(DevelopmentStepKind step, LocalDate date, LocalDate until, Integer days, Integer hours,
			Integer entitled, Integer present, Integer inFavour, Integer months, String reason) {

		static Request of(DevelopmentStepKind step, LocalDate date) {
			return new Request(step, date, null, null, null, null, null, null, null, null);
		}

	}

	/** The next step, the earliest day it may be taken, the day it is due by, and why. */
	record Next(DevelopmentStepKind step, LocalDate earliest, LocalDate due, List<Reason> reasons) {
	}

	/** The applicant's age on the day of the application: 年满十八岁. */
	static List<Reason> application(LocalDate birthDate, LocalDate appliedOn, Params p) {
		List<Reason> refused = new ArrayList<>();
		if (birthDate.plusYears(p.minimumAge()).isAfter(appliedOn)) {
			refused
				.add(new Reason(RULE, "party.reason.age", birthDate.toString(), appliedOn.toString(), p.minimumAge()));
		}
		return refused;
	}

	/**
	 * The reasons a step is refused; empty when the rule allows it. The stage itself is
	 * checked too (a step of another stage is refused with its reason).
	 */
	static List<Reason> refusals(PartyDevelopment d, Request r, Params p, Predicate<LocalDate> workingDay) {
		List<Reason> refused = new ArrayList<>();
		LocalDate on = r.date();
		switch (r.step()) {
			case TALK -> {
				stage(d, refused, DevelopmentStage.APPLICANT);
				if (d.getTalkedOn() != null) {
					refused.add(new Reason(RULE, "party.reason.done", d.getTalkedOn().toString()));
				}
				notBefore(on, d.getAppliedOn(), "party.reason.afterApplication", refused);
			}
			case ACTIVIST -> {
				stage(d, refused, DevelopmentStage.APPLICANT);
				if (d.getTalkedOn() == null) {
					refused.add(new Reason(RULE, "party.reason.talkFirst"));
				}
				else {
					notBefore(on, d.getTalkedOn(), "party.reason.afterTalk", refused);
				}
			}
			case ASSESSMENT -> {
				stage(d, refused, DevelopmentStage.ACTIVIST);
				if (d.getActivistOn() != null) {
					notBefore(on, d.getActivistOn(), "party.reason.afterActivist", refused);
				}
				if (d.getLastAssessmentOn() != null) {
					notBefore(on, d.getLastAssessmentOn(), "party.reason.afterAssessment", refused);
				}
			}
			case DEVELOPMENT_TARGET -> {
				stage(d, refused, DevelopmentStage.ACTIVIST);
				if (d.getActivistOn() != null) {
					LocalDate earliest = d.getActivistOn().plusMonths(p.activistMonths());
					if (on.isBefore(earliest)) {
						refused.add(new Reason(RULE, "party.reason.activistPeriod", d.getActivistOn().toString(),
								p.activistMonths(), earliest.toString()));
					}
				}
				if (d.getAssessments() < p.requiredAssessments()) {
					refused.add(new Reason(RULE, "party.reason.assessments", d.getAssessments(),
							p.requiredAssessments(), p.assessmentMonths()));
				}
			}
			case POLITICAL_REVIEW -> {
				stage(d, refused, DevelopmentStage.DEVELOPMENT_TARGET);
				if (d.getTargetOn() != null) {
					notBefore(on, d.getTargetOn(), "party.reason.afterTarget", refused);
				}
			}
			case TRAINING -> {
				stage(d, refused, DevelopmentStage.DEVELOPMENT_TARGET);
				if (d.getTargetOn() != null) {
					notBefore(on, d.getTargetOn(), "party.reason.afterTarget", refused);
				}
				int days = r.days() == null ? 0 : r.days();
				int hours = r.hours() == null ? 0 : r.hours();
				if (days < p.trainingDays() && hours < p.trainingHours()) {
					refused.add(new Reason(RULE, "party.reason.training", days, hours, p.trainingDays(),
							p.trainingHours()));
				}
			}
			case PUBLIC_NOTICE -> {
				stage(d, refused, DevelopmentStage.DEVELOPMENT_TARGET);
				if (d.getReviewedOn() == null || d.getTrainedOn() == null) {
					refused.add(new Reason(RULE, "party.reason.reviewAndTrainingFirst"));
				}
				else {
					notBefore(on, d.getReviewedOn().isAfter(d.getTrainedOn()) ? d.getReviewedOn() : d.getTrainedOn(),
							"party.reason.afterReviewAndTraining", refused);
				}
				if (r.until() == null || r.until().isBefore(on)) {
					refused.add(new Reason(RULE, "party.reason.noticeUntil"));
				}
				else {
					int working = workingDays(on, r.until(), workingDay);
					if (working < p.noticeWorkingDays()) {
						refused.add(new Reason(RULE, "party.reason.noticeDays", on.toString(), r.until().toString(),
								working, p.noticeWorkingDays()));
					}
				}
			}
			case BRANCH_VOTE -> {
				stage(d, refused, DevelopmentStage.DEVELOPMENT_TARGET);
				if (d.getNoticeTo() == null) {
					refused.add(new Reason(RULE, "party.reason.noticeFirst"));
				}
				else if (!on.isAfter(d.getNoticeTo())) {
					refused.add(new Reason(RULE, "party.reason.afterNotice", d.getNoticeTo().toString()));
				}
				vote(r, refused);
			}
			case PROBATIONARY -> {
				stage(d, refused, DevelopmentStage.ADMITTED);
				if (d.getVotedOn() != null) {
					notBefore(on, d.getVotedOn(), "party.reason.afterVote", refused);
					LocalDate normal = d.getVotedOn().plusMonths(p.approvalMonths());
					LocalDate special = d.getVotedOn().plusMonths(p.approvalSpecialMonths());
					boolean reasoned = r.reason() != null && !r.reason().isBlank();
					if (on.isAfter(special)) {
						refused.add(new Reason(RULE, "party.reason.approvalTooLate", d.getVotedOn().toString(),
								p.approvalSpecialMonths(), special.toString()));
					}
					else if (on.isAfter(normal) && !reasoned) {
						refused.add(new Reason(RULE, "party.reason.approvalSpecialReason", d.getVotedOn().toString(),
								p.approvalMonths(), normal.toString(), p.approvalSpecialMonths()));
					}
				}
			}
			case FULL_MEMBER -> {
				stage(d, refused, DevelopmentStage.PROBATIONARY);
				if (d.getProbationEnd() != null && on.isBefore(d.getProbationEnd())) {
					refused.add(new Reason(RULE, "party.reason.probationPeriod", d.getVotedOn().toString(),
							d.getProbationEnd().toString()));
				}
			}
			case EXTENSION -> {
				stage(d, refused, DevelopmentStage.PROBATIONARY);
				if (d.getExtensionMonths() != null) {
					refused.add(new Reason(RULE, "party.reason.extendedOnce", d.getExtensionMonths()));
				}
				if (d.getProbationEnd() != null && on.isBefore(d.getProbationEnd())) {
					refused.add(new Reason(RULE, "party.reason.probationPeriod", d.getVotedOn().toString(),
							d.getProbationEnd().toString()));
				}
				int months = r.months() == null ? 0 : r.months();
				if (months < EXTENSION_MIN_MONTHS || months > EXTENSION_MAX_MONTHS) {
					refused.add(new Reason(RULE, "party.reason.extensionMonths", months, EXTENSION_MIN_MONTHS,
							EXTENSION_MAX_MONTHS));
				}
				reasonGiven(r, refused);
			}
			case DISQUALIFIED -> {
				stage(d, refused, DevelopmentStage.ADMITTED, DevelopmentStage.PROBATIONARY);
				if (d.getVotedOn() != null) {
					notBefore(on, d.getVotedOn(), "party.reason.afterVote", refused);
				}
				reasonGiven(r, refused);
			}
			default -> refused.add(new Reason(RULE, "party.reason.unknownStep", String.valueOf(r.step())));
		}
		return refused;
	}

	// 到会有表决权的正式党员超过应到会的半数; 赞成人数超过应到会有表决权的正式党员的半数.
	private static void vote(Request r, List<Reason> refused) {
		int entitled = r.entitled() == null ? 0 : r.entitled();
		int present = r.present() == null ? 0 : r.present();
		int inFavour = r.inFavour() == null ? 0 : r.inFavour();
		if (entitled <= 0 || present < 0 || inFavour < 0 || present > entitled || inFavour > present) {
			refused.add(new Reason(RULE, "party.reason.voteCounts", entitled, present, inFavour));
			return;
		}
		if (present * 2 <= entitled) {
			refused.add(new Reason(RULE, "party.reason.quorum", present, entitled));
		}
		if (inFavour * 2 <= entitled) {
			refused.add(new Reason(RULE, "party.reason.majority", inFavour, entitled));
		}
	}

	private static void reasonGiven(Request r, List<Reason> refused) {
		if (r.reason() == null || r.reason().isBlank()) {
			refused.add(new Reason(RULE, "party.reason.reasonRequired"));
		}
	}

	private static void stage(PartyDevelopment d, List<Reason> refused, DevelopmentStage... allowed) {
		for (DevelopmentStage s : allowed) {
			if (d.getStage() == s) {
				return;
			}
		}
		refused.add(new Reason(RULE, "party.reason.stage", d.getStage().name()));
	}

	private static void notBefore(LocalDate on, LocalDate earlier, String key, List<Reason> refused) {
		if (on.isBefore(earlier)) {
			refused.add(new Reason(RULE, key, earlier.toString()));
		}
	}

	/** Working days from the first to the last day, both included. */
	static int workingDays(LocalDate from, LocalDate to, Predicate<LocalDate> workingDay) {
		int n = 0;
		for (LocalDate day = from; !day.isAfter(to) && n < 1000; day = day.plusDays(1)) {
			if (workingDay.test(day)) {
				n++;
			}
		}
		return n;
	}

	/** The next step of a pipeline, its earliest day and the day it is due by. */
	static Next next(PartyDevelopment d, Params p) {
		return switch (d.getStage()) {
			case APPLICANT -> d.getTalkedOn() == null
					? new Next(DevelopmentStepKind.TALK, d.getAppliedOn(), d.getAppliedOn().plusMonths(p.talkMonths()),
							List.of(new Reason(RULE, "party.next.talk", d.getAppliedOn().toString(), p.talkMonths(),
									d.getAppliedOn().plusMonths(p.talkMonths()).toString())))
					: new Next(DevelopmentStepKind.ACTIVIST, d.getTalkedOn(), null,
							List.of(new Reason(RULE, "party.next.activist", d.getTalkedOn().toString())));
			case ACTIVIST -> {
				if (d.getAssessments() < p.requiredAssessments()) {
					LocalDate from = d.getLastAssessmentOn() == null ? d.getActivistOn() : d.getLastAssessmentOn();
					LocalDate due = d.getActivistOn()
						.plusMonths((long) p.assessmentMonths() * (d.getAssessments() + 1));
					yield new Next(DevelopmentStepKind.ASSESSMENT, from, due, List.of(new Reason(RULE,
							"party.next.assessment", d.getAssessments(), p.requiredAssessments(), due.toString())));
				}
				LocalDate earliest = d.getActivistOn().plusMonths(p.activistMonths());
				yield new Next(DevelopmentStepKind.DEVELOPMENT_TARGET, earliest, null, List.of(new Reason(RULE,
						"party.next.target", d.getActivistOn().toString(), p.activistMonths(), earliest.toString())));
			}
			case DEVELOPMENT_TARGET -> {
				if (d.getReviewedOn() == null) {
					yield new Next(DevelopmentStepKind.POLITICAL_REVIEW, d.getTargetOn(), null,
							List.of(new Reason(RULE, "party.next.review")));
				}
				if (d.getTrainedOn() == null) {
					yield new Next(DevelopmentStepKind.TRAINING, d.getTargetOn(), null,
							List.of(new Reason(RULE, "party.next.training", p.trainingDays(), p.trainingHours())));
				}
				if (d.getNoticeTo() == null) {
					LocalDate from = d.getReviewedOn().isAfter(d.getTrainedOn()) ? d.getReviewedOn() : d.getTrainedOn();
					yield new Next(DevelopmentStepKind.PUBLIC_NOTICE, from, null,
							List.of(new Reason(RULE, "party.next.notice", p.noticeWorkingDays())));
				}
				yield new Next(DevelopmentStepKind.BRANCH_VOTE, d.getNoticeTo().plusDays(1), null,
						List.of(new Reason(RULE, "party.next.vote", d.getNoticeTo().toString())));
			}
			case ADMITTED -> {
				LocalDate due = d.getVotedOn().plusMonths(p.approvalMonths());
				yield new Next(DevelopmentStepKind.PROBATIONARY, d.getVotedOn(), due,
						List.of(new Reason(RULE, "party.next.approval", d.getVotedOn().toString(), p.approvalMonths(),
								due.toString(), p.approvalSpecialMonths())));
			}
			case PROBATIONARY ->
				new Next(DevelopmentStepKind.FULL_MEMBER, d.getProbationEnd(), null, List.of(new Reason(RULE,
						"party.next.conversion", d.getVotedOn().toString(), d.getProbationEnd().toString())));
			case FULL_MEMBER, DISQUALIFIED -> new Next(null, null, null, List.of());
		};
	}

}
