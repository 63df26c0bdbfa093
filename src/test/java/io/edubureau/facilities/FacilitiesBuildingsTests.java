package io.edubureau.facilities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * School buildings and dangerous buildings (校舍、危房): a building recorded, appraised C (a
 * dangerous building that needs a plan, listed until it has one), its plan's deadline at
 * both ends of its range, a D building kept out of use until appraised again, a
 * demolished one kept but closed; the figures by the grade on 31 December of each year,
 * with their lineage and the summary's clause; the data scope of another school.
 */
@EduBureauTest
class FacilitiesBuildingsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FacilitiesFigures figures;

	County county;

	RequestPostProcessor school;

	RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
	}

	ResultActions send(RequestPostProcessor who, String path, String json) throws Exception {
		return mvc.perform(post(path).with(who)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	ResultActions newBuilding(String name, Object floors, int area, int built) throws Exception {
		return send(school, "/api/v1/facilities/buildings", """
				{"unitId": %d, "name": "%s", "use": "TEACHING", "floors": %s, "floorArea": %d, "yearBuilt": %d,
				 "structure": "BRICK_CONCRETE"}""".formatted(county.schoolA().id(), name, floors, area, built));
	}

	long building(String name, int area, int built) throws Exception {
		String body = newBuilding(name, 3, area, built).andExpect(status().isOk())
			.andExpect(jsonPath("$.building.status").value("IN_USE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.building.id")).longValue();
	}

	ResultActions appraise(long id, String grade, LocalDate on) throws Exception {
		return send(school, "/api/v1/facilities/buildings/" + id + "/appraisals",
				"{\"grade\": \"%s\", \"appraisedOn\": \"%s\"}".formatted(grade, on));
	}

	ResultActions plan(long id, String remedy, LocalDate deadline) throws Exception {
		return send(school, "/api/v1/facilities/buildings/" + id + "/plan",
				"{\"remedy\": \"%s\", \"deadline\": \"%s\"}".formatted(remedy, deadline));
	}

	ResultActions changeStatus(long id, String to, LocalDate on) throws Exception {
		return send(school, "/api/v1/facilities/buildings/" + id + "/status",
				"{\"status\": \"%s\", \"on\": \"%s\"}".formatted(to, on));
	}

	@Test
	void aGradeCBuildingIsDangerousAndListedUntilItHasAPlanWithinItsDeadlineRange() throws Exception {
		// Floors from 1 to 50, both included.
		newBuilding("零层", 0, 100, 2000).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("floors"));
		newBuilding("五十一层", 51, 100, 2000).andExpect(status().isUnprocessableContent());
		newBuilding("五十层", 50, 100, 2000).andExpect(status().isOk());
		long id = building("老教学楼", 1200, 1988);
		LocalDate appraised = LocalDate.of(2025, 3, 10);
		// A plan needs a dangerous building first.
		plan(id, "REINFORCEMENT", appraised.plusMonths(6)).andExpect(status().isUnprocessableContent());
		appraise(id, "C", appraised).andExpect(status().isOk())
			.andExpect(jsonPath("$.building.dangerous").value(true))
			.andExpect(jsonPath("$.building.needsPlan").value(true))
			.andExpect(jsonPath("$.reasons[0]", containsString("局部危房")));
		// Appraisals go forward: not before the last one, not in the future.
		appraise(id, "B", appraised.minusDays(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("appraisedOn"));
		appraise(id, "B", LocalDate.now().plusDays(1)).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/facilities/buildings").param("filter", "WITHOUT_PLAN").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));

		// The deadline: from the appraisal day to five years after it, both included.
		plan(id, "REINFORCEMENT", appraised.minusDays(1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		plan(id, "REINFORCEMENT", appraised.plusYears(5).plusDays(1)).andExpect(status().isUnprocessableContent());
		plan(id, "REINFORCEMENT", appraised.plusYears(5)).andExpect(status().isOk())
			.andExpect(jsonPath("$.building.needsPlan").value(false))
			.andExpect(jsonPath("$.building.remedy").value("REINFORCEMENT"));
		mvc.perform(get("/api/v1/facilities/buildings").param("filter", "WITHOUT_PLAN").with(officer))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		mvc.perform(get("/api/v1/facilities/buildings").param("filter", "DANGEROUS").with(officer))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		// Reinforced and appraised A again, it is no longer a dangerous building.
		appraise(id, "A", LocalDate.of(2026, 6, 1)).andExpect(status().isOk())
			.andExpect(jsonPath("$.building.dangerous").value(false));
		mvc.perform(get("/api/v1/facilities/buildings/{id}", id).with(school))
			.andExpect(jsonPath("$.history.length()").value(4))
			.andExpect(jsonPath("$.history[1].grade").value("C"))
			.andExpect(jsonPath("$.history[2].remedy").value("REINFORCEMENT"));

		// Another school does not find it.
		RequestPostProcessor schoolB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		mvc.perform(get("/api/v1/facilities/buildings/{id}", id).with(schoolB)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/facilities/buildings").with(schoolB))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		send(schoolB, "/api/v1/facilities/buildings/" + id + "/appraisals",
				"{\"grade\": \"D\", \"appraisedOn\": \"2026-07-01\"}")
			.andExpect(status().isNotFound());
	}

	@Test
	void aGradeDBuildingStaysOutOfUseUntilAppraisedAgainAndADemolishedOneIsKeptClosed() throws Exception {
		long id = building("旧平房", 300, 1979);
		appraise(id, "D", LocalDate.of(2025, 5, 1)).andExpect(status().isOk());
		changeStatus(id, "OUT_OF_USE", LocalDate.of(2025, 5, 2)).andExpect(status().isOk());
		changeStatus(id, "IN_USE", LocalDate.of(2025, 6, 1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("D级")));
		changeStatus(id, "DEMOLISHED", LocalDate.of(2025, 8, 1)).andExpect(status().isOk())
			.andExpect(jsonPath("$.building.status").value("DEMOLISHED"))
			.andExpect(jsonPath("$.building.dangerous").value(false));
		changeStatus(id, "IN_USE", LocalDate.of(2025, 9, 1)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("已拆除")));
		appraise(id, "A", LocalDate.of(2025, 9, 1)).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/facilities/buildings/{id}", id).with(officer)).andExpect(status().isOk());
	}

	@Test
	void theFiguresCountTheBuildingsStandingOn31DecemberByTheirGradeThen() throws Exception {
		long old = building("老教学楼", 1000, 2010);
		building("新教学楼", 500, 2010);
		building("今年新建", 700, LocalDate.now().getYear());
		appraise(old, "C", LocalDate.of(2025, 3, 1)).andExpect(status().isOk());
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		// 2024: both standing, no appraisal yet, nothing dangerous; this year's building
		// not
		// yet built.
		Map<String, BigDecimal> y2024 = figures.compute(new FigureQuery(scope, 2024, LocalDate.of(2024, 12, 31), null));
		assertThat(y2024.get("facilities.buildings.area")).isEqualByComparingTo("1500");
		assertThat(y2024.get("facilities.dangerous.count")).isEqualByComparingTo("0");
		FigureQuery q2025 = new FigureQuery(scope, 2025, LocalDate.of(2025, 12, 31), null);
		Map<String, BigDecimal> y2025 = figures.compute(q2025);
		assertThat(y2025.get("facilities.buildings.area")).isEqualByComparingTo("1500");
		assertThat(y2025.get("facilities.dangerous.count")).isEqualByComparingTo("1");
		assertThat(y2025.get("facilities.dangerous.area")).isEqualByComparingTo("1000");
		assertThat(figures.records("facilities.dangerous.count", q2025, 0, 10).rows()).hasSize(1)
			.allSatisfy(r -> assertThat(r).contains("老教学楼", "enum.AppraisalGrade.C"));
		assertThat(figures.records("facilities.buildings.area", q2025, 0, 10).total()).isEqualTo(2);

		// Demolished this year: still standing at the end of 2025, gone at the end of
		// this
		// year.
		changeStatus(old, "DEMOLISHED", LocalDate.now()).andExpect(status().isOk());
		assertThat(figures.compute(q2025).get("facilities.dangerous.count")).isEqualByComparingTo("1");
		int thisYear = LocalDate.now().getYear();
		Map<String, BigDecimal> now = figures
			.compute(new FigureQuery(scope, thisYear, LocalDate.of(thisYear, 12, 31), null));
		assertThat(now.get("facilities.buildings.area")).isEqualByComparingTo("1200");
		assertThat(now.get("facilities.dangerous.count")).isEqualByComparingTo("0");

		// The summary's clause names the dangerous buildings of 2025 and leaves them out
		// this year.
		mvc.perform(get("/api/v1/reports/annual-summary/document?year=2025&format=html&lang=zh").with(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全校校舍建筑面积1500平方米，其中C、D级危房1栋、1000平方米。")));
		mvc.perform(
				get("/api/v1/reports/annual-summary/document?year=" + thisYear + "&format=html&lang=zh").with(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全校校舍建筑面积1200平方米。")));
	}

	@Test
	void thePagesAreInChineseWithoutCodes() throws Exception {
		long id = building("实验楼", 800, 2005);
		appraise(id, "C", LocalDate.of(2025, 4, 1)).andExpect(status().isOk());
		mvc.perform(get("/facilities/buildings").param("filter", "WITHOUT_PLAN")
			.with(school)
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("无处置计划的危房")))
			.andExpect(content().string(containsString("C级（局部危房）")))
			// Codes only as form values, never as text.
			.andExpect(content().string(not(containsString(">BRICK_CONCRETE<"))))
			.andExpect(content().string(not(containsString(">C<"))))
			.andExpect(content().string(not(containsString("WITHOUT_PLAN<"))));
		mvc.perform(get("/facilities/buildings/{id}", id).with(school).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("砖混结构")))
			.andExpect(content().string(containsString("尚未制定加固或拆除计划")));
		mvc.perform(get("/facilities/buildings").param("filter", "NONSENSE").with(school))
			.andExpect(status().isBadRequest());
	}

}
