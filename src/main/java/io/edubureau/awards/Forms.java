package io.edubureau.awards;

import java.time.LocalDate;

import io.edubureau.staff.HonourLevel;

/** What the pages and the API send. */
final class Forms {

	private Forms() {
	}

	/** A new round; {@code prizeFen} the one-off payment per person in fen (0: none). */
	record RoundForm(String name, AwardKind kind, HonourLevel level, Integer year, Long prizeFen) {
	}

	record QuotaForm(Long unitId, Integer places) {
	}

	record NominationForm(Long staffId, LocalDate on, String merits) {
	}

	record ReviewForm(Boolean approved, String note) {
	}

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

}
