package io.edubureau.exams;

/** The subject scores a result may carry, with the highest score of each. */
enum Subject {

	CHINESE(150), MATHEMATICS(150), FOREIGN_LANGUAGE(150), COMPREHENSIVE(300);

	private final int max;

	Subject(int max) {
		this.max = max;
	}

	int max() {
		return max;
	}

}
