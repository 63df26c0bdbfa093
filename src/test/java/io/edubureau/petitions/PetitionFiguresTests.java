package io.edubureau.petitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The petition figures of 2025 for a fresh county: a reply on the handling deadline moved
 * past the May Day holiday (2025-05-04 → 05-06) is on time, one the day after is late and
 * overdue; an accepted petition never concluded is overdue once its deadline passed in
 * the year; one due next year is not; the repeated one counts; lineage masks the
 * petitioner.
 */
@EduBureauTest
class PetitionFiguresTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	PetitionsManagement petitions;

	@Autowired
	PetitionFigures figures;

	@Test
	void theYearsFiguresCountAtTheDeadlinesBoundaries() {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		long a = accounts.asSystem(() -> {
			long onTime = register(bureau, county, "2025-03-03", null);
			petitions.decide(bureau, onTime, new StepForms.Decision(true, LocalDate.parse("2025-03-05"), null));
			assertThat(petitions.petition(bureau, onTime, false).petition().handlingDue())
				.isEqualTo(LocalDate.parse("2025-05-06"));
			petitions.reply(bureau, onTime, new StepForms.Reply(LocalDate.parse("2025-05-06"),
					PetitionOutcome.SUPPORTED, "已补发。", Satisfaction.SATISFIED));
			long late = register(bureau, county, "2025-03-03", null);
			petitions.decide(bureau, late, new StepForms.Decision(true, LocalDate.parse("2025-03-05"), null));
			petitions.reply(bureau, late,
					new StepForms.Reply(LocalDate.parse("2025-05-07"), PetitionOutcome.SUPPORTED, "已补发。", null));
			long open = register(bureau, county, "2025-06-02", null);
			petitions.decide(bureau, open, new StepForms.Decision(true, LocalDate.parse("2025-06-03"), null));
			register(bureau, county, "2025-04-01", onTime);
			long nextYear = register(bureau, county, "2025-12-20", null);
			petitions.decide(bureau, nextYear, new StepForms.Decision(true, LocalDate.parse("2025-12-22"), null));
			return onTime;
		});
		FigureQuery q = new FigureQuery(bureau, 2025, LocalDate.of(2025, 12, 31), null);
		Map<String, BigDecimal> values = figures.compute(q);
		assertThat(values).containsEntry("petitions.received", BigDecimal.valueOf(5))
			.containsEntry("petitions.accepted", BigDecimal.valueOf(4))
			.containsEntry("petitions.handled", BigDecimal.valueOf(2))
			.containsEntry("petitions.onTime", BigDecimal.ONE)
			.containsEntry("petitions.overdue", BigDecimal.valueOf(2))
			.containsEntry("petitions.repeated", BigDecimal.ONE);
		assertThat(figures.compute(new FigureQuery(bureau, 2024, LocalDate.of(2024, 12, 31), null)))
			.containsEntry("petitions.received", BigDecimal.ZERO);
		FigureRecords overdue = figures.records("petitions.overdue", q, 0, 10);
		assertThat(overdue.total()).isEqualTo(2);
		assertThat(overdue.rows()).extracting(r -> r.get(4)).containsExactlyInAnyOrder("2025-05-06", "2025-08-04");
		assertThat(overdue.rows().toString()).doesNotContain("王建国");
		assertThat(a).isPositive();
	}

	long register(DataScope scope, County county, String received, Long repeatOf) {
		return petitions
			.register(scope,
					new PetitionForm(county.schoolA().id(), PetitionChannel.LETTER, PetitionCategory.PAY, "补贴未发放",
							"退休教师生活补贴未发放。", "王建国", null, null, null, LocalDate.parse(received), null, repeatOf))
			.id();
	}

}
