package io.edubureau.students;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.org.Stage;

/**
 * A student to register. Without an identity number the student gets a temporary number
 * (flagged) and {@code sex} and {@code birthDate} are required; with one, they come from
 * it.
 */
record StudentForm(String idNumber, String name, String sex, LocalDate birthDate, Household household,
		Boolean leftBehind, Boolean migrant, Boolean boarder, String disability, String guardianName,
		String guardianPhone, Long unitId, Stage stage, Integer grade, String className, LocalDate entryDate) {
}

/**
 * A status event: kind SUSPENSION, RETURN, DROPOUT, GRADUATION, DEATH or TRANSFER_OUT
 * (leaving the county); a dropout of a student of compulsory age opens a case with the
 * three responsible persons.
 */
record EventForm(EventKind kind, LocalDate on, String note, String schoolHead, String townshipOfficer,
		String villageOfficer) {
}

/** A transfer request to a school in the scope of the requesting officer's bureau. */
record TransferForm(Long toUnitId, LocalDate on, String note) {
}

/** The receiving school's decision on a transfer. */
record TransferDecisionForm(Boolean accept, LocalDate on, String className) {
}

/** A case opened for a student of compulsory age who is absent without leave. */
@Schema(name = "StudentCaseForm")
record CaseForm(LocalDate openedOn, String reason, String schoolHead, String townshipOfficer, String villageOfficer) {
}

/** A dated follow-up of a case. */
record ActionForm(LocalDate on, String action, String byPerson) {
}

/** The outcome that closes a case. */
record CloseForm(CaseOutcome outcome, LocalDate on, String note) {
}

/** A school's year-end promotion for the school year that ends. */
record PromotionForm(Long unitId, Integer schoolYear, LocalDate on) {
}
