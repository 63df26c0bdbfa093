package io.edubureau.staff;

/**
 * One year's current (unarchived) annual appraisal as other modules read it.
 *
 * @param year the appraisal year
 * @param result the appraisal result
 * @param ethics the year's ethics assessment, or {@code null} when not assessed
 */
public record AppraisalRecord(int year, AppraisalResult result, EthicsResult ethics) {

}
