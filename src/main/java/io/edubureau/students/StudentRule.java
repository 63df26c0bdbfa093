package io.edubureau.students;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * The register's rules as pure decisions: the grades of each stage, and whether a student
 * is of compulsory-education age (义务教育法 第十一条: from the sixth birthday through nine years,
 * taken as before the sixteenth birthday, or in a primary, junior or special class).
 */
final class StudentRule {

	static final PolicyRule COMPULSORY = PolicyRule.COMPULSORY_EDUCATION;

	/** 年满六周岁: the sixth birthday itself counts. */
	static final int COMPULSORY_FROM_AGE = 6;

	/** Nine years from six: compulsory up to the day before the sixteenth birthday. */
	static final int COMPULSORY_UNTIL_AGE = 16;

	private StudentRule() {
	}

	/** The grades a stage has, numbered as the national register numbers them. */
	static int firstGrade(Stage stage) {
		return switch (stage) {
			case JUNIOR -> 7;
			case SENIOR -> 10;
			default -> 1;
		};
	}

	static int lastGrade(Stage stage) {
		return switch (stage) {
			case PRESCHOOL, VOCATIONAL -> 3;
			case PRIMARY -> 6;
			case JUNIOR, SPECIAL -> 9;
			case SENIOR -> 12;
		};
	}

	record Decision(boolean compulsory, List<Reason> reasons) {
	}

	static Decision compulsory(Stage stage, LocalDate birthDate, LocalDate on) {
		int age = Period.between(birthDate, on).getYears();
		boolean compulsoryStage = stage == Stage.PRIMARY || stage == Stage.JUNIOR || stage == Stage.SPECIAL;
		if (compulsoryStage) {
			return new Decision(true,
					List.of(new Reason(COMPULSORY, "students.reason.compulsoryStage", Student.label(stage))));
		}
		if (age >= COMPULSORY_FROM_AGE && age < COMPULSORY_UNTIL_AGE) {
			return new Decision(true, List.of(new Reason(COMPULSORY, "students.reason.compulsoryAge", age,
					COMPULSORY_FROM_AGE, COMPULSORY_UNTIL_AGE)));
		}
		return new Decision(false, List.of(new Reason(COMPULSORY, "students.reason.notCompulsory", age,
				COMPULSORY_FROM_AGE, COMPULSORY_UNTIL_AGE)));
	}

}
