package io.edubureau.titles;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.staff.Education;
import io.edubureau.staff.TitleLevel;

/**
 * What the title eligibility rule reads about one person; {@code null} means not
 * recorded.
 *
 * @param current the current title level
 * @param currentSince when the current level was obtained
 * @param workStart when the person started work (the induction year counts from it)
 * @param education highest education
 * @param stage the stage the person teaches
 * @param urban whether the current unit is urban or town (城镇), so rural service is asked
 * @param ruralServiceDays days served in rural units (see docs/rules.md)
 * @param ruralServiceYears the local parameter: years of rural service required
 * @param ruralForFirstGrade the local parameter: rural service asked for first grade too
 * @param appraisals the annual appraisals and ethics results by year
 * @param registered registration standing, or {@code null} when no registration module
 * answers
 * @param mayTeach whether the person may teach, or {@code null} when unknown
 * @param trainingHours continuing-education hours in the look-back window, or
 * {@code null} when no training ledger answers
 * @param trainingHoursRequired hours required in that window (already prorated)
 * @param sanctions the person's sanctions and other handling (处分, §7), revoked ones
 * included
 */
public record EligibilityInputs(TitleLevel current, LocalDate currentSince, LocalDate workStart, Education education,
		Stage stage, boolean urban, long ruralServiceDays, int ruralServiceYears, boolean ruralForFirstGrade,
		List<YearResult> appraisals, Boolean registered, Boolean mayTeach, Integer trainingHours,
		int trainingHoursRequired, List<SanctionRecord> sanctions) {

	/** Inputs of a person with no sanction on file. */
	public EligibilityInputs(TitleLevel current, LocalDate currentSince, LocalDate workStart, Education education,
			Stage stage, boolean urban, long ruralServiceDays, int ruralServiceYears, boolean ruralForFirstGrade,
			List<YearResult> appraisals, Boolean registered, Boolean mayTeach, Integer trainingHours,
			int trainingHoursRequired) {
		this(current, currentSince, workStart, education, stage, urban, ruralServiceDays, ruralServiceYears,
				ruralForFirstGrade, appraisals, registered, mayTeach, trainingHours, trainingHoursRequired, List.of());
	}

	/**
	 * One year's annual appraisal and ethics assessment.
	 *
	 * @param year the year
	 * @param competent 合格 or better
	 * @param result the result's code, as recorded
	 * @param ethicsFailed the ethics assessment of that year failed (师德考核不合格)
	 */
	public record YearResult(int year, boolean competent, String result, boolean ethicsFailed) {
	}

}
