package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import io.edubureau.org.Stage;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What users enter: on the pages, through the API or as an import row. */
final class Forms {

	private Forms() {
	}

	/**
	 * A new round; weights in percent adding up to 100, the precision in decimal places.
	 */
	@Schema(name = "RecruitmentRoundForm")
	record RoundForm(
			@NotNull(message = "{recruitment.required}") @Min(value = 2000, message = "{recruitment.year.range}") @Max(
					value = 2100, message = "{recruitment.year.range}") Integer year,
			@NotBlank(message = "{recruitment.required}") @Size(max = 200,
					message = "{recruitment.title.size}") String title,
			@Min(value = 0, message = "{recruitment.weight.range}") @Max(value = 100,
					message = "{recruitment.weight.range}") Integer writtenWeight,
			@Min(value = 0, message = "{recruitment.weight.range}") @Max(value = 100,
					message = "{recruitment.weight.range}") Integer interviewWeight,
			@Min(value = 0, message = "{recruitment.scale.range}") @Max(value = 2,
					message = "{recruitment.scale.range}") Integer scoreScale,
			@Min(value = 1, message = "{recruitment.ratio.range}") @Max(value = 5,
					message = "{recruitment.ratio.range}") Integer selectionRatio,
			@Min(value = 1, message = "{recruitment.publicity.range}") @Max(value = 30,
					message = "{recruitment.publicity.range}") Integer publicityDays) {
	}

	/** A position of the plan. */
	record PositionForm(@NotNull(message = "{recruitment.required}") Long unitId,
			@NotNull(message = "{recruitment.required}") PostCategory postCategory, Stage stage,
			@Size(max = 30, message = "{recruitment.subject.size}") String subject,
			@NotNull(message = "{recruitment.required}") @Min(value = 1,
					message = "{recruitment.headcount.range}") @Max(value = 500,
							message = "{recruitment.headcount.range}") Integer headcount,
			@NotNull(message = "{recruitment.required}") HireChannel channel, Education minEducation,
			Boolean certificateRequired,
			@Min(value = 18, message = "{recruitment.maxAge.range}") @Max(value = 60,
					message = "{recruitment.maxAge.range}") Integer maxAge,
			@Size(max = 50, message = "{recruitment.household.size}") String household) {

		PositionForm {
			subject = blankToNull(subject);
			household = blankToNull(household);
		}

	}

	/** The establishment office's approval of the plan. */
	record ApprovalForm(
			@NotBlank(message = "{recruitment.required}") @Size(max = 100,
					message = "{recruitment.document.size}") String document,
			@NotNull(message = "{recruitment.required}") LocalDate approvedOn) {
	}

	/** An applicant's registration for one position. */
	@Schema(name = "RecruitmentApplicationForm")
	record ApplicationForm(@NotNull(message = "{recruitment.required}") Long positionId,
			@NotBlank(message = "{recruitment.required}") String idNumber,
			@NotBlank(message = "{recruitment.required}") @Size(max = 50,
					message = "{recruitment.name.size}") String name,
			@NotNull(message = "{recruitment.required}") Education education, Boolean hasCertificate,
			@Size(max = 50, message = "{recruitment.household.size}") String household, Boolean firstJob) {

		ApplicationForm {
			idNumber = idNumber == null ? null : idNumber.trim().toUpperCase(java.util.Locale.ROOT);
			name = name == null ? null : name.trim();
			household = blankToNull(household);
		}

	}

	/** Written and interview scores of one application, 0–100. */
	@Schema(name = "RecruitmentScoreForm")
	record ScoreForm(@NotNull(message = "{recruitment.required}") Long applicationId,
			@NotNull(message = "{recruitment.required}") BigDecimal written,
			@NotNull(message = "{recruitment.required}") BigDecimal interview) {
	}

	/** A candidate who dropped out, or an objection upheld: the reason is required. */
	record DropForm(@NotBlank(message = "{recruitment.required}") @Size(max = 500,
			message = "{recruitment.note.size}") String reason) {
	}

	/** The start of the public notice (公示). */
	record PublicityForm(@NotNull(message = "{recruitment.required}") LocalDate from) {
	}

	/**
	 * The hire: day, contract years and, when the rule sets none, the agreed probation in
	 * months.
	 */
	record HireForm(@NotNull(message = "{recruitment.required}") LocalDate hiredOn,
			@NotNull(message = "{recruitment.required}") @Min(value = 1,
					message = "{recruitment.contractYears.range}") @Max(value = 10,
							message = "{recruitment.contractYears.range}") Integer contractYears,
			@Min(value = 0, message = "{recruitment.probation.range}") @Max(value = 12,
					message = "{recruitment.probation.range}") Integer probationMonths) {
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
