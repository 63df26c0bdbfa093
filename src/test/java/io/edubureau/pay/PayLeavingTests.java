package io.edubureau.pay;

import java.time.LocalDate;
import java.time.YearMonth;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffLeft;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person who retires, leaves or dies: staff publishes {@code StaffLeft}, pay ends the
 * record from the month after with its reasons; a locked month is never rewritten.
 */
@EduBureauTest
class PayLeavingTests {

	// Staff refuses an end in the future, so the day is a past one; the test's months are
	// in its own far year, all after it.
	static final LocalDate LEFT_ON = LocalDate.of(2026, 11, 30);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	County county;

	String officerName;

	RequestPostProcessor officer;

	StaffView leaver;

	StaffView stayer;

	int year;

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officerName = accounts.account("PAY_OFFICER", county.bureau());
		officer = accounts.as(officerName);
		year = PayFixtures.year();
		leaver = PayFixtures.teacher(accounts, staff, "离职教师", county.schoolA().code());
		stayer = PayFixtures.teacher(accounts, staff, "在职教师", county.schoolA().code());
		PayFixtures.importTable(mvc, officer, year);
		PayFixtures.enrol(mvc, officer, leaver.id(), 20, false, "6222021111222233");
		PayFixtures.enrol(mvc, officer, stayer.id(), 21, false, "6222024444555566");
	}

	@Test
	void theMonthOfTheEventIsPaidAndTheNextIsNot() {
		assertThat(PayCalculator.firstUnpaidMonth(LocalDate.of(2026, 11, 30))).isEqualTo(YearMonth.of(2026, 12));
		assertThat(PayCalculator.firstUnpaidMonth(LocalDate.of(2026, 11, 1))).isEqualTo(YearMonth.of(2026, 12));
		assertThat(PayCalculator.firstUnpaidMonth(LocalDate.of(2026, 12, 31))).isEqualTo(YearMonth.of(2027, 1));
	}

	@Test
	void leavingEndsTheRecordAndALockedMonthStaysAsItWas() throws Exception {
		String january = year + "-01";
		String february = year + "-02";
		mvc.perform(post("/api/v1/pay/months/{m}/compute", january).with(officer).with(csrf()))
			.andExpect(jsonPath("$.headcount").value(2));
		mvc.perform(post("/api/v1/pay/months/{m}/lock", january).with(officer).with(csrf())).andExpect(status().isOk());
		long januaryGross = gross(january);

		accounts.asSystem(() -> staff.end(DataScope.all(), leaver.id(), StaffStatus.LEFT, LEFT_ON, "辞职"));

		mvc.perform(get("/api/v1/pay/staff/{id}", leaver.id()).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ENDED"));
		assertThat(jdbc.queryForObject("select ended_from from pay_record where staff_id = ?", LocalDate.class,
				leaver.id()))
			.isEqualTo(LocalDate.of(2026, 12, 1));
		String reasons = jdbc.queryForObject(
				"select s.reasons from pay_record_step s join pay_record r on r.id = s.record_id"
						+ " where r.staff_id = ? and s.kind = 'ENDED' and s.effective_on = ?",
				String.class, leaver.id(), LocalDate.of(2026, 12, 1));
		assertThat(reasons).contains("LEAVING", "end.LEFT", "2026-11-30", "2026-12", "end.lockedPaid", january);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'UPDATE'"
						+ " and entity_type = 'pay.record' and entity_id = ? and changes like '%endedFrom%'",
				Long.class, String.valueOf(leaver.id())))
			.isEqualTo(1);

		// The locked month keeps the leaver; the next month pays only the one who stayed.
		assertThat(gross(january)).isEqualTo(januaryGross);
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", leaver.id(), january).with(officer))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", february).with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headcount").value(1));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", leaver.id(), february).with(officer))
			.andExpect(status().isNotFound());

		// A second event for the same person changes nothing.
		transactions.executeWithoutResult(
				t -> events.publishEvent(new StaffLeft(leaver.id(), StaffStatus.DECEASED, LEFT_ON.plusDays(1))));
		assertThat(
				jdbc.queryForObject(
						"select count(*) from pay_record_step s join pay_record r"
								+ " on r.id = s.record_id where r.staff_id = ? and s.kind = 'ENDED'",
						Long.class, leaver.id()))
			.isEqualTo(1);
	}

	@Test
	void aRecordEndedAfterAMonthBeganIsStillPaidForThatMonth() throws Exception {
		accounts.asSystem(() -> staff.end(DataScope.all(), leaver.id(), StaffStatus.RETIRED, LEFT_ON, null));
		// The day must be a past one; move the end into the test's year to price the
		// months on either side of it.
		jdbc.update("update pay_record set ended_from = ? where staff_id = ?", LocalDate.of(year, 4, 1), leaver.id());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", year + "-03").with(officer).with(csrf()))
			.andExpect(jsonPath("$.headcount").value(2));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", leaver.id(), year + "-03").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grossFen").value(238000 + 121500 + 70000 + 40000 + 35000));
		mvc.perform(post("/api/v1/pay/months/{m}/compute", year + "-04").with(officer).with(csrf()))
			.andExpect(jsonPath("$.headcount").value(1));
	}

	@Test
	void aPersonWithoutAPayRecordLeavesWithoutError() {
		StaffView other = PayFixtures.teacher(accounts, staff, "无工资档案", county.schoolA().code());
		StaffView ended = accounts
			.asSystem(() -> staff.end(DataScope.all(), other.id(), StaffStatus.LEFT, LEFT_ON, null));
		assertThat(ended.status()).isEqualTo(StaffStatus.LEFT);
		assertThat(jdbc.queryForObject("select count(*) from pay_record where staff_id = ?", Long.class, other.id()))
			.isZero();
	}

	long gross(String month) {
		return jdbc.queryForObject("select gross_fen from pay_month m where month_code = ? and owner_unit_id = ?",
				Long.class, month, county.bureau().id());
	}

}
