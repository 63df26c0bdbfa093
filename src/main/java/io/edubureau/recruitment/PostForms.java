package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What users enter for post setting, contracts and competitive appointment; checked by
 * the services with one problem per field.
 */
final class PostForms {

	private PostForms() {
	}

	/** A unit's post plan from a date: posts per grade, approved by a document. */
	@Schema(name = "RecruitmentPostPlanForm")
	record PlanForm(Long unitId, LocalDate effectiveFrom, String document, Map<PostGrade, Integer> posts) {
	}

	/** A person appointed to a post at a grade from a date. */
	record AppointForm(Long staffId, PostGrade grade, LocalDate from, String note) {
	}

	/**
	 * A contract signed: fixed term (with its end) or to retirement; the probation by the
	 * rule for a first job, otherwise the months agreed.
	 */
	record ContractForm(Long staffId, EmploymentContract.Kind kind, LocalDate startsOn, LocalDate endsOn,
			PostGrade postGrade, Boolean firstJob, Integer probationMonths) {
	}

	record ConfirmForm(LocalDate on) {
	}

	/** A renewal from the day after the contract ends. */
	record RenewForm(EmploymentContract.Kind kind, LocalDate endsOn) {
	}

	@Schema(name = "RecruitmentPostEndForm")
	record EndForm(LocalDate on, EmploymentContract.EndReason reason, String note) {
	}

	/** A competitive appointment: posts at a grade opened in a unit. */
	record AppointmentRoundForm(Long unitId, String title, LocalDate heldOn, PostGrade grade, Integer posts) {
	}

	record CandidateForm(Long staffId) {
	}

	@Schema(name = "RecruitmentPostScoreForm")
	record ScoreForm(Long candidateId, BigDecimal score) {
	}

	record HandlingForm(AppointmentCandidate.Handling handling, LocalDate on, String note) {
	}

}
