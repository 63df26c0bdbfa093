package io.edubureau.exams;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cut-off rule at its boundary (a total equal to the line is above it, one point less
 * is not) and the line in force on a day (the latest published by then).
 */
class LineRuleTests {

	private static CutoffLine line(long id, LineBatch batch, int score, LocalDate published) {
		CutoffLine l = new CutoffLine(batch, published.getYear(), score, published, "通知", "test");
		ReflectionTestUtils.setField(l, "id", id);
		return l;
	}

	@Test
	void aTotalEqualToTheLineIsAboveItAndOnePointLessIsNot() {
		assertThat(LineRule.above(596, 596)).isTrue();
		assertThat(LineRule.above(597, 596)).isTrue();
		assertThat(LineRule.above(595, 596)).isFalse();
	}

	@Test
	void theLineInForceIsTheLatestPublishedByTheDay() {
		CutoffLine first = line(1, LineBatch.UNDERGRADUATE, 470, LocalDate.of(2026, 6, 25));
		CutoffLine revised = line(2, LineBatch.UNDERGRADUATE, 465, LocalDate.of(2026, 7, 2));
		CutoffLine key = line(3, LineBatch.KEY_UNDERGRADUATE, 596, LocalDate.of(2026, 6, 25));
		List<CutoffLine> lines = List.of(revised, first, key);
		assertThat(LineRule.inForce(lines, LocalDate.of(2026, 6, 24))).isEmpty();
		assertThat(LineRule.inForce(lines, LocalDate.of(2026, 6, 25)).get(LineBatch.UNDERGRADUATE)).isSameAs(first);
		assertThat(LineRule.inForce(lines, LocalDate.of(2026, 7, 1)).get(LineBatch.UNDERGRADUATE)).isSameAs(first);
		assertThat(LineRule.inForce(lines, LocalDate.of(2026, 7, 2)).get(LineBatch.UNDERGRADUATE)).isSameAs(revised);
		// two lines published the same day: the one recorded last
		CutoffLine again = line(4, LineBatch.KEY_UNDERGRADUATE, 598, LocalDate.of(2026, 6, 25));
		assertThat(LineRule.inForce(List.of(again, key), LocalDate.of(2026, 12, 31)).get(LineBatch.KEY_UNDERGRADUATE))
			.isSameAs(again);
	}

	@Test
	void everyBatchOfTheExamIsDecidedAndABatchWithoutALineCountsNobody() {
		CutoffLine key = line(3, LineBatch.KEY_UNDERGRADUATE, 596, LocalDate.of(2026, 6, 25));
		List<LineRule.Decision> decisions = LineRule.decide(Exam.GAOKAO, 596, Map.of(LineBatch.KEY_UNDERGRADUATE, key));
		assertThat(decisions).extracting(LineRule.Decision::batch)
			.containsExactly(LineBatch.KEY_UNDERGRADUATE, LineBatch.UNDERGRADUATE, LineBatch.SPECIALIST);
		assertThat(decisions.get(0).above()).isTrue();
		assertThat(decisions.get(1).above()).isFalse();
		assertThat(decisions.get(1).line()).isEmpty();
		assertThat(Exam.ZHONGKAO.batches()).containsExactly(LineBatch.KEY_HIGH_SCHOOL, LineBatch.HIGH_SCHOOL);
	}

}
