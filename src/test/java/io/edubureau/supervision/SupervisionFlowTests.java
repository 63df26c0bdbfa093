package io.edubureau.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A supervision visit end to end through the API: the supervisor (督学) scores every
 * indicator of the programme (0 and 10 accepted, -1 and 11 refused), records a finding as
 * a rectification item whose deadline is counted from the visit day and moved off a
 * holiday; the school rectifies with evidence, the re-check fails and reopens it, the
 * school rectifies again, the re-check passes and closes it; every wrong step is refused
 * with the reason in the user's language, every transition is in the history and the
 * audit trail; the school's report, its export and the figures count what happened.
 */
@EduBureauTest
class SupervisionFlowTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	@Autowired
	SupervisionFigures figures;

	County county;

	RequestPostProcessor school;

	RequestPostProcessor officer;

	RequestPostProcessor inspector;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
	}

	static String visitJson(long unitId, LocalDate day, int first, int others) {
		StringBuilder scores = new StringBuilder();
		List<String> indicators = SupervisionProgramme.STANDARD_RUNNING.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			scores.append(i == 0 ? "" : ", ")
				.append("{\"indicator\": \"%s\", \"score\": %d}".formatted(indicators.get(i), i == 0 ? first : others));
		}
		return """
				{"unitId": %d, "programme": "STANDARD_RUNNING", "visitedOn": "%s", "supervisors": "王督学、李督学",
				 "summary": "总体规范", "scores": [%s]}""".formatted(unitId, day, scores);
	}

	ResultActions postVisit(RequestPostProcessor who, String body, String lang) throws Exception {
		return mvc.perform(post("/api/v1/supervision/visits").with(who)
			.with(csrf())
			.header("Accept-Language", lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long visit(RequestPostProcessor who, long unitId, LocalDate day) throws Exception {
		String body = postVisit(who, visitJson(unitId, day, 0, 10), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(50))
			.andExpect(jsonPath("$.maxTotal").value(60))
			.andExpect(jsonPath("$.percent").value(83.3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions postItem(RequestPostProcessor who, long visitId, String deadline) throws Exception {
		return mvc.perform(post("/api/v1/supervision/visits/{id}/items", visitId).with(who)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"indicator": "standard.materials", "finding": "违规征订教辅材料", "responsiblePerson": "教务主任"%s}"""
				.formatted(deadline == null ? "" : ", \"deadline\": \"" + deadline + "\"")));
	}

	long item(RequestPostProcessor who, long visitId, String deadline) throws Exception {
		String body = postItem(who, visitId, deadline).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions rectify(RequestPostProcessor who, long itemId, MockMultipartFile file, String lang) throws Exception {
		var request = multipart("/api/v1/supervision/items/{id}/rectification", itemId).param("note", "已全部退订")
			.param("rectifiedOn", LocalDate.now().toString())
			.with(who)
			.with(csrf())
			.header("Accept-Language", lang);
		if (file != null) {
			request.file(file);
		}
		return mvc.perform(request);
	}

	ResultActions recheck(RequestPostProcessor who, long itemId, String body, String lang) throws Exception {
		return mvc.perform(post("/api/v1/supervision/items/{id}/recheck", itemId).with(who)
			.with(csrf())
			.header("Accept-Language", lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "整改材料.pdf", "application/pdf", PDF);
	}

	@Test
	void scoresAreFromZeroToTenBothIncludedAndCoverTheWholeIndicatorSet() throws Exception {
		LocalDate day = LocalDate.now().minusDays(2);
		postVisit(inspector, visitJson(county.schoolA().id(), day, 11, 10), "zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("scores.standard.enrolment"))
			.andExpect(jsonPath("$.errors[0].message", containsString("得分 11 不在 0 至 10 分之间")));
		postVisit(inspector, visitJson(county.schoolA().id(), day, -1, 10), "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("not between 0 and 10")));
		postVisit(inspector, visitJson(county.schoolA().id(), day, 10, 0), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(10));
		// A missing indicator is named in the reader's language.
		postVisit(inspector,
				"""
						{"unitId": %d, "programme": "DOUBLE_REDUCTION", "visitedOn": "%s", "supervisors": "王督学",
						 "scores": [{"indicator": "doubleReduction.homework", "score": 9}]}"""
					.formatted(county.schoolA().id(), day),
				"zh-CN")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("课后服务"))));
		// Not in the future; the bureau is not a school; the school does not supervise
		// itself.
		postVisit(inspector, visitJson(county.schoolA().id(), LocalDate.now().plusDays(1), 5, 5), "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("visitedOn"));
		postVisit(inspector, visitJson(county.bureau().id(), day, 5, 5), "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		postVisit(school, visitJson(county.schoolA().id(), day, 5, 5), "en").andExpect(status().isForbidden());
		mvc.perform(
				get("/supervision?programme=BALANCED_DEVELOPMENT").with(inspector).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生均教学仪器设备值")))
			.andExpect(content().string(not(containsString("BALANCED_DEVELOPMENT<"))));
		mvc.perform(get("/api/v1/supervision/programmes").with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.BALANCED_DEVELOPMENT.length()").value(10));
	}

	@Test
	void anItemClosesOnlyAfterEvidenceAndAPassedRecheckWithEveryStepInItsHistory() throws Exception {
		long visit = visit(inspector, county.schoolA().id(), LocalDate.now().minusDays(3));
		long item = item(inspector, visit, LocalDate.now().plusDays(20).toString());

		// Closing an open item: refused, the reason in the user's language.
		recheck(inspector, item, "{\"passed\": true}", "zh-CN").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("当前状态为“待整改”，不能改为“已销号”")));
		recheck(inspector, item, "{\"passed\": true}", "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("“Open” and cannot become “Closed”")));
		// The school does not re-check its own items, nor the inspector rectify them.
		recheck(school, item, "{\"passed\": true}", "en").andExpect(status().isForbidden());
		rectify(inspector, item, pdf(), "en").andExpect(status().isForbidden());
		// No rectification without evidence, nor with a file that is not a scan.
		rectify(school, item, null, "zh-CN").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("没有佐证材料不能登记整改")));
		rectify(school, item, new MockMultipartFile("file", "x.pdf", "application/pdf", "<html>".getBytes()), "en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("not a PDF, JPEG or PNG")));
		mvc.perform(get("/api/v1/supervision/items/{id}", item).with(school))
			.andExpect(jsonPath("$.item.status").value("OPEN"))
			.andExpect(jsonPath("$.evidence.length()").value(0));

		rectify(school, item, pdf(), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("RECTIFIED"));
		rectify(school, item, pdf(), "en").andExpect(status().isUnprocessableContent());
		// A failed re-check needs a note, then reopens the item.
		recheck(inspector, item, "{\"passed\": false}", "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		recheck(inspector, item, "{\"passed\": false, \"note\": \"仍有一个年级在用\"}", "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("REOPENED"));
		recheck(inspector, item, "{\"passed\": true}", "en").andExpect(status().isUnprocessableContent());
		rectify(school, item, pdf(), "en").andExpect(status().isOk());
		String closed = recheck(officer, item, "{\"passed\": true, \"note\": \"复查合格\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("CLOSED"))
			.andExpect(jsonPath("$.item.closedOn").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.evidence.length()").value(2))
			.andExpect(jsonPath("$.loopReasons[0]",
					startsWith("Closed after a passed re-check with evidence on record (2).")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> from = JsonPath.read(closed, "$.history[*].from");
		List<String> to = JsonPath.read(closed, "$.history[*].to");
		assertThat(from).containsExactly(null, "OPEN", "RECTIFIED", "REOPENED", "RECTIFIED");
		assertThat(to).containsExactly("OPEN", "RECTIFIED", "REOPENED", "RECTIFIED", "CLOSED");
		rectify(school, item, pdf(), "en").andExpect(status().isUnprocessableContent());

		long evidence = ((Number) JsonPath.read(closed, "$.evidence[0].id")).longValue();
		mvc.perform(get("/api/v1/supervision/items/{id}/evidence/{e}", item, evidence).with(school))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(PDF));

		List<AuditEntryView> entries = audit
			.search(new AuditQuery(null, "supervision.item", String.valueOf(item), null, null, null),
					PageRequest.of(0, 50))
			.getContent();
		assertThat(entries).hasSize(5);
		assertThat(audit
			.search(new AuditQuery(null, "supervision.visit", String.valueOf(visit), null, null, null),
					PageRequest.of(0, 50))
			.getContent()).hasSize(1);

		// The school's report, page and export, and the figures of its year.
		int year = LocalDate.now().minusDays(3).getYear();
		mvc.perform(get("/api/v1/supervision/schools/{u}/report?year=" + year, county.schoolA().id()).with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.visits.length()").value(1))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.closed").value(1));
		mvc.perform(get("/supervision/schools/{u}?year=" + year, county.schoolA().id()).with(school)
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("教辅材料管理")))
			.andExpect(content().string(containsString("已销号")))
			.andExpect(content().string(not(containsString("STANDARD_RUNNING"))));
		mvc.perform(
				get("/api/v1/supervision/schools/{u}/report/export?year=" + year, county.schoolA().id()).with(school)
					.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")));
		assertThat(audit
			.search(new AuditQuery(null, "supervision.report", String.valueOf(county.schoolA().id()), null, null, null),
					PageRequest.of(0, 50))
			.getContent()).hasSize(1);
		FigureQuery q = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), year, LocalDate.of(year, 12, 31),
				null);
		Map<String, BigDecimal> values = figures.compute(q);
		assertThat(values).containsEntry("supervision.visits", BigDecimal.ONE)
			.containsEntry("supervision.findings", BigDecimal.ONE);
		assertThat(values.get("supervision.rectified"))
			.isEqualTo(LocalDate.now().getYear() == year ? BigDecimal.ONE : BigDecimal.ZERO);
		assertThat(figures.records("supervision.findings", q, 0, 10).rows()).hasSize(1)
			.allMatch(r -> r.get(1).equals("违规征订教辅材料"));
	}

	@Test
	void withoutADayTheDeadlineIsThePeriodFromTheVisitMovedOffAHoliday() throws Exception {
		// 30 days from 1 September 2025 end on 1 October, in the National Day holiday
		// (1–8
		// October); the next working day is 9 October.
		long visit = visit(inspector, county.schoolA().id(), LocalDate.of(2025, 9, 1));
		long item = item(inspector, visit, null);
		mvc.perform(get("/api/v1/supervision/items/{id}", item).with(school).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.deadline").value("2025-10-09"))
			.andExpect(jsonPath("$.item.overdue").value(true))
			.andExpect(jsonPath("$.deadlineReasons[*]", hasItem(containsString("2025-10-09"))))
			// The shared closed-loop rule: open, and overdue from the day after the
			// deadline.
			.andExpect(jsonPath("$.loopReasons[0]", containsString("复查合格后方可销号")))
			.andExpect(jsonPath("$.loopReasons[1]", containsString("自 2025-10-10 起")));
		// A day given is kept, but not before the visit nor more than a year after it.
		postItem(inspector, visit, "2025-08-31").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		postItem(inspector, visit, "2026-09-02").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		postItem(inspector, visit, "2026-09-01").andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2026-09-01"));

		// The school's annual summary of 2025 names its visit and finding; nothing was
		// closed
		// that year, so that clause is left out, and a school without visits has no
		// sentence.
		mvc.perform(get("/api/v1/reports/annual-summary/document?year=2025&format=html&lang=zh").with(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("加强教育督导。全年开展督导检查1校次，发现问题2个。")))
			.andExpect(content().string(not(containsString("已整改销号"))));
		mvc.perform(get("/api/v1/reports/annual-summary/document?year=2025&format=html&lang=en").with(school))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Supervision: 1 supervision visit was made to schools, with 2 findings to put right.")));
		mvc.perform(get("/api/v1/reports/annual-summary/document?year=2025&format=html&lang=zh")
			.with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("教育督导"))));
	}

	@Test
	void anItemIsOverdueTheDayAfterItsDeadlineUntilClosed() throws Exception {
		long visit = visit(inspector, county.schoolA().id(), LocalDate.now().minusDays(10));
		long yesterday = item(inspector, visit, LocalDate.now().minusDays(1).toString());
		long today = item(inspector, visit, LocalDate.now().toString());
		long closedLate = item(inspector, visit, LocalDate.now().minusDays(2).toString());
		rectify(school, closedLate, pdf(), "en").andExpect(status().isOk());
		recheck(officer, closedLate, "{\"passed\": true}", "en").andExpect(status().isOk());
		String overdue = mvc.perform(get("/api/v1/supervision/items?overdue=true").with(school))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(overdue, "$.content[*].id");
		assertThat(ids.stream().map(Number::longValue).toList()).contains(yesterday).doesNotContain(today, closedLate);
		// The one page shape of every list (docs/api.md), paged in the query.
		mvc.perform(get("/api/v1/supervision/items?overdue=true&size=1").with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(ids.size()));
		mvc.perform(get("/api/v1/supervision/items?size=0").with(school)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/supervision/visits?page=-1").with(school)).andExpect(status().isBadRequest());
		mvc.perform(get("/supervision/items?overdue=true").with(school).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/supervision/items/" + yesterday)))
			.andExpect(content().string(not(containsString("/supervision/items/" + today + "\""))));
	}

	String home(RequestPostProcessor who, String lang) throws Exception {
		return mvc.perform(get("/").with(who).header("Accept-Language", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anOverdueItemEscalatesOnTheHomePagesOfItsScopeUntilClosed() throws Exception {
		long visit = visit(inspector, county.schoolA().id(), LocalDate.now().minusDays(10));
		long late = item(inspector, visit, LocalDate.now().minusDays(1).toString());
		long dueToday = item(inspector, visit, LocalDate.now().toString());

		// Overdue the day after the deadline, not on it: the bureau's home counts one.
		assertThat(home(officer, "zh-CN")).contains("id=\"task-count-supervisionOverdue\">1<")
			.contains("逾期未整改的督导问题")
			.contains("/supervision/items/" + late + "\"")
			.contains("测试甲小学 · 违规征订教辅材料")
			.contains("整改期限 " + LocalDate.now().minusDays(1))
			.doesNotContain("/supervision/items/" + dueToday + "\"");
		assertThat(home(school, "en")).contains("id=\"task-count-supervisionOverdue\">1<")
			.contains("Supervision rectification items past their deadline")
			.contains("href=\"/supervision/items?overdue=true\"");
		// Another school's home does not see it.
		RequestPostProcessor schoolB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		assertThat(home(schoolB, "zh-CN")).contains("id=\"task-count-supervisionOverdue\">0<")
			.doesNotContain("/supervision/items/" + late + "\"");

		// Rectified it is still open; closed by a passed re-check it leaves the list.
		rectify(school, late, pdf(), "en").andExpect(status().isOk());
		assertThat(home(officer, "en")).contains("id=\"task-count-supervisionOverdue\">1<");
		recheck(officer, late, "{\"passed\": true}", "en").andExpect(status().isOk());
		assertThat(home(officer, "en")).contains("id=\"task-count-supervisionOverdue\">0<")
			.doesNotContain("/supervision/items/" + late + "\"");
	}

}
