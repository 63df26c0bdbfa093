package io.edubureau.ethics;

import java.time.LocalDate;

/** What the pages and the API send. */
final class Forms {

	private Forms() {
	}

	record AssessmentForm(Long staffId, Integer year, Integer semester, Boolean passed, String notes) {
	}

	record CaseForm(Long staffId, CaseSource source, LocalDate receivedOn, String summary) {
	}

	record InvestigateForm(String officer, LocalDate deadline) {
	}

	record DecideForm(String findings, CaseOutcome outcome, LocalDate decidedOn, String decidedBy,
			String documentNumber) {
	}

	record DayForm(LocalDate on, String text) {
	}

}
