package io.edubureau.pay;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual salary report (工资年报): from the locked months only (a month computed but not
 * locked is named as missing), the units' components sum to the total and equal the
 * locked months' gross, the average per person, the scope, the export and its audit, the
 * figures.
 */
@EduBureauTest
class PayAnnualReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PayFigures figures;

	final ObjectMapper json = new ObjectMapper();

	JsonNode body(ResultActions r) throws Exception {
		return json.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void theReportSumsTheLockedMonthsNamesTheMissingOnesAndKeepsToTheScope() throws Exception {
		County county = accounts.county();
		String officerName = accounts.account("PAY_OFFICER", county.bureau());
		RequestPostProcessor officer = accounts.as(officerName);
		int year = PayFixtures.year();
		StaffView a1 = PayFixtures.teacher(accounts, staff, "年报甲", county.schoolA().code());
		StaffView a2 = PayFixtures.teacher(accounts, staff, "年报乙", county.schoolA().code());
		StaffView p1 = PayFixtures.teacher(accounts, staff, "年报丙", county.pointA().code());
		PayFixtures.importTable(mvc, officer, year);
		PayFixtures.enrol(mvc, officer, a1.id(), 20, true, "6222021111000011");
		PayFixtures.enrol(mvc, officer, a2.id(), 21, false, "6222021111000022");
		PayFixtures.enrol(mvc, officer, p1.id(), 20, false, "6222021111000033");
		long lockedGross = 0;
		for (String m : new String[] { year + "-01", year + "-02" }) {
			lockedGross += body(mvc.perform(post("/api/v1/pay/months/{m}/compute", m).with(officer).with(csrf()))
				.andExpect(status().isOk())).get("grossFen").asLong();
			mvc.perform(post("/api/v1/pay/months/{m}/lock", m).with(officer).with(csrf())).andExpect(status().isOk());
		}
		// March is computed, not locked: left out and named.
		mvc.perform(post("/api/v1/pay/months/{m}/compute", year + "-03").with(officer).with(csrf()))
			.andExpect(status().isOk());

		JsonNode r = body(mvc.perform(get("/api/v1/pay/annual").param("year", Integer.toString(year)).with(officer))
			.andExpect(status().isOk()));
		assertThat(r.get("lockedMonths").toString()).isEqualTo("[\"" + year + "-01\",\"" + year + "-02\"]");
		assertThat(r.get("missing")).hasSize(10);
		assertThat(r.at("/missing/0/month").asText()).isEqualTo(year + "-03");
		assertThat(r.at("/missing/0/ownerUnitId").asLong()).isEqualTo(county.bureau().id());
		JsonNode total = r.get("total");
		assertThat(total.get("people").asInt()).isEqualTo(3);
		assertThat(total.get("personMonths").asLong()).isEqualTo(6);
		assertThat(total.get("grossFen").asLong()).isEqualTo(lockedGross);
		assertThat(r.get("units")).hasSize(2);
		// Each row's components sum to its gross; the units' sum to the total's.
		long unitsGross = 0;
		int unitsPeople = 0;
		for (JsonNode u : r.get("units")) {
			long sum = 0;
			for (JsonNode v : u.get("componentsFen")) {
				sum += v.asLong();
			}
			assertThat(sum).isEqualTo(u.get("grossFen").asLong());
			unitsGross += sum;
			unitsPeople += u.get("people").asInt();
			int byType = 0;
			for (JsonNode v : u.get("byEmployment")) {
				byType += v.asInt();
			}
			assertThat(byType).isEqualTo(u.get("people").asInt());
		}
		assertThat(unitsGross).isEqualTo(lockedGross);
		assertThat(unitsPeople).isEqualTo(3);
		for (Iterator<Map.Entry<String, JsonNode>> it = total.get("componentsFen").fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> c = it.next();
			long sum = 0;
			for (JsonNode u : r.get("units")) {
				sum += u.get("componentsFen").get(c.getKey()).asLong();
			}
			assertThat(sum).as(c.getKey()).isEqualTo(c.getValue().asLong());
		}
		assertThat(total.at("/componentsFen/POST_WAGE").asLong()).isEqualTo(6 * 238000L);
		assertThat(total.at("/componentsFen/HEAD_TEACHER_ALLOWANCE").asLong()).isEqualTo(2 * 30000L);
		assertThat(total.at("/componentsFen/BACK_PAY").asLong()).isZero();
		// Gross × 12 ÷ 6 person-months, exact here.
		assertThat(total.get("averageFen").asLong()).isEqualTo(lockedGross * 2);

		// A school sees its own subtree (its teaching point too); another school nothing,
		// and naming a unit outside its scope is refused.
		RequestPostProcessor schoolA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		JsonNode own = body(mvc.perform(get("/api/v1/pay/annual").param("year", Integer.toString(year)).with(schoolA))
			.andExpect(status().isOk()));
		assertThat(own.at("/total/people").asInt()).isEqualTo(3);
		RequestPostProcessor schoolB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		JsonNode other = body(mvc.perform(get("/api/v1/pay/annual").param("year", Integer.toString(year)).with(schoolB))
			.andExpect(status().isOk()));
		assertThat(other.get("units")).isEmpty();
		assertThat(other.at("/total/grossFen").asLong()).isZero();
		mvc.perform(get("/api/v1/pay/annual").param("year", Integer.toString(year))
			.param("unit", Long.toString(county.schoolA().id()))
			.with(schoolB)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/pay/annual/export").param("year", Integer.toString(year)).with(schoolA))
			.andExpect(status().isForbidden());
		// The bureau narrowed to the teaching point.
		JsonNode point = body(mvc
			.perform(get("/api/v1/pay/annual").param("year", Integer.toString(year))
				.param("unit", Long.toString(county.pointA().id()))
				.with(officer))
			.andExpect(status().isOk()));
		assertThat(point.at("/total/people").asInt()).isEqualTo(1);
		mvc.perform(get("/api/v1/pay/annual").param("year", "1999").with(officer))
			.andExpect(status().isUnprocessableContent());

		byte[] sheet = mvc
			.perform(get("/api/v1/pay/annual/export").param("year", Integer.toString(year))
				.with(officer)
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(sheet))) {
			var s = book.getSheetAt(0);
			// Headings, two units, the total, the months not locked.
			assertThat(s.getPhysicalNumberOfRows()).isEqualTo(5);
			assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("发放人数");
			assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(s.getRow(4).getCell(1).getStringCellValue()).contains(year + "-03");
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where actor = ? and action = 'EXPORT' and entity_type = 'pay.annual'",
				Long.class, officerName))
			.isEqualTo(1);

		mvc.perform(get("/pay/annual").param("year", Integer.toString(year))
			.with(officer)
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工资年报")))
			.andExpect(content().string(containsString("尚未锁定")))
			.andExpect(content().string(containsString("岗位工资")))
			.andExpect(content().string(not(containsString("pay.annual."))))
			.andExpect(content().string(not(containsString("POST_WAGE"))));
		mvc.perform(get("/pay/annual").param("year", Integer.toString(year)).with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Annual salary report")));

		// The figures in this county's scope: other tests' far years can meet this one.
		DataScope countyScope = DataScope.unitAndBelow(county.bureau().id());
		Map<String, java.math.BigDecimal> values = figures.compute(new FigureQuery(countyScope, year, null, null));
		assertThat(values.get("pay.annual.people")).isEqualByComparingTo("3");
		assertThat(values.get("pay.annual.lockedMonths")).isEqualByComparingTo("2");
		assertThat(values.get("pay.annual.byComponent.POST_WAGE")).isEqualByComparingTo("14280.00");
		assertThat(figures
			.records("pay.annual.byComponent.POST_WAGE", new FigureQuery(countyScope, year, null, null), 0, 10)
			.total()).isEqualTo(2);
	}

}
