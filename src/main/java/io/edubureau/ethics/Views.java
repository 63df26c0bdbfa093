package io.edubureau.ethics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.personnelfile.SanctionRecord;

/** What the ethics module returns: records, never entities. */
public final class Views {

	private Views() {
	}

	public record AssessmentView(long id, long staffId, long unitId, int year, int semester, boolean passed,
			String notes, String assessedBy, String reviewedBy) {
	}

	public record CaseView(long id, long staffId, String staffName, long unitId, String source, LocalDate receivedOn,
			String summary, String status, String officer, LocalDate deadline, String findings, String outcome,
			LocalDate decidedOn, String decidedBy, String documentNumber, Long sanctionId, LocalDate notifiedOn,
			String appeal, LocalDate appealedOn, String appealResult) {
	}

	@Schema(name = "EthicsStepView")
	public record StepView(String from, String to, LocalDate onDay, String note, String actor, Instant at) {
	}

	/**
	 * The ethics file (师德档案): assessments, the yearly results, sanctions and handling,
	 * together.
	 */
	public record EthicsFile(long staffId, String name, List<AssessmentView> assessments,
			List<SanctionRecord> sanctions, VetoDecision veto) {
	}

}
