package io.edubureau.exams;

/**
 * The admission batches whose cut-off lines are published each year: for the gaokao the
 * key-university, undergraduate and specialist lines, for the zhongkao the key and
 * ordinary senior-high lines.
 */
enum LineBatch {

	KEY_UNDERGRADUATE(Exam.GAOKAO), UNDERGRADUATE(Exam.GAOKAO), SPECIALIST(Exam.GAOKAO), KEY_HIGH_SCHOOL(Exam.ZHONGKAO),
	HIGH_SCHOOL(Exam.ZHONGKAO);

	private final Exam exam;

	LineBatch(Exam exam) {
		this.exam = exam;
	}

	Exam exam() {
		return exam;
	}

}
