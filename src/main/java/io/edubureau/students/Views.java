package io.edubureau.students;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.Stage;

/**
 * A student as a reader sees it: identity number and guardian's phone masked, and the
 * birth date cut to the month, unless the reader may see them.
 */
record StudentView(long id, String idNumber, boolean temporaryNumber, String name, String sex, String birthDate,
		Household household, boolean leftBehind, boolean migrant, boolean boarder, String disability,
		String guardianName, String guardianPhone, long unitId, String unitName, Stage stage, int grade,
		String className, LocalDate entryDate, StudentStatus status, LocalDate statusSince, boolean masked) {
}

/** A student's record with its history. */
record StudentDetail(StudentView student, List<EventView> events, List<TransferView> transfers,
		List<DropoutCaseView> cases, List<String> reasons) {
}

/** One event of a student's history; kind is an {@link EventKind} or PROMOTION. */
record EventView(String kind, LocalDate on, StudentStatus from, StudentStatus to, String unitName, String otherUnitName,
		Integer grade, String note, String actor) {
}

record TransferView(long id, long studentId, String studentName, long fromUnitId, String fromUnitName, long toUnitId,
		String toUnitName, LocalDate requestedOn, StudentTransferStatus status, LocalDate decidedOn, String note,
		String requestedBy, String decidedBy) {
}

record DropoutCaseView(long id, long studentId, String studentName, long unitId, String unitName, LocalDate openedOn,
		String reason, String schoolHead, String townshipOfficer, String villageOfficer, LocalDate deadline,
		boolean open, CaseOutcome outcome, LocalDate closedOn, String note, boolean overdue) {
}

record CaseDetail(DropoutCaseView dropoutCase, List<ActionView> actions, List<String> reasons) {
}

record ActionView(LocalDate on, String action, String byPerson, String actor) {
}

record PromotionView(long id, long unitId, int schoolYear, LocalDate promotedOn, int promoted, int graduated,
		String actor) {
}
