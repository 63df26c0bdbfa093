package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.org.Stage;
import io.edubureau.rules.Reason;
import io.edubureau.staff.Education;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;

/** What the recruitment module returns: records, never entities. */
final class Views {

	private Views() {
	}

	@Schema(name = "RecruitmentRoundView")
	record RoundView(long id, long ownerUnitId, int year, String title, int writtenWeight, int interviewWeight,
			int scoreScale, int selectionRatio, int publicityDays, RoundStatus status, String approvalDocument,
			LocalDate approvedOn, LocalDate publishedOn, int planned, List<PositionView> positions,
			List<StepView> history) {
	}

	record PositionView(long id, long roundId, long unitId, String unitName, PostCategory postCategory, Stage stage,
			String subject, int headcount, HireChannel channel, Education minEducation, boolean certificateRequired,
			Integer maxAge, String household) {
	}

	record ApplicationView(long id, long roundId, long positionId, String unitName, String idNumber, String name,
			LocalDate birthDate, Education education, boolean hasCertificate, String household, boolean firstJob,
			ApplicationStatus status, BigDecimal written, BigDecimal interview, BigDecimal total,
			LocalDate publicityFrom, LocalDate publicityTo, Long staffId, LocalDate hiredOn, Integer contractYears,
			LocalDate probationEnd, List<Reason> reasons, List<StepView> history) {
	}

	/** One line of a position's ranking; scores with the round's precision. */
	record RankingEntry(long applicationId, String name, BigDecimal written, BigDecimal interview, BigDecimal total,
			int rank, ApplicationStatus status) {
	}

	/**
	 * Vacancies of one unit and post category today: approved minus actual plus
	 * retirements due this year.
	 */
	record Vacancy(long unitId, String unitName, PostCategory postCategory, int approved, int actual, int retiring,
			int vacant) {
	}

	/**
	 * Whether a plan fits the vacancies, with one reason per unit and post category
	 * planned.
	 */
	record PlanCheck(boolean fits, List<Reason> reasons) {
	}

	/** Whether an applicant may apply for a position, with the reasons. */
	record Eligibility(boolean eligible, List<Reason> reasons) {
	}

	/** The hire decided: the probation by the rule, with its reason. */
	record Probation(int months, LocalDate end, Reason reason) {
	}

	@Schema(name = "RecruitmentStepView")
	record StepView(String from, String to, String note, String actor, Instant at) {
	}

}
