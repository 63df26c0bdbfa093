package io.edubureau.personnelfile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One sanction or other handling in a person's file, as other modules read it; never
 * deleted, a revocation ends it early.
 *
 * @param id the record
 * @param staffId the person
 * @param kind what was decided
 * @param decidedOn the decision date, the first day of the period
 * @param decidedBy the deciding body
 * @param reason why
 * @param documentNumber the decision's document number (文号)
 * @param periodMonths the period in months, {@code null} when the kind has none
 * @param periodEnd the last day inside the period ({@code decidedOn + months − 1 day}),
 * {@code null} when none
 * @param revokedOn the revocation date (撤销处分), {@code null} while not revoked
 * @param revocationNote why it was revoked
 * @param recordedBy who entered it
 * @param recordedAt when
 */
public record SanctionRecord(long id, long staffId, SanctionKind kind, LocalDate decidedOn, String decidedBy,
		String reason, String documentNumber, Integer periodMonths, LocalDate periodEnd, LocalDate revokedOn,
		String revocationNote, String recordedBy, Instant recordedAt) {

	/**
	 * The last day inside a period of {@code months} counted from the decision date
	 * inclusive: the day before the same date {@code months} later (警告 decided 2025-01-15
	 * runs to 2025-07-14).
	 */
	public static LocalDate lastDayOf(LocalDate decidedOn, int months) {
		return decidedOn.plusMonths(months).minusDays(1);
	}

	/**
	 * In force on the date: decided on or before it, not revoked by then, and either
	 * permanent (dismissal) or inside its period; other handling without a period never
	 * is.
	 */
	public boolean inForceOn(LocalDate on) {
		if (on.isBefore(decidedOn) || (revokedOn != null && !on.isBefore(revokedOn))) {
			return false;
		}
		if (kind == SanctionKind.DISMISSAL) {
			return true;
		}
		return periodEnd != null && !on.isAfter(periodEnd);
	}

	/**
	 * The last day it is in force: the period's end, or the day before revocation if
	 * earlier.
	 */
	public LocalDate lastDay() {
		LocalDate end = kind == SanctionKind.DISMISSAL ? null : periodEnd;
		if (revokedOn != null) {
			LocalDate before = revokedOn.minusDays(1);
			return end == null || before.isBefore(end) ? before : end;
		}
		return end;
	}

}
