package io.edubureau.rules;

/**
 * One year's democratic evaluation (民主测评) of a cadre: the ballots of each grade.
 *
 * @param year the year evaluated
 * @param excellent 优秀
 * @param competent 称职
 * @param basicallyCompetent 基本称职
 * @param incompetent 不称职
 */
public record EvaluationYear(int year, int excellent, int competent, int basicallyCompetent, int incompetent) {

	/** Valid ballots: every ballot that gives one of the four grades. */
	public long valid() {
		return (long) excellent + competent + basicallyCompetent + incompetent;
	}

	/** 基本称职 + 不称职, the ballots the rule counts against the cadre. */
	public long unfavourable() {
		return (long) basicallyCompetent + incompetent;
	}

}
