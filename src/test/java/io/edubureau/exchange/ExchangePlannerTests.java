package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.org.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility rule and the planner without a database, at the boundaries policy rules
 * §5 names: 满 6 年 includes the anniversary, 不低于 10% / 20% include the number.
 */
class ExchangePlannerTests {

	static final ExchangeRule.Parameters DEFAULTS = new ExchangeRule.Parameters(6, 2, 3, 5);

	static final LocalDate ON = LocalDate.of(2026, 9, 1);

	static ExchangeRule.Inputs teacher(LocalDate arrived) {
		return new ExchangeRule.Inputs(true, arrived, null, null, List.of());
	}

	@Test
	void sixContinuousYearsIncludeTheAnniversary() {
		assertThat(ExchangeRule.decide(teacher(ON.minusYears(6)), DEFAULTS, ON).eligible()).isTrue();
		assertThat(ExchangeRule.decide(teacher(ON.minusYears(6).plusDays(1)), DEFAULTS, ON).eligible()).isFalse();
		assertThat(ExchangeRule.decide(teacher(ON.minusYears(6)), DEFAULTS, ON).reasons().get(0).messageKey())
			.isEqualTo("exchange.reason.years.due");
	}

	@Test
	void principalsAfterTwoFullTerms() {
		ExchangeRule.Inputs due = new ExchangeRule.Inputs(true, ON.minusYears(20), ON.minusYears(6), null, List.of());
		ExchangeRule.Inputs early = new ExchangeRule.Inputs(true, ON.minusYears(20), ON.minusYears(6).plusDays(1), null,
				List.of());
		assertThat(ExchangeRule.decide(due, DEFAULTS, ON).eligible()).isTrue();
		// A leader's terms decide, not the teacher's 20 years at the school.
		assertThat(ExchangeRule.decide(early, DEFAULTS, ON).eligible()).isFalse();
	}

	@Test
	void exemptionsAndRetirementWithinFiveYearsExempt() {
		ExchangeRule.Inputs pregnant = new ExchangeRule.Inputs(true, ON.minusYears(9), null, null,
				List.of(new ExchangeRule.Exemption(ExemptionKind.PREGNANCY, ON.minusMonths(2), null, "孕期")));
		assertThat(ExchangeRule.decide(pregnant, DEFAULTS, ON).eligible()).isFalse();
		ExchangeRule.Inputs retiringAtFive = new ExchangeRule.Inputs(true, ON.minusYears(9), null, ON.plusYears(5),
				List.of());
		ExchangeRule.Inputs retiringLater = new ExchangeRule.Inputs(true, ON.minusYears(9), null,
				ON.plusYears(5).plusDays(1), List.of());
		assertThat(ExchangeRule.decide(retiringAtFive, DEFAULTS, ON).eligible()).isFalse();
		assertThat(ExchangeRule.decide(retiringLater, DEFAULTS, ON).eligible()).isTrue();
	}

	@Test
	void targetsCountWithIntegersAndIncludeTheNumber() {
		assertThat(ExchangePlanner.atLeast(10, 1000)).isEqualTo(1);
		assertThat(ExchangePlanner.atLeast(11, 1000)).isEqualTo(2);
		assertThat(ExchangePlanner.atLeast(5, 2000)).isEqualTo(1);
		assertThat(ExchangePlanner.atLeast(6, 2000)).isEqualTo(2);
		assertThat(ExchangePlanner.atLeast(0, 1000)).isZero();
	}

	static List<Candidate> pool(int size, int backbones, long school) {
		List<Candidate> pool = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			pool.add(new Candidate(school * 1000 + i, "教师" + i, school, "数学", Stage.PRIMARY, i < backbones, false,
					i % 3 - 1));
		}
		return pool;
	}

	@Test
	void plannerMeetsBothTargetsWhenPlacesAllow() {
		List<Candidate> pool = pool(30, 2, 1);
		ExchangePlanner.Plan plan = ExchangePlanner.plan(pool, List.of(new Need(2L, "数学", Stage.PRIMARY, 5)), 1000,
				2000);
		assertThat(plan.exchanged()).isEqualTo(3);
		assertThat(plan.backbone()).isEqualTo(1);
		assertThat(plan.targetsMet()).isTrue();
		assertThat(plan.moves()).allSatisfy(m -> assertThat(m.toUnitId()).isEqualTo(2L));
		// The cheapest moves first: over-established homes (balance > 0) cost least.
		assertThat(plan.moves().stream().filter(m -> !m.who().backbone()))
			.allSatisfy(m -> assertThat(m.disruption()).isEqualTo(1));
	}

	@Test
	void plannerSaysWhyWhenTargetsAreNotMet() {
		ExchangePlanner.Plan noBackbone = ExchangePlanner.plan(pool(30, 0, 1), List.of(new Need(2L, null, null, 5)),
				1000, 2000);
		assertThat(noBackbone.exchanged()).isEqualTo(3);
		assertThat(noBackbone.targetsMet()).isFalse();
		assertThat(noBackbone.reasons()).extracting(r -> r.messageKey())
			.contains("exchange.reason.plan.backbone.short");
		ExchangePlanner.Plan fewPlaces = ExchangePlanner.plan(pool(30, 2, 1), List.of(new Need(2L, null, null, 1)),
				1000, 2000);
		assertThat(fewPlaces.targetsMet()).isFalse();
		assertThat(fewPlaces.reasons()).extracting(r -> r.messageKey())
			.contains("exchange.reason.plan.share.short", "exchange.reason.plan.places");
		// Never into the home school.
		ExchangePlanner.Plan home = ExchangePlanner.plan(pool(30, 2, 1), List.of(new Need(1L, null, null, 5)), 1000,
				2000);
		assertThat(home.exchanged()).isZero();
	}

	@Test
	void plannerHandlesSubjectAndStage() {
		List<Candidate> pool = new ArrayList<>(pool(20, 1, 1));
		pool.add(new Candidate(9001, "英语甲", 1, "英语", Stage.JUNIOR, false, false, 1));
		ExchangePlanner.Plan plan = ExchangePlanner.plan(pool,
				List.of(new Need(3L, "英语", Stage.JUNIOR, 1), new Need(2L, "数学", Stage.PRIMARY, 1)), 1000, 2000);
		assertThat(plan.exchanged()).isEqualTo(2);
		assertThat(plan.moves()).anySatisfy(m -> {
			assertThat(m.who().staffId()).isEqualTo(9001);
			assertThat(m.toUnitId()).isEqualTo(3L);
		});
	}

}
