package io.edubureau.reports;

import java.util.Map;
import java.util.stream.Collectors;

import io.edubureau.EduBureauTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: the figure book colours a change by whether it is good, not by its sign: more
 * units over their establishment, overdue petitions or dropouts are bad news; more
 * hazards put right is good; more active staff is neither.
 */
@EduBureauTest
class FigureToneTests {

	@Autowired
	ReportsManagement reports;

	@Test
	void aRiseIsGoodBadOrNeitherAsTheFigureSays() {
		assertThat(FigureTone.GOOD_WHEN_DOWN.of(1)).isEqualTo(-1);
		assertThat(FigureTone.GOOD_WHEN_DOWN.of(-3)).isEqualTo(1);
		assertThat(FigureTone.GOOD_WHEN_UP.of(2)).isEqualTo(1);
		assertThat(FigureTone.NEUTRAL.of(5)).isZero();
		assertThat(FigureTone.GOOD_WHEN_UP.of(0)).isZero();
	}

	@Test
	void theModulesSayWhichWayIsGood() {
		Map<String, FigureTone> tones = reports.definitions()
			.stream()
			.collect(Collectors.toMap(FigureDefinition::key, FigureDefinition::tone, (a, b) -> a));
		assertThat(tones).containsEntry("establishment.overUnits", FigureTone.GOOD_WHEN_DOWN)
			.containsEntry("petitions.overdue", FigureTone.GOOD_WHEN_DOWN)
			.containsEntry("students.dropouts", FigureTone.GOOD_WHEN_DOWN)
			.containsEntry("safety.incidents", FigureTone.GOOD_WHEN_DOWN)
			.containsEntry("safety.hazardsFixed", FigureTone.GOOD_WHEN_UP)
			.containsEntry("training.cycleCompletionRate", FigureTone.GOOD_WHEN_UP)
			.containsEntry("staff.active", FigureTone.NEUTRAL);
	}

}
