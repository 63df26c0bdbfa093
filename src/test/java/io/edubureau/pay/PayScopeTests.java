package io.edubureau.pay;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Privacy: the school sees its own staff's pay and nobody else's; a teacher only their
 * own (not audited as a read of another's); another county's pay officer sees nothing of
 * this county; a bureau officer without a pay permission is refused; every read of
 * another person's pay is an audited READ.
 */
@EduBureauTest
class PayScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditManagement audit;

	final ObjectMapper json = new ObjectMapper();

	County county;

	RequestPostProcessor officer;

	String officerName;

	StaffView teacherA;

	StaffView teacherB;

	String month;

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officerName = accounts.account("PAY_OFFICER", county.bureau());
		officer = accounts.as(officerName);
		int year = PayFixtures.year();
		month = year + "-03";
		teacherA = PayFixtures.teacher(accounts, staff, "甲校教师", county.schoolA().code());
		teacherB = PayFixtures.teacher(accounts, staff, "乙校教师", county.schoolB().code());
		PayFixtures.importTable(mvc, officer, year);
		PayFixtures.enrol(mvc, officer, teacherA.id(), 20, false, "6222021111111111");
		PayFixtures.enrol(mvc, officer, teacherB.id(), 20, false, "6222022222222222");
		mvc.perform(post("/api/v1/pay/months/{m}/compute", month).with(officer).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void aSchoolSeesItsOwnStaffsPayAndNoOneElses() throws Exception {
		String adminName = accounts.account("SCHOOL_ADMIN", county.schoolA());
		RequestPostProcessor admin = accounts.as(adminName);
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(admin))
			.andExpect(status().isOk());
		for (String path : new String[] { "/api/v1/pay/staff/" + teacherB.id() + "/months/" + month,
				"/api/v1/pay/staff/" + teacherB.id(), "/pay/" + teacherB.id() + "/months/" + month,
				"/pay/" + teacherB.id(), "/api/v1/pay/staff/987654321/months/" + month }) {
			mvc.perform(get(path).with(admin)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/pay/months/{m}", month).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甲校教师")))
			.andExpect(content().string(not(containsString("乙校教师"))));
		mvc.perform(post("/api/v1/pay/months/{m}/lock", month).with(admin).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/pay/months/{m}/export", month).with(admin)).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where actor = ? and action = 'READ' and entity_type = 'pay.slip'"
						+ " and entity_id = ?",
				Long.class, adminName, Long.toString(teacherA.id())))
			.isEqualTo(1);
		// The Chinese page names the rule's source in words, never the rule's code.
		mvc.perform(get("/pay/{id}/months/{m}", teacherA.id(), month).with(admin).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("依据：国办发〔2015〕43号")))
			.andExpect(content().string(not(containsString("[RURAL_ALLOWANCE:"))))
			.andExpect(content().string(containsString("乡村教师生活补助")));
		// The bank account is shown by its last four digits only.
		mvc.perform(get("/api/v1/pay/staff/{id}", teacherA.id()).with(admin))
			.andExpect(jsonPath("$.bankAccount").value("****1111"));
	}

	@Test
	void aTeacherSeesOnlyTheirOwnPay() throws Exception {
		String name = accounts.account("TEACHER", county.schoolA(), teacherA.id());
		RequestPostProcessor teacher = accounts.as(name);
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(teacher))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grossFen").isNumber());
		mvc.perform(get("/pay/me").with(teacher)).andExpect(redirectedUrl("/pay/" + teacherA.id()));
		mvc.perform(get("/pay/{id}", teacherA.id()).with(teacher)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherB.id(), month).with(teacher))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/pay/months").with(teacher)).andExpect(status().isForbidden());
		mvc.perform(get("/pay").with(teacher)).andExpect(status().isForbidden());
		// One's own pay is not a read of another person's.
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'READ'",
				Long.class, name))
			.isZero();
	}

	@Test
	void anotherCountysPayOfficerAndTheBureauOfficerSeeNothing() throws Exception {
		RequestPostProcessor other = accounts.as(accounts.account("PAY_OFFICER", accounts.county().bureau()));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(other))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/pay/months/{m}", month).with(other)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/pay/months/{m}/lock", month).with(other).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/pay/months/{m}/export", month).with(other)).andExpect(status().isNotFound());
		RequestPostProcessor bureauOfficer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(bureauOfficer))
			.andExpect(status().isForbidden());
		RequestPostProcessor inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(inspector))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRegisterAndAnothersPayslipShowAmountsOnlyWithTheSensitivePermission() throws Exception {
		String adminName = accounts.account("SCHOOL_ADMIN", county.schoolA());
		RequestPostProcessor admin = accounts.as(adminName);
		// The pay officer (pay:sensitive:read) sees the register's amounts.
		JsonNode shown = json.readTree(mvc.perform(get("/api/v1/pay/months/{m}", month).with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountsMasked").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		long gross = 0;
		for (JsonNode p : shown.get("people")) {
			if (p.get("staffId").asLong() == teacherA.id()) {
				gross = p.get("grossFen").asLong();
			}
		}
		assertThat(gross).as(shown.toString()).isPositive();
		String yuan = PayCalculator.yuan(gross);
		mvc.perform(get("/pay/months/{m}", month).with(officer).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(yuan)))
			.andExpect(content().string(not(containsString("金额已隐藏"))));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(officer))
			.andExpect(jsonPath("$.grossFen").value(gross))
			.andExpect(jsonPath("$.lines[0].amountFen").isNumber());

		// A school administrator (pay:record:read, not the sensitive one): names, no
		// amounts.
		mvc.perform(get("/api/v1/pay/months/{m}", month).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountsMasked").value(true))
			.andExpect(jsonPath("$.people[0].name").value("甲校教师"))
			.andExpect(jsonPath("$.people[0].grossFen").doesNotExist());
		mvc.perform(get("/pay/months/{m}", month).with(admin).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("甲校教师")))
			.andExpect(content().string(containsString("***")))
			.andExpect(content().string(containsString("金额已隐藏")))
			.andExpect(content().string(not(containsString(yuan))));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountsMasked").value(true))
			.andExpect(jsonPath("$.grossFen").doesNotExist())
			.andExpect(jsonPath("$.lines[0].amountFen").doesNotExist())
			.andExpect(content().string(not(containsString("2380.00"))))
			.andExpect(content().string(containsString("***")));
		mvc.perform(get("/pay/{id}/months/{m}", teacherA.id(), month).with(admin).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("金额已隐藏")))
			.andExpect(content().string(not(containsString(yuan))))
			.andExpect(content().string(not(containsString("2380.00"))));

		// The register export: figures for the officer, *** without the permission.
		try (XSSFWorkbook book = register(officer)) {
			XSSFRow row = rowOf(book, "甲校教师");
			assertThat(row.getCell(row.getLastCellNum() - 1).getNumericCellValue()).isEqualTo(gross / 100.0);
		}
		try (XSSFWorkbook book = register(PayFixtures.withoutSensitive(accounts, officerName))) {
			XSSFRow row = rowOf(book, "甲校教师");
			assertThat(row.getCell(row.getLastCellNum() - 1).getStringCellValue()).isEqualTo("***");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("***");
		}

		// Each read and export says whether its amounts were masked.
		assertThat(entries(officerName, "pay.month", AuditAction.READ)).hasSize(2)
			.allSatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "false")));
		assertThat(entries(officerName, "pay.slip", AuditAction.READ)).singleElement()
			.satisfies(e -> assertThat(e.changes()).contains(new Change("masked", null, "false")));
		assertThat(entries(adminName, "pay.month", AuditAction.READ)).hasSize(2)
			.allSatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "true")));
		assertThat(entries(adminName, "pay.slip", AuditAction.READ)).hasSize(2)
			.allSatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "true")));
		assertThat(entries(officerName, "pay.month", AuditAction.EXPORT)).hasSize(2)
			.anySatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "false")))
			.anySatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "true")));
	}

	// The reward plan's year: PayRewardFlowTests states the same standard and share for
	// it.
	static final int REWARD_YEAR = 2019;

	@Test
	void theRecordsAdjustmentsAndRewardSharesAndTheMonthsTotalAreMaskedWithoutTheSensitivePermission()
			throws Exception {
		String adminName = accounts.account("SCHOOL_ADMIN", county.schoolA());
		RequestPostProcessor admin = accounts.as(adminName);
		RequestPostProcessor teacher = accounts.as(accounts.account("TEACHER", county.schoolA(), teacherA.id()));
		// An adjustment whose note states its amount, paid in the month (recomputed).
		mvc.perform(post("/api/v1/pay/staff/{id}/adjustments", teacherA.id()).with(officer)
			.with(csrf())
			.contentType("application/json")
			.content("{\"month\":\"" + month + "\",\"amountFen\":12345,\"note\":\"补发3月差额123.45元\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/pay/months/{m}/compute", month).with(officer).with(csrf()))
			.andExpect(status().isOk());
		// A reward plan of school A submitted: teacher A alone shares 1 × 12000 × 30% =
		// 3600.00.
		accounts.asSystem(() -> {
			var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
			var previous = context.getAuthentication();
			context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated("test-fixture", null,
						List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
								"staff:file:update"),
								new org.springframework.security.core.authority.SimpleGrantedAuthority(
										"staff:appraisal:update"))));
			try {
				return staff.addFileEntry(io.edubureau.org.DataScope.all(), teacherA.id(),
						io.edubureau.staff.FileCategory.APPRAISALS,
						java.util.Map.of("year", REWARD_YEAR, "result", "COMPETENT", "ethics", "PASSED"));
			}
			finally {
				context.setAuthentication(previous);
			}
		});
		PayFixtures.importRates(mvc, officer, "绩效工资标准,全部,12000\n基础性绩效比例,全部,70", REWARD_YEAR + "-01-01");
		JsonNode plan = json.readTree(mvc
			.perform(post("/api/v1/pay/rewards").with(admin)
				.with(csrf())
				.contentType("application/json")
				.content("{\"unitId\":" + county.schoolA().id() + ",\"year\":" + REWARD_YEAR + "}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(plan.at("/shares/0/amountFen").asLong()).as(plan.toString()).isEqualTo(360_000);
		mvc.perform(post("/api/v1/pay/rewards/{id}/submit", plan.at("/plan/id").asLong()).with(admin).with(csrf()))
			.andExpect(jsonPath("$.plan.state").value("SUBMITTED"));
		JsonNode register = json.readTree(mvc.perform(get("/api/v1/pay/months/{m}", month).with(officer))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		long total = register.at("/month/grossFen").asLong();
		long grossA = 0;
		for (JsonNode p : register.get("people")) {
			grossA += p.get("staffId").asLong() == teacherA.id() ? p.get("grossFen").asLong() : 0;
		}
		assertThat(total).as("A's and B's gross").isGreaterThan(grossA).isGreaterThan(0);
		String totalYuan = PayCalculator.yuan(total);

		// The pay officer and the teacher themself see the amounts.
		for (RequestPostProcessor who : List.of(officer, teacher)) {
			mvc.perform(get("/pay/{id}", teacherA.id()).with(who).locale(Locale.SIMPLIFIED_CHINESE))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("123.45")))
				.andExpect(content().string(containsString("补发3月差额123.45元")))
				.andExpect(content().string(containsString("3600.00")))
				.andExpect(content().string(not(containsString("金额已隐藏"))));
			mvc.perform(get("/api/v1/pay/staff/{id}/rewards", teacherA.id()).with(who))
				.andExpect(jsonPath("$[0].amountFen").value(360_000));
		}
		mvc.perform(get("/pay/months/{m}", month).with(officer)).andExpect(content().string(containsString(totalYuan)));

		// A school administrator: the adjustment, its note's digits, the share and the
		// month's total all hidden, on the pages and in the JSON.
		String page = mvc.perform(get("/pay/{id}", teacherA.id()).with(admin).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("金额已隐藏")))
			.andExpect(content().string(containsString("补发*月差额***.**元")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String amounts = page.substring(page.indexOf("id=\"record-rewards\""));
		assertThat(amounts).contains("***").doesNotContain("123.45").doesNotContain("12345").doesNotContain("3600");
		assertThat(java.util.regex.Pattern.compile("\\d\\.\\d\\d").matcher(amounts).find()).as(amounts).isFalse();
		mvc.perform(get("/api/v1/pay/staff/{id}/rewards", teacherA.id()).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].amountFen").doesNotExist())
			.andExpect(content().string(not(containsString("3600"))))
			.andExpect(content().string(containsString("***")));
		mvc.perform(get("/api/v1/pay/staff/{id}/months/{m}", teacherA.id(), month).with(admin))
			.andExpect(content().string(containsString("补发*月差额***.**元")))
			.andExpect(content().string(not(containsString("123.45"))));
		// The same payslip at the path issue 18 names.
		mvc.perform(get("/api/v1/pay/{id}/months/{m}", teacherA.id(), month).with(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grossFen").doesNotExist())
			.andExpect(content().string(not(containsString("123.45"))));
		mvc.perform(get("/api/v1/pay/{id}/months/{m}", teacherA.id(), month).with(officer))
			.andExpect(jsonPath("$.grossFen").value(grossA))
			.andExpect(jsonPath("$.lines[0].code").value("POST_WAGE"))
			.andExpect(jsonPath("$.lines[0].reason").isString());
		mvc.perform(get("/api/v1/pay/months/{m}", month).with(admin))
			.andExpect(jsonPath("$.month.grossFen").doesNotExist())
			.andExpect(jsonPath("$.people[0].grossFen").doesNotExist())
			.andExpect(content().string(not(containsString(Long.toString(total)))));
		mvc.perform(get("/api/v1/pay/months").param("size", "120").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(Long.toString(total)))))
			.andExpect(jsonPath("$.content[?(@.grossFen != null)]").isEmpty());
		for (String path : new String[] { "/pay/months/" + month, "/pay" }) {
			mvc.perform(get(path).with(admin).locale(Locale.SIMPLIFIED_CHINESE))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(totalYuan))));
		}
		mvc.perform(get("/pay/months/{m}", month).with(admin))
			.andExpect(content()
				.string(org.hamcrest.Matchers.matchesPattern("(?s).*id=\"month-gross\"[^>]*>\\*\\*\\*<.*")));

		// Each read says whether it was masked.
		assertThat(entries(adminName, "pay.record", AuditAction.READ)).isNotEmpty()
			.allSatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "true")));
		String a = Long.toString(teacherA.id());
		assertThat(entries(adminName, "pay.reward", AuditAction.READ)).filteredOn(e -> a.equals(e.entityId()))
			.hasSize(2)
			.allSatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "true")));
		assertThat(entries(officerName, "pay.reward", AuditAction.READ)).filteredOn(e -> a.equals(e.entityId()))
			.hasSize(2)
			.allSatisfy(e -> assertThat(e.changes()).contains(new Change("masked", null, "false")));
	}

	XSSFWorkbook register(RequestPostProcessor who) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(
				mvc.perform(get("/api/v1/pay/months/{m}/export", month).param("layout", "register").with(who))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsByteArray()));
	}

	static XSSFRow rowOf(XSSFWorkbook book, String name) {
		var sheet = book.getSheetAt(0);
		for (int i = 1; i <= sheet.getLastRowNum(); i++) {
			if (sheet.getRow(i) != null && name.equals(sheet.getRow(i).getCell(1).getStringCellValue())) {
				return sheet.getRow(i);
			}
		}
		throw new AssertionError("no row for " + name);
	}

	List<AuditEntryView> entries(String actor, String type, AuditAction action) {
		return accounts
			.asSystem(() -> audit.search(new AuditQuery(actor, type, null, action, null, null), PageRequest.of(0, 20))
				.getContent());
	}

}
