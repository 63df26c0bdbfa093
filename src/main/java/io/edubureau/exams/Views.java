package io.edubureau.exams;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A cut-off line as published. */
record LineView(long id, Exam exam, int year, LineBatch batch, int score, LocalDate publishedOn, String source,
		String recordedBy) {

	static LineView of(CutoffLine l) {
		return new LineView(l.getId(), l.getExam(), l.getYear(), l.getBatch(), l.getScore(), l.getPublishedOn(),
				l.getSource(), l.getRecordedBy());
	}

}

/** A candidate's result; the identity number masked unless revealed. */
record ResultView(long id, Exam exam, int year, String candidateNumber, String idNumber, String name, long unitId,
		String unitName, int total, Map<Subject, Integer> scores) {
}

/**
 * Whether a total is above one batch's line, and why; {@code line} is null when no line
 * of the batch was published by the day.
 */
record LineDecision(LineBatch batch, Integer line, boolean above, String reason) {
}

/** A result with the decision for every batch of its exam. */
record ResultDetail(ResultView result, LocalDate linesOn, List<LineDecision> decisions) {
}

/** How many totals reached one batch's line, and their share of the takers in percent. */
record BatchCount(LineBatch batch, Integer line, long above, BigDecimal rate) {
}

/**
 * The statistics of one school, or of the whole scope when {@code unitId} is null:
 * takers, average total (one decimal), highest total and the counts above each line.
 */
record SchoolStatistics(Long unitId, String unitName, long takers, BigDecimal average, Integer topScore,
		List<BatchCount> aboveLine) {
}

/**
 * An exam's statistics for a scope: the lines in force on {@code linesOn}, one row per
 * school, the total, the previous year's total for comparison, and the reasons.
 */
record Statistics(Exam exam, int year, LocalDate linesOn, List<LineView> lines, List<SchoolStatistics> schools,
		SchoolStatistics total, SchoolStatistics previousYear, List<String> reasons) {
}

/** A cut-off line to record (a revision is recorded the same way, as a new row). */
record LineForm(LineBatch batch, Integer year, Integer score, LocalDate publishedOn, String source) {
}
