package io.edubureau.reports;

/**
 * The parts of the annual work summary, in the order of the seed summaries: overview;
 * party building and ethics; leadership and cadres; teaching staff (recruitment, titles,
 * training, exchange); student services; safety; projects; then, as every 公文 summary
 * ends, the problems (存在的问题) and next year's plans (下一年工作打算).
 */
public enum SummarySection {

	OVERVIEW(null), PARTY(null), CADRES(null), STAFF(null), RECRUITMENT(STAFF), TITLES(STAFF), TRAINING(STAFF),
	EXCHANGE(STAFF), STUDENTS(null), SAFETY(null), PROJECTS(null), PROBLEMS(null), NEXT_YEAR(null);

	private final SummarySection parent;

	SummarySection(SummarySection parent) {
		this.parent = parent;
	}

	/** The heading this part sits under, or {@code null} for a top-level part. */
	public SummarySection parent() {
		return parent;
	}

	/** 1 for a top-level heading, 2 below it. */
	public int level() {
		return parent == null ? 1 : 2;
	}

}
