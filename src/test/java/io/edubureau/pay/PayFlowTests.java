package io.edubureau.pay;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The payroll month end to end through the API: a table imported, people enrolled, the
 * month computed with every line's reason (lines sum to the gross), locked, refused to
 * change, corrected in the next month; exports; the audit of each change and read.
 */
@EduBureauTest
class PayFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	final ObjectMapper json = new ObjectMapper();

	County county;

	String officerName;

	RequestPostProcessor officer;

	StaffView village;

	StaffView point;

	int year;

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officerName = accounts.account("PAY_OFFICER", county.bureau());
		officer = accounts.as(officerName);
		year = PayFixtures.year();
		village = PayFixtures.teacher(accounts, staff, "村小教师", county.schoolA().code());
		point = PayFixtures.teacher(accounts, staff, "教学点教师", county.pointA().code());
		PayFixtures.importTable(mvc, officer, year);
		PayFixtures.enrol(mvc, officer, village.id(), 20, true, "6222021234567890");
		PayFixtures.enrol(mvc, officer, point.id(), 21, false, "6222029876543210");
	}

	JsonNode body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
		return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void computeLockRefuseAndAdjustNextMonth() throws Exception {
		String march = year + "-03";
		String april = year + "-04";
		mvc.perform(post("/api/v1/pay/months/{m}/compute", march).with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("COMPUTED"))
			.andExpect(jsonPath("$.headcount").value(2));
		JsonNode slip = body(mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", village.id(), march).with(officer))
			.andExpect(status().isOk()));
		// 2380 + 1215 + 12000 × 70% ÷ 12 = 700 + village 400 + township 350 + head
		// teacher 300.
		assertThat(slip.get("grossFen").asLong()).isEqualTo(238000 + 121500 + 70000 + 40000 + 35000 + 30000);
		long sum = 0;
		for (JsonNode line : slip.get("lines")) {
			sum += line.get("amountFen").asLong();
			assertThat(line.get("reason").asText()).as(line.toString()).isNotBlank().contains("[");
		}
		assertThat(sum).isEqualTo(slip.get("grossFen").asLong());
		assertThat(slip.get("lines").findValuesAsText("code")).containsExactly("POST_WAGE", "STEP_WAGE",
				"PERFORMANCE_BASIC", "RURAL_ALLOWANCE", "TOWNSHIP_ALLOWANCE", "HEAD_TEACHER_ALLOWANCE");
		assertThat(slip.get("lines").get(3).get("reason").asText()).contains("RURAL_ALLOWANCE: 国办发〔2015〕43号");
		JsonNode pointSlip = body(
				mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", point.id(), march).with(officer)));
		assertThat(pointSlip.get("lines").get(3).get("amountFen").asLong()).isEqualTo(50000);
		assertThat(pointSlip.get("lines").get(1).get("amountFen").asLong()).isEqualTo(129050);

		// Recomputing before the lock is a new run; the month stays one month.
		mvc.perform(post("/api/v1/pay/months/{m}/compute", march).with(officer).with(csrf()))
			.andExpect(jsonPath("$.run").value(2));
		mvc.perform(post("/api/v1/pay/months/{m}/lock", march).with(officer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("LOCKED"));
		// A locked month never changes: no recompute, no second lock, no adjustment in
		// it.
		mvc.perform(post("/api/v1/pay/months/{m}/compute", march).with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(post("/api/v1/pay/months/{m}/lock", march).with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/pay/staff/{id}/adjustments", village.id()).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"month\":\"" + march + "\",\"amountFen\":-10000,\"note\":\"多发班主任津贴扣回\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(post("/api/v1/pay/staff/{id}/adjustments", village.id()).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"month\":\"" + april + "\",\"amountFen\":-10000,\"note\":\"多发班主任津贴扣回\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", april).with(officer).with(csrf()))
			.andExpect(status().isOk());
		JsonNode next = body(mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", village.id(), april).with(officer)));
		assertThat(next.get("grossFen").asLong()).isEqualTo(534500 - 10000);
		assertThat(next.get("lines").findValuesAsText("code")).contains("ADJUSTMENT");
		// March is as it was.
		assertThat(body(mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", village.id(), march).with(officer)))
			.get("grossFen")
			.asLong()).isEqualTo(534500);

		JsonNode months = body(mvc.perform(get("/api/v1/pay/months").with(officer)).andExpect(status().isOk()));
		assertThat(months.get("content").findValuesAsText("month")).contains(march, april);

		// Audit: the changes and the read of another person's pay.
		assertThat(count("LOCK", "pay.month")).isEqualTo(1);
		assertThat(count("CREATE", "pay.adjustment")).isEqualTo(1);
		assertThat(count("READ", "pay.slip")).isGreaterThanOrEqualTo(4);
		assertThat(count("IMPORT", "pay.rate")).isEqualTo(1);
	}

	long count(String action, String type) {
		return jdbc.queryForObject(
				"select count(*) from audit_entry where actor = ? and action = ? and entity_type = ?", Long.class,
				officerName, action, type);
	}

	@Test
	void theBankBatchAndThePayrollRegister() throws Exception {
		String may = year + "-05";
		mvc.perform(post("/api/v1/pay/months/{m}/compute", may).with(officer).with(csrf())).andExpect(status().isOk());
		String bank = mvc
			.perform(get("/api/v1/pay/months/{m}/export", may).param("layout", "bank")
				.param("format", "csv")
				.param("columns", "index,account,name,amount")
				.with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bank).contains("6222021234567890", "村小教师", "5345.00");
		byte[] register = mvc
			.perform(get("/api/v1/pay/months/{m}/export", may).param("layout", "register").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(register))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
		}
		mvc.perform(get("/api/v1/pay/months/{m}/export", may).param("layout", "other").with(officer))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/pay/months/{m}/export", may).param("layout", "bank")
			.param("columns", "name,idNumber")
			.with(officer)).andExpect(status().isUnprocessableContent());
		assertThat(count("EXPORT", "pay.month")).isEqualTo(2);
	}

	@Test
	void badInputIsRefusedWithMessagesAndChangesNothing() throws Exception {
		mvc.perform(post("/api/v1/pay/months/{m}/compute", "2026-13").with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", "abc").with(officer).with(csrf()))
			.andExpect(status().isUnprocessableContent());
		// A wage table without the step of a person refuses the whole month, naming them.
		StaffView odd = PayFixtures.teacher(accounts, staff, "薪级缺表", county.schoolA().code());
		mvc.perform(post("/api/v1/pay/records").with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"staffId\":" + odd.id()
					+ ",\"postGrade\":10,\"salaryStep\":33,\"effectiveOn\":\"2030-01-01\",\"headTeacher\":false}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", year + "-06").with(officer)
			.with(csrf())
			.locale(java.util.Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("薪级缺表")));
		assertThat(jdbc.queryForObject("select count(*) from pay_month where owner_unit_id = ? and month_code = ?",
				Long.class, county.bureau().id(), year + "-06"))
			.isZero();
		// Enrolment out of range, twice, a bad bank account.
		mvc.perform(post("/api/v1/pay/records").with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"staffId\":" + village.id()
					+ ",\"postGrade\":10,\"salaryStep\":20,\"effectiveOn\":\"2030-01-01\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/pay/staff/{id}", village.id()).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"postGrade\":14,\"salaryStep\":66,\"effectiveOn\":\"2030-01-01\",\"bankAccount\":\"12ab\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3));
		// Table import: a wrong row refuses the file; nothing is written.
		String csv = "项目,等级或类别,标准（元）,执行日期\n岗位工资,14,2380," + year + "-02-01\n薪级工资,20,12.345," + year
				+ "-02-01\n岗位工资,10,2500,\n";
		mvc.perform(multipart("/api/v1/pay/tables")
			.file(new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(officer)
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(3));
		assertThat(jdbc.queryForObject("select count(*) from pay_rate where effective_from = ?", Long.class,
				java.sql.Date.valueOf(year + "-02-01")))
			.isZero();
	}

	static org.springframework.test.web.servlet.result.ContentResultMatchers content() {
		return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content();
	}

}
