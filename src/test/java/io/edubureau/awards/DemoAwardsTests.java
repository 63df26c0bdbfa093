package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo county's round run on a fresh county: 40 full-time teachers at school A and 3
 * at school B on 1 June make 1 place (3% of 43 = 1.29), school A's; its teacher is
 * nominated with the appraisals the demo records, approved, posted and conferred on 9
 * September with the payment.
 */
@EduBureauTest
class DemoAwardsTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AwardsManagement awards;

	@Autowired
	DemoAwards demo;

	@Test
	void aFinishedRoundOfTheYear() {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode();
		for (int i = 0; i < 43; i++) {
			int n = i;
			accounts
				.asSystem(
						() -> staff
							.create(DataScope.all(),
									TestAccounts
										.teacher(
												accounts.idNumber(LocalDate.of(1980, 1 + n % 12, 1 + n % 28),
														n % 2 == 0),
												"示范教师" + n + tag, (n < 40 ? county.schoolA() : county.schoolB()).code())
										.toBuilder()
										.workStartDate(LocalDate.of(2010, 9, 1))
										.build()));
		}
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		demo.load(bureau, 2025);

		List<Views.RoundView> rounds = awards.rounds(bureau);
		assertThat(rounds).hasSize(1);
		Views.RoundView round = rounds.get(0);
		assertThat(round.name()).isEqualTo("2025年度全县优秀教师");
		assertThat(round.status()).isEqualTo("CONFERRED");
		assertThat(round.conferred()).isEqualTo(1);
		assertThat(round.totalFen()).isEqualTo(100_000L);
		assertThat(round.conferredOn()).isEqualTo(LocalDate.of(2025, 9, 9));
		assertThat(awards.quotas(bureau, round.id())).extracting(Views.QuotaView::unitId, Views.QuotaView::places)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(county.schoolA().id(), 1));
		assertThat(awards.nominations(bureau, round.id())).extracting(Views.NominationView::status)
			.containsExactly("CONFERRED");
	}

}
