package io.edubureau.pay;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Back pay (补发): a table corrected from a past month and a step recorded late, priced
 * against the locked months (never changed), a draft with each difference's reasons,
 * approved into a month not locked and paid there; no second payment of the same
 * difference; scope, export and audit.
 */
@EduBureauTest
class PayBackPayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	JsonNode body(ResultActions r) throws Exception {
		return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	ResultActions draft(RequestPostProcessor who, String from) throws Exception {
		return mvc.perform(post("/api/v1/pay/back-pay").with(who)
			.with(csrf())
			.contentType("application/json")
			.content("{\"fromMonth\":\"" + from + "\"}"));
	}

	ResultActions approve(RequestPostProcessor who, long id, String month) throws Exception {
		return mvc.perform(post("/api/v1/pay/back-pay/{id}/approve", id).with(who)
			.with(csrf())
			.contentType("application/json")
			.content("{\"payMonth\":\"" + month + "\"}"));
	}

	long stepWage(RequestPostProcessor who, long staffId, String month) throws Exception {
		JsonNode slip = body(mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", staffId, month).with(who)));
		for (JsonNode l : slip.get("lines")) {
			if (l.get("code").asText().equals("STEP_WAGE")) {
				return l.get("amountFen").asLong();
			}
		}
		throw new AssertionError(slip.toString());
	}

	@Test
	void aCorrectedTableAndALateStepArePaidBackOnceWithReasons() throws Exception {
		County county = accounts.county();
		String officerName = accounts.account("PAY_OFFICER", county.bureau());
		RequestPostProcessor officer = accounts.as(officerName);
		int year = PayFixtures.year();
		StaffView village = PayFixtures.teacher(accounts, staff, "补发教师", county.schoolA().code());
		StaffView point = PayFixtures.teacher(accounts, staff, "不补发教师", county.pointA().code());
		PayFixtures.importTable(mvc, officer, year);
		PayFixtures.enrol(mvc, officer, village.id(), 20, true, "6222021111333355");
		PayFixtures.enrol(mvc, officer, point.id(), 21, false, "6222022222444466");
		String jan = year + "-01";
		String feb = year + "-02";
		String mar = year + "-03";

		// Nothing locked yet: nothing to compare.
		draft(officer, jan).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fromMonth"));
		PayFixtures.computeAndLock(mvc, officer, jan, feb);
		// The province corrects step 20 from 1 January: 1215 → 1300 yuan.
		PayFixtures.importRates(mvc, officer, "薪级工资,20,1300", jan + "-01");
		draft(officer, "2026-13").andExpect(status().isUnprocessableContent());

		JsonNode batch = body(draft(officer, jan).andExpect(status().isCreated()));
		long id = batch.at("/batch/id").asLong();
		assertThat(batch.at("/batch/state").asText()).isEqualTo("DRAFT");
		assertThat(batch.at("/batch/people").asInt()).isEqualTo(1);
		assertThat(batch.at("/batch/totalFen").asLong()).isEqualTo(2 * 8500);
		assertThat(batch.get("lines")).hasSize(2);
		for (JsonNode l : batch.get("lines")) {
			assertThat(l.get("staffId").asLong()).isEqualTo(village.id());
			assertThat(l.get("code").asText()).isEqualTo("STEP_WAGE");
			assertThat(l.get("paidFen").asLong()).isEqualTo(121500);
			assertThat(l.get("dueFen").asLong()).isEqualTo(130000);
			assertThat(l.get("differenceFen").asLong()).isEqualTo(8500);
			assertThat(l.get("reasons").toString()).contains("BACK_PAY", "SALARY_STRUCTURE");
		}
		// One draft at a time.
		draft(officer, jan).andExpect(status().isUnprocessableContent());

		// A school sees its own people's lines only.
		RequestPostProcessor otherSchool = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		assertThat(body(mvc.perform(get("/api/v1/pay/back-pay/{id}", id).with(otherSchool)).andExpect(status().isOk()))
			.get("lines")).isEmpty();

		// Approved into a locked month: refused; into March: paid there, January stays.
		approve(officer, id, feb).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("payMonth"));
		approve(officer, id, mar).andExpect(status().isOk())
			.andExpect(jsonPath("$.batch.state").value("APPROVED"))
			.andExpect(jsonPath("$.batch.payMonth").value(mar));
		approve(officer, id, mar).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", mar).with(officer).with(csrf())).andExpect(status().isOk());
		JsonNode march = body(mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", village.id(), mar).with(officer)));
		JsonNode back = null;
		for (JsonNode l : march.get("lines")) {
			if (l.get("code").asText().equals("ADJUSTMENT")) {
				back = l;
			}
		}
		assertThat(back).as(march.toString()).isNotNull();
		assertThat(back.get("amountFen").asLong()).isEqualTo(17000);
		assertThat(back.get("reason").asText()).contains("BACK_PAY");
		assertThat(stepWage(officer, village.id(), mar)).isEqualTo(130000);
		assertThat(stepWage(officer, village.id(), jan)).isEqualTo(121500);

		// The same difference is not paid twice.
		draft(officer, jan).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("fromMonth"));

		// A step change recorded late (step 21 from 1 February): February is recovered
		// down to step 21's 1290.50 yuan; January is as recorded.
		mvc.perform(
				put("/api/v1/pay/staff/{id}", village.id()).with(officer)
					.with(csrf())
					.contentType("application/json")
					.content("{\"postGrade\":10,\"salaryStep\":21,\"effectiveOn\":\"" + feb
							+ "-01\",\"headTeacher\":true,\"bankAccount\":\"6222021111333355\"}"))
			.andExpect(status().isOk());
		JsonNode late = body(draft(officer, jan).andExpect(status().isCreated()));
		assertThat(late.get("lines")).hasSize(1);
		assertThat(late.at("/lines/0/month").asText()).isEqualTo(feb);
		assertThat(late.at("/lines/0/paidFen").asLong()).isEqualTo(130000);
		assertThat(late.at("/lines/0/dueFen").asLong()).isEqualTo(129050);
		assertThat(late.at("/lines/0/differenceFen").asLong()).isEqualTo(-950);
		long lateId = late.at("/batch/id").asLong();

		byte[] sheet = mvc
			.perform(get("/api/v1/pay/back-pay/{id}/export", lateId).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
			var s = book.getSheetAt(0);
			assertThat(s.getPhysicalNumberOfRows()).isEqualTo(2);
			assertThat(s.getRow(0).getCell(5).getStringCellValue()).isEqualTo("差额（元）");
			assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("补发教师");
		}
		// The pages, in Chinese: no codes, no English keys.
		mvc.perform(get("/pay/back-pay/{id}", lateId).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工资补发")))
			.andExpect(content().string(containsString("-9.50")))
			.andExpect(content().string(containsString("差额")))
			.andExpect(content().string(not(containsString("pay.back."))))
			.andExpect(content().string(not(containsString("BACK_PAY"))));
		mvc.perform(get("/pay/back-pay").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("草稿")));
		// A bad month on the page: a message, nothing written.
		mvc.perform(post("/pay/back-pay").with(officer).with(csrf()).param("fromMonth", "abc"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from pay_back_batch where owner_unit_id = ?", Long.class,
				county.bureau().id()))
			.isEqualTo(2);
		mvc.perform(get("/api/v1/pay/back-pay").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(lateId));

		assertThat(count(officerName, "CREATE")).isEqualTo(2);
		assertThat(count(officerName, "UPDATE")).isEqualTo(1);
		assertThat(count(officerName, "EXPORT")).isEqualTo(1);
	}

