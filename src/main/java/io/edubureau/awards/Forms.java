package io.edubureau.awards;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.staff.HonourLevel;

/** What the pages and the API send. */
final class Forms {

	private Forms() {
	}

	/** A new round; {@code prizeFen} the one-off payment per person in fen (0: none). */
	@Schema(name = "AwardRoundForm")
	record RoundForm(String name, AwardKind kind, HonourLevel level, Integer year, Long prizeFen) {
	}

	record QuotaForm(Long unitId, Integer places) {
	}

	record NominationForm(Long staffId, LocalDate on, String merits) {
	}

	@Schema(name = "AwardReviewForm")
	record ReviewForm(Boolean approved, String note) {
	}

	@Schema(name = "AwardDayForm")
	record DayForm(LocalDate on, String documentNumber, String note) {
	}

	/** A designation: the term starts on {@code startOn} and lasts the term's years. */
	record DesignationForm(Long staffId, KeyTeacherKind kind, KeyTeacherLevel level, String subject, LocalDate startOn,
			String documentNumber) {
	}

	/**
	 * The review at term end: renewed (a new term, with its document number) or lapsed,
	 * on the day.
	 */
	record TermReviewForm(Boolean renew, LocalDate on, String documentNumber, String note) {
	}

	/**
	 * A studio led by the key teacher of the designation named, from the day it opens.
	 */
	record StudioForm(String name, Long leaderKeyTeacherId, String subject, LocalDate openedOn) {
	}

	record MemberForm(Long staffId, LocalDate on) {
	}

	/**
	 * A yearly goal (no day) or an activity on a day: {@code activity} says which.
	 */
	record StudioRecordForm(Boolean activity, Integer year, LocalDate onDay, String title, Integer participants) {
	}

	/** A mentoring pair for a period, in a studio or not. */
	record PairForm(Long mentorStaffId, Long menteeStaffId, Long studioId, LocalDate startOn, LocalDate endOn) {
	}

	/** A pair's result: QUALIFIED or NOT_QUALIFIED after its period, ENDED early. */
	record PairResultForm(MentoringStatus result, LocalDate on, String note) {
	}

}
