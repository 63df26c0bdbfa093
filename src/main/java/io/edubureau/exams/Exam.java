package io.edubureau.exams;

import java.util.List;

/** The exams whose results the bureau keeps, with the highest total each allows. */
enum Exam {

	GAOKAO(750), ZHONGKAO(900);

	private final int maxTotal;

	Exam(int maxTotal) {
		this.maxTotal = maxTotal;
	}

	int maxTotal() {
		return maxTotal;
	}

	/** The batches whose lines this exam publishes, the highest first. */
	List<LineBatch> batches() {
		return java.util.Arrays.stream(LineBatch.values()).filter(b -> b.exam() == this).toList();
	}

}