	@Test
	void anAllowanceWhoseRateIsRecordedLaterIsPaidBackFromTheFirstMonthItIsInForceOn() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("PAY_OFFICER", county.bureau()));
		// Another test's table of an earlier year (head-teacher allowance 300 yuan), as
		// in
		// the whole suite: tables are installation-wide, so it stays in force until the
		// year's table states the item.
		int earlier = PayFixtures.year();
		PayFixtures.importTable(mvc, officer, earlier);
		int year = PayFixtures.year();
		StaffView head = PayFixtures.teacher(accounts, staff, "补发班主任", county.schoolA().code());
		StaffView plain = PayFixtures.teacher(accounts, staff, "非班主任", county.schoolA().code());
		// The year's table without the head-teacher allowance (0: none in force): months
		// paid nothing for it.
		PayFixtures.importRates(mvc, officer, "岗位工资,10,2380\n薪级工资,20,1215\n班主任津贴,全部,0", year + "-01-01");
		PayFixtures.enrol(mvc, officer, head.id(), 20, true, "6222021111555577");
		PayFixtures.enrol(mvc, officer, plain.id(), 20, false, "6222021111666688");
		String jan = year + "-01";
		String feb = year + "-02";
		PayFixtures.computeAndLock(mvc, officer, jan, feb);
		// The allowance is recorded late, in force from 2 January: not on January's first
		// day (January owes nothing), in force on February's (February owes 300 yuan).
		PayFixtures.importRates(mvc, officer, "班主任津贴,全部,300", jan + "-02");
		JsonNode batch = body(draft(officer, jan).andExpect(status().isCreated()));
		assertThat(batch.get("lines")).as(batch.toString()).hasSize(1);
		assertThat(batch.at("/lines/0/staffId").asLong()).isEqualTo(head.id());
		assertThat(batch.at("/lines/0/month").asText()).isEqualTo(feb);
		assertThat(batch.at("/lines/0/code").asText()).isEqualTo("HEAD_TEACHER_ALLOWANCE");
		assertThat(batch.at("/lines/0/paidFen").asLong()).isZero();
		assertThat(batch.at("/lines/0/differenceFen").asLong()).isEqualTo(30000);
		assertThat(batch.at("/batch/totalFen").asLong()).isEqualTo(30000);
	}

	@Test
	void theExportMasksEachPersonsAmountsWithoutTheSensitivePermissionAndIsAudited() throws Exception {
		County county = accounts.county();
		String officerName = accounts.account("PAY_OFFICER", county.bureau());
		RequestPostProcessor officer = accounts.as(officerName);
		int year = PayFixtures.year();
		StaffView person = PayFixtures.teacher(accounts, staff, "遮盖教师", county.schoolA().code());
		PayFixtures.importTable(mvc, officer, year);
		PayFixtures.enrol(mvc, officer, person.id(), 20, false, "6222021111777799");
		String jan = year + "-01";
		PayFixtures.computeAndLock(mvc, officer, jan);
		PayFixtures.importRates(mvc, officer, "薪级工资,20,1300", jan + "-01");
		long id = body(draft(officer, jan).andExpect(status().isCreated())).at("/batch/id").asLong();

		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(mvc
			.perform(get("/api/v1/pay/back-pay/{id}/export", id).with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()))) {
			var row = book.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("遮盖教师");
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(85.0);
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(mvc
			.perform(get("/api/v1/pay/back-pay/{id}/export", id)
				.with(PayFixtures.withoutSensitive(accounts, officerName))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray()))) {
			var row = book.getSheetAt(0).getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("遮盖教师");
			for (int c = 3; c <= 6; c++) {
				assertThat(row.getCell(c).getStringCellValue()).isEqualTo("***");
			}
		}
		assertThat(count(officerName, "EXPORT")).isEqualTo(2);
	}

	long count(String actor, String action) {
		return jdbc.queryForObject(
				"select count(*) from audit_entry where actor = ? and action = ? and entity_type = 'pay.backpay'",
				Long.class, actor, action);
	}

}
