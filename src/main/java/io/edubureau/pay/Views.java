package io.edubureau.pay;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** What {@link PayManagement} returns and takes: records, never entities. */
final class Views {

	private Views() {
	}

	/** A payroll month; its gross (the total of everyone it pays) null when masked. */
	record MonthView(long id, String month, PayMonth.State state, long ownerUnitId, int run, int headcount,
			Long grossFen, String computedBy, Instant computedAt, String lockedBy, Instant lockedAt) {

		static MonthView of(PayMonth m) {
			return new MonthView(m.getId(), m.getMonthCode(), m.getState(), m.getOwnerUnitId(), m.getRunNumber(),
					m.getHeadcount(), m.getGrossFen(), m.getComputedBy(), m.getComputedAt(), m.getLockedBy(),
					m.getLockedAt());
		}

		MonthView masked() {
			return new MonthView(id, month, state, ownerUnitId, run, headcount, null, computedBy, computedAt, lockedBy,
					lockedAt);
		}

	}

	/** A line; its amount null when masked (the reasons then show *** for amounts). */
	record LineView(PayLineCode code, Long amountFen, List<PayReason> reasons) {
	}

	/**
	 * One person's month: the lines sum to the gross; amounts null when masked (another
	 * person's pay read without pay:sensitive:read).
	 */
	record PaySlip(long staffId, String name, String month, PayMonth.State state, List<LineView> lines, Long grossFen,
			boolean amountsMasked) {
	}

	/** One person's gross in a month's list (the register); null when masked. */
	record PersonGross(long staffId, String name, long unitId, Long grossFen) {
	}

	@Schema(name = "PayStepView")
	record StepView(PayRecordStep.Kind kind, LocalDate effectiveOn, int postGrade, int salaryStep,
			List<PayReason> reasons, String actor) {
	}

	/** A pay record; the bank account is shown by its last four digits only. */
	record RecordView(long staffId, String name, long unitId, int postGrade, int salaryStep, LocalDate stepSince,
			boolean headTeacher, boolean specialEducation, boolean compulsoryTeacher, String bankAccount,
			PayRecord.Status status, List<StepView> history) {
	}

	/** Enrolling or changing a pay record. */
	record RecordForm(Long staffId, Integer postGrade, Integer salaryStep, LocalDate effectiveOn, Boolean headTeacher,
			Boolean specialEducation, String bankAccount) {

		boolean isHeadTeacher() {
			return Boolean.TRUE.equals(headTeacher);
		}

		boolean isSpecialEducation() {
			return Boolean.TRUE.equals(specialEducation);
		}

	}

	/** A correction paid in a month not yet locked. */
	record AdjustmentForm(String month, Long amountFen, String note) {
	}

	/** An adjustment; masked, its amount null and the digits of its note *. */
	record AdjustmentView(long id, long staffId, String month, Long amountFen, String note, String createdBy,
			Instant createdAt) {

		AdjustmentView masked() {
			return new AdjustmentView(id, staffId, month, null, PayReason.maskDigits(note), createdBy, createdAt);
		}

	}

	/** The annual step increase of a year, person by person. */
	// Serializable: the counts travel as a flash attribute in the database-kept session.
	record StepRun(int year, int raised, int withheld, int skipped,
			List<StepOutcome> outcomes) implements java.io.Serializable {
	}

	record StepOutcome(long staffId, String name, boolean raised, int step, List<PayReason> reasons) {
	}

	record RateView(long id, PayRateKind kind, String code, long amountFen, LocalDate effectiveFrom, String source) {
	}

	/** One row of an import: a rate of a kind and code. */
	record RateLine(PayRateKind kind, String code, long amountFen) {
	}

	/** One person's month for the exports. */
	record ExportRow(long staffId, String name, long unitId, String bankAccount,
			java.util.Map<PayLineCode, Long> amounts, long grossFen) {
	}

	/**
	 * The year's totals of locked months in a scope, for the figures and the parity
	 * check.
	 */
	record YearTotals(long totalFen, long personMonths, long teacherTotalFen, long teacherPersonMonths, int months) {
	}

	/** A school's reward plan of a year; the reasons say how the pool was reached. */
	record RewardPlanView(long id, long unitId, String unitName, int year, PayRewardPlan.State state, int run,
			int headcount, long standardFen, long basicShareBp, long poolFen, long allocatedFen, String payMonth,
			String createdBy, java.time.LocalDate noticeFrom, java.time.LocalDate noticeUntil,
			List<PayReason> reasons) {
	}

	/** A back-pay batch (补发): its months, state, people and total in fen. */
	record BackPayView(long id, long ownerUnitId, String fromMonth, String toMonth, PayBackBatch.State state,
			int people, long totalFen, String payMonth, String createdBy, Instant createdAt, String approvedBy,
			Instant approvedAt) {
	}

	/** One difference of a batch with its reasons. */
	record BackPayLineView(long staffId, String name, long unitId, String month, PayLineCode code, long paidFen,
			long dueFen, long differenceFen, List<PayReason> reasons) {
	}

	record BackPayDetail(BackPayView batch, List<BackPayLineView> lines) {
	}

	/** An objection raised during a plan's notice, with the school's answer if given. */
	record RewardObjectionView(long id, java.time.LocalDate raisedOn, String raisedBy, String content,
			String recordedBy, String answer, String answeredBy, Instant answeredAt) {
	}

	record RewardShareView(long staffId, String name, io.edubureau.staff.AppraisalResult appraisal, long weightBp,
			long amountFen, List<PayReason> reasons) {
	}

	record RewardStepView(String action, int run, String note, String actor, Instant at) {
	}

	/**
	 * A plan with its current run's shares (they sum to the allocated amount) and
	 * history.
	 */
	record RewardPlanDetail(RewardPlanView plan, List<RewardShareView> shares, List<RewardStepView> history,
			List<RewardObjectionView> objections) {
	}

	/**
	 * A person's own share of a plan publicised or approved; masked, the amount null and
	 * the amounts in the reasons ***.
	 */
	record OwnReward(long planId, int year, PayRewardPlan.State state, String unitName, Long amountFen,
			List<PayReason> reasons, String payMonth) {

		OwnReward masked() {
			return new OwnReward(planId, year, state, unitName, null, reasons.stream().map(PayReason::masked).toList(),
					payMonth);
		}

	}

	/**
	 * One row of the annual salary report: a unit (or the total, unitId null); people by
	 * employment type and post category, each component and the gross in fen, the average
	 * per person (gross × 12 ÷ person-months) or null without any.
	 */
	record AnnualRow(Long unitId, String unitName, int people, long personMonths, Map<String, Integer> byEmployment,
			Map<String, Integer> byPostCategory, Map<String, Long> componentsFen, long grossFen, Long averageFen) {
	}

	/** A month of the year an owning unit has not locked. */
	record AnnualMissing(String month, long ownerUnitId, String ownerName) {
	}

	/** The annual salary report (工资年报) of a year from its locked months. */
	record AnnualReport(int year, Long unitId, List<String> lockedMonths, List<AnnualMissing> missing,
			List<AnnualRow> units, AnnualRow total) {
	}

}
