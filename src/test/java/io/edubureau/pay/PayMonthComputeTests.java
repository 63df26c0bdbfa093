package io.edubureau.pay;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The month is computed for all its people at once (shared lines for equal facts, bulk
 * writes), so every person's stored lines are checked against the calculator run for that
 * person alone: amounts, codes, order and reasons, the unit the person is at now (a
 * transfer moves the record), adjustments, people who left (not paid), and the rates'
 * effective day (a rate from the month's first day counts, one from its second day does
 * not).
 */
@EduBureauTest
class PayMonthComputeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	OrgManagement org;

	@Autowired
	PayManagement pay;

	@Autowired
	PayRecordRepository records;

	@Autowired
	PayRateRepository rates;

	@Autowired
	PayAdjustmentRepository adjustments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPersonsLinesAreThoseOfTheCalculatorAlone() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("PAY_OFFICER", county.bureau()));
		int year = PayFixtures.year();
		PayFixtures.importTable(mvc, officer, year);
		// The post wage rises from 2 March (not March's rate), the township allowance
		// from
		// 1 April (April's).
		rates(mvc, officer, "岗位工资,10,2500," + year + "-03-02\n乡镇工作补贴,全部,360," + year + "-04-01\n");
		StaffView head = PayFixtures.teacher(accounts, staff, "甲校班主任", county.schoolA().code());
		StaffView same = PayFixtures.teacher(accounts, staff, "甲校同级", county.schoolA().code());
		StaffView point = PayFixtures.teacher(accounts, staff, "教学点教师", county.pointA().code());
		StaffView special = PayFixtures.teacher(accounts, staff, "乙校特教", county.schoolB().code());
		StaffView adjusted = PayFixtures.teacher(accounts, staff, "有补扣", county.schoolA().code());
		StaffView moved = PayFixtures.teacher(accounts, staff, "调往乙校", county.schoolA().code());
		StaffView left = PayFixtures.teacher(accounts, staff, "已离职", county.schoolA().code());
		PayFixtures.enrol(mvc, officer, head.id(), 20, true, "6222020000000001");
		PayFixtures.enrol(mvc, officer, same.id(), 20, true, "6222020000000002");
		PayFixtures.enrol(mvc, officer, point.id(), 21, false, "6222020000000003");
		mvc.perform(post("/api/v1/pay/records").with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"staffId\":" + special.id()
					+ ",\"postGrade\":10,\"salaryStep\":21,\"effectiveOn\":\"2030-01-01\",\"specialEducation\":true}"))
			.andExpect(status().isCreated());
		PayFixtures.enrol(mvc, officer, adjusted.id(), 20, false, "6222020000000005");
		PayFixtures.enrol(mvc, officer, moved.id(), 20, false, "6222020000000006");
		PayFixtures.enrol(mvc, officer, left.id(), 20, false, "6222020000000007");
		for (String a : new String[] { "-10000,\"note\":\"扣回多发津贴\"", "5000,\"note\":\"补发上月\"" }) {
			mvc.perform(post("/api/v1/pay/staff/{id}/adjustments", adjusted.id()).with(officer)
				.with(csrf())
				.contentType("application/json")
				.content("{\"month\":\"" + year + "-04\",\"amountFen\":" + a + "}")).andExpect(status().isCreated());
		}
		LocalDate yesterday = LocalDate.now().minusDays(1);
		accounts.asSystem(() -> staff.transfer(DataScope.all(), moved.id(), county.schoolB().code(), yesterday, "调动"));
		accounts.asSystem(() -> staff.end(DataScope.all(), left.id(), StaffStatus.LEFT, yesterday, "辞职"));

		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		List<StaffView> paid = List.of(head, same, point, special, adjusted, moved);
		for (String m : new String[] { year + "-03", year + "-04" }) {
			var view = accounts.asSystem(() -> pay.compute(scope, m));
			YearMonth month = YearMonth.parse(m);
			PayCalculator.RateBook book = new PayCalculator.RateBook(month.atDay(1),
					rates.findByEffectiveFromLessThanEqual(month.atDay(1)));
			long gross = 0;
			for (StaffView p : paid) {
				PayRecord r = records.findByStaffId(p.id()).orElseThrow();
				StaffView now = accounts.asSystem(() -> staff.get(DataScope.all(), p.id()));
				UnitView unit = org.byIds(List.of(now.unitId())).get(now.unitId());
				List<PayAdjustment> adjustments = this.adjustments.findByMonthCodeOrderByIdAsc(m)
					.stream()
					.filter(x -> x.getStaffId() == p.id())
					.toList();
				List<PayCalculator.Missing> missing = new ArrayList<>();
				List<PayCalculator.Line> expected = PayCalculator.lines(month, new PayCalculator.Facts(r.getPostGrade(),
						r.getSalaryStep(), r.isHeadTeacher(), r.isSpecialEducation(), Remoteness.of(unit), adjustments),
						book, missing);
				assertThat(missing).isEmpty();
				List<Map<String, Object>> stored = jdbc.queryForList(
						"select code, amount_fen, reasons, unit_id, unit_path, compulsory_teacher from pay_line"
								+ " where month_id = ? and run_number = ? and staff_id = ? order by id",
						view.id(), view.run(), p.id());
				assertThat(stored).as("%s in %s", p.name(), m).hasSameSizeAs(expected);
				for (int i = 0; i < expected.size(); i++) {
					PayCalculator.Line e = expected.get(i);
					Map<String, Object> s = stored.get(i);
					assertThat(s.get("code")).as("%s line %d", p.name(), i).isEqualTo(e.code().name());
					assertThat(((Number) s.get("amount_fen")).longValue()).as("%s %s", p.name(), e.code())
						.isEqualTo(e.amountFen());
					assertThat(PayReason.decode((String) s.get("reasons"))).as("%s %s", p.name(), e.code())
						.isEqualTo(e.reasons());
					assertThat(((Number) s.get("unit_id")).longValue()).isEqualTo(now.unitId());
					assertThat(s.get("unit_path")).isEqualTo(unit.path());
					assertThat(s.get("compulsory_teacher")).isEqualTo(true);
				}
				gross += PayCalculator.gross(expected);
			}
			assertThat(view.headcount()).as("headcount of %s", m).isEqualTo(paid.size());
			assertThat(view.grossFen()).as("gross of %s", m).isEqualTo(gross);
			assertThat(jdbc.queryForObject("select count(*) from pay_line where month_id = ? and staff_id = ?",
					Long.class, view.id(), left.id()))
				.as("who left is not paid")
				.isZero();
		}
		// The boundaries, in numbers: March keeps 2380 yuan and the 350 allowance, April
		// has 2500 and 360.
		assertThat(amount(year + "-03", head.id(), "POST_WAGE")).isEqualTo(238000);
		assertThat(amount(year + "-04", head.id(), "POST_WAGE")).isEqualTo(250000);
		assertThat(amount(year + "-03", head.id(), "TOWNSHIP_ALLOWANCE")).isEqualTo(35000);
		assertThat(amount(year + "-04", head.id(), "TOWNSHIP_ALLOWANCE")).isEqualTo(36000);
		assertThat(amount(year + "-04", adjusted.id(), "ADJUSTMENT")).isEqualTo(-5000);
		// The record follows the transfer.
		PayRecord movedRecord = records.findByStaffId(moved.id()).orElseThrow();
		assertThat(movedRecord.getUnitId()).isEqualTo(county.schoolB().id());
		assertThat(movedRecord.getUnitPath()).isEqualTo(county.schoolB().path());
	}

	long amount(String month, long staffId, String code) {
		return jdbc.queryForObject(
				"select sum(l.amount_fen) from pay_line l join pay_month m on m.id = l.month_id"
						+ " and m.run_number = l.run_number where m.month_code = ? and l.staff_id = ? and l.code = ?",
				Long.class, month, staffId, code);
	}

	static void rates(MockMvc mvc, RequestPostProcessor officer, String rows) throws Exception {
		String csv = "项目,等级或类别,标准（元）,执行日期\n" + rows;
		mvc.perform(multipart("/api/v1/pay/tables")
			.file(new MockMultipartFile("file", "rates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(officer)
			.with(csrf())).andExpect(status().isOk());
	}

}
