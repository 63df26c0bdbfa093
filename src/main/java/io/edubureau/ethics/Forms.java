package io.edubureau.ethics;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the pages and the API send. */
final class Forms {

	private Forms() {
	}

	record AssessmentForm(Long staffId, Integer year, Integer semester, Boolean passed, String notes) {
	}

	@Schema(name = "EthicsCaseForm")
	record CaseForm(Long staffId, CaseSource source, LocalDate receivedOn, String summary) {
	}

	record InvestigateForm(String officer, LocalDate deadline) {
	}

	record DecideForm(String findings, CaseOutcome outcome, LocalDate decidedOn, String decidedBy,
			String documentNumber) {
	}

	@Schema(name = "EthicsDayForm")
	record DayForm(LocalDate on, String text) {
	}

}
