package io.edubureau.establishment;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.org.Stage;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.ParameterForm;
import io.edubureau.rules.RulesManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tolerance band before 超编/缺编 is flagged (a balance equal to the tolerance is within
 * it, one more is flagged), "no comparison" where nothing is approved and no ratio
 * applies, and the dated local parameters of the band and of the kindergarten ratio.
 */
@EduBureauTest
class EstablishmentBandTests {

	@Autowired
	EstablishmentManagement establishment;

	@Autowired
	RulesManagement rules;

	@Autowired
	TestAccounts accounts;

	@ParameterizedTest
	@CsvSource({ "20, 21, 1, 1, BALANCED", "20, 22, 1, 2, OVER", "20, 19, 1, -1, BALANCED", "20, 18, 1, -2, UNDER",
			"20, 20, 1, 0, BALANCED", "20, 21, 0, 1, OVER", "20, 19, 0, -1, UNDER", "20, 23, 3, 3, BALANCED",
			"20, 24, 3, 4, OVER", "20, 16, 3, -4, UNDER" })
	void againstApprovedPostsTheBandIncludesItsEdge(int approved, int actual, int tolerance, int balance, State state) {
		EstablishmentBand.Standing s = EstablishmentBand.decide(approved, 99, true, actual, tolerance);
		assertThat(s.balance()).isEqualTo(balance);
		assertThat(s.state()).isEqualTo(state);
		assertThat(s.reasons()).singleElement()
			.satisfies(r -> assertThat(r.messageKey()).endsWith(".approved")
				.startsWith("establishment.reason." + switch (state) {
					case OVER -> "over";
					case UNDER -> "under";
					default -> "within";
				}));
	}

	@Test
	void withoutApprovalTheRequirementIsTheBasisAndWithoutARatioThereIsNoComparison() {
		assertThat(EstablishmentBand.decide(0, 10, true, 12, 1).state()).isEqualTo(State.OVER);
		assertThat(EstablishmentBand.decide(0, 10, true, 11, 1).state()).isEqualTo(State.BALANCED);
		assertThat(EstablishmentBand.decide(0, 10, true, 8, 1).reasons().get(0).messageKey())
			.isEqualTo("establishment.reason.under.required");
		EstablishmentBand.Standing none = EstablishmentBand.decide(0, 0, false, 7, 1);
		assertThat(none.state()).isEqualTo(State.NONE);
		assertThat(none.reasons().get(0).messageKey()).isEqualTo("establishment.reason.none");
		// a ratio that requires nothing (no pupils yet) still compares
		assertThat(EstablishmentBand.decide(0, 0, true, 2, 1).state()).isEqualTo(State.OVER);
	}

	@Test
	void theToleranceAndTheKindergartenRatioAreDatedLocalParameters() {
		// The parameters are global and the test database outlives a run: each run takes
		// a year no earlier run has set (its reset lands on the even year after).
		int year = 2015;
		while (establishment.tolerance(LocalDate.of(year, 1, 1)) != 1
				|| establishment.required(Stage.PRESCHOOL, 70, LocalDate.of(year, 6, 1)) != 0) {
			year += 2;
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate back = LocalDate.of(year + 1, 1, 1);
		// Before the rule's own date nothing is ever set: the policy defaults.
		assertThat(establishment.tolerance(LocalDate.of(2014, 12, 31))).isEqualTo(1);
		assertThat(establishment.required(Stage.PRESCHOOL, 70, LocalDate.of(2014, 12, 31))).isZero();
		accounts.asSystem(() -> {
			rules.setParameter(LocalParameter.ESTABLISHMENT_TOLERANCE_POSTS, new ParameterForm("3", from, "本县试行"));
			rules.setParameter(LocalParameter.ESTABLISHMENT_TOLERANCE_POSTS, new ParameterForm("1", back, "恢复"));
			rules.setParameter(LocalParameter.ESTABLISHMENT_PRESCHOOL_RATIO, new ParameterForm("7", from, "省标准"));
			return rules.setParameter(LocalParameter.ESTABLISHMENT_PRESCHOOL_RATIO, new ParameterForm("0", back, "恢复"));
		});
		assertThat(establishment.tolerance(from.minusDays(1))).isEqualTo(1);
		assertThat(establishment.tolerance(from)).isEqualTo(3);
		assertThat(establishment.tolerance(back.minusDays(1))).isEqualTo(3);
		assertThat(establishment.tolerance(back)).isEqualTo(1);
		assertThat(establishment.required(Stage.PRESCHOOL, 70, from.withMonth(6))).isEqualTo(10);
		assertThat(establishment.required(Stage.PRESCHOOL, 71, from.withMonth(6))).isEqualTo(11);
		assertThat(establishment.required(Stage.PRESCHOOL, 71, back.withMonth(6))).isZero();
		assertThat(establishment.required(Stage.PRESCHOOL, 70, from.minusDays(1))).isZero();
		assertThat(rules.parameter(LocalParameter.ESTABLISHMENT_PRESCHOOL_RATIO, back))
			.isEqualByComparingTo(BigDecimal.ZERO);
	}

}
