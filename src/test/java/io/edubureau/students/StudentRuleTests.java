package io.edubureau.students;

import java.time.LocalDate;

import io.edubureau.org.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 义务教育法 第十一条: compulsory from the sixth birthday (年满六周岁: the birthday itself counts)
 * through nine years, i.e. until the day before the sixteenth birthday; a primary, junior
 * or special class is compulsory at any age.
 */
class StudentRuleTests {

	static final LocalDate BORN = LocalDate.of(2010, 5, 20);

	@Test
	void theSixthBirthdayItselfIsCompulsoryAgeAndTheDayBeforeIsNot() {
		assertThat(StudentRule.compulsory(Stage.PRESCHOOL, BORN, LocalDate.of(2016, 5, 20)).compulsory()).isTrue();
		assertThat(StudentRule.compulsory(Stage.PRESCHOOL, BORN, LocalDate.of(2016, 5, 19)).compulsory()).isFalse();
	}

	@Test
	void theSixteenthBirthdayEndsCompulsoryAge() {
		assertThat(StudentRule.compulsory(Stage.SENIOR, BORN, LocalDate.of(2026, 5, 19)).compulsory()).isTrue();
		var after = StudentRule.compulsory(Stage.SENIOR, BORN, LocalDate.of(2026, 5, 20));
		assertThat(after.compulsory()).isFalse();
		assertThat(after.reasons()).singleElement()
			.satisfies(r -> assertThat(r.messageKey()).isEqualTo("students.reason.notCompulsory"));
	}

	@Test
	void aJuniorClassIsCompulsoryAtAnyAge() {
		assertThat(StudentRule.compulsory(Stage.JUNIOR, BORN, LocalDate.of(2027, 1, 1)).compulsory()).isTrue();
		assertThat(StudentRule.compulsory(Stage.VOCATIONAL, BORN, LocalDate.of(2027, 1, 1)).compulsory()).isFalse();
	}

	@Test
	void gradesOfEachStage() {
		assertThat(StudentRule.firstGrade(Stage.PRIMARY)).isEqualTo(1);
		assertThat(StudentRule.lastGrade(Stage.PRIMARY)).isEqualTo(6);
		assertThat(StudentRule.firstGrade(Stage.JUNIOR)).isEqualTo(7);
		assertThat(StudentRule.lastGrade(Stage.JUNIOR)).isEqualTo(9);
		assertThat(StudentRule.firstGrade(Stage.SENIOR)).isEqualTo(10);
		assertThat(StudentRule.lastGrade(Stage.SENIOR)).isEqualTo(12);
	}

}
