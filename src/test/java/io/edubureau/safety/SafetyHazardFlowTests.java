package io.edubureau.safety;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
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
 * The closed loop of a hazard through the API: found by the school's inspection,
 * rectified with evidence, re-checked by the bureau (failed → reopened → rectified again
 * → passed → closed), every wrong step refused with the reason in the user's language,
 * every transition in the history and the audit trail; and overdue hazards on the overdue
 * list and the home page.
 */
@EduBureauTest
class SafetyHazardFlowTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor school;

	RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		school = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
	}

	static String inspectionJson(long unitId, LocalDate day, String failedNote) {
		return """
				{"unitId": %d, "kind": "FIRE", "inspectedOn": "%s", "inspector": "张检查",
				 "results": [{"itemCode": "fire.extinguishers", "passed": false, "note": %s},
				             {"itemCode": "fire.exits", "passed": true},
				             {"itemCode": "fire.alarm", "passed": true},
				             {"itemCode": "fire.wiring", "passed": true}]}
				""".formatted(unitId, day, failedNote == null ? "null" : "\"" + failedNote + "\"");
	}

	long inspection(RequestPostProcessor who, long unitId, LocalDate day) throws Exception {
		String body = mvc
			.perform(post("/api/v1/safety/inspections").with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(inspectionJson(unitId, day, "灭火器过期")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.failedItems").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	long hazard(RequestPostProcessor who, long inspectionId, LocalDate deadline) throws Exception {
		String body = mvc
			.perform(post("/api/v1/safety/inspections/{id}/hazards", inspectionId).with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"itemCode": "fire.extinguishers", "level": "SERIOUS", "description": "三楼灭火器过期",
						 "responsiblePerson": "李总务", "deadline": "%s"}""".formatted(deadline)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("FOUND"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	ResultActions rectify(RequestPostProcessor who, long hazardId, MockMultipartFile file, String lang)
			throws Exception {
		var request = multipart("/api/v1/safety/hazards/{id}/rectification", hazardId).param("note", "已更换灭火器")
			.param("rectifiedOn", LocalDate.now().toString())
			.with(who)
			.with(csrf())
			.header("Accept-Language", lang);
		if (file != null) {
			request.file(file);
		}
		return mvc.perform(request);
	}

	ResultActions recheck(RequestPostProcessor who, long hazardId, String body, String lang) throws Exception {
		return mvc.perform(post("/api/v1/safety/hazards/{id}/recheck", hazardId).with(who)
			.with(csrf())
			.header("Accept-Language", lang)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "整改照片.pdf", "application/pdf", PDF);
	}

	@Test
	void aHazardClosesOnlyAfterEvidenceAndAPassedRecheckWithEveryStepInItsHistory() throws Exception {
		LocalDate day = LocalDate.now().minusDays(3);
		long hazard = hazard(school, inspection(school, county.schoolA().id(), day), LocalDate.now().plusDays(7));

		// Closing a found hazard: refused, the reason in the user's language.
		recheck(officer, hazard, "{\"passed\": true}", "zh-CN").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("“已发现”的隐患不能转为“已销号”")));
		recheck(officer, hazard, "{\"passed\": true}", "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("“found” cannot become “closed”")));
		// The school does not re-check its own hazards.
		recheck(school, hazard, "{\"passed\": true}", "en").andExpect(status().isForbidden());
		// No rectification without evidence, nor with a file that is not a scan.
		rectify(school, hazard, null, "zh-CN").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message", containsString("没有佐证材料不能登记整改")));
		rectify(school, hazard, new MockMultipartFile("file", "evidence.pdf", "application/pdf", "<html>".getBytes()),
				"en")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("not a PDF, JPEG or PNG")));
		mvc.perform(get("/api/v1/safety/hazards/{id}", hazard).with(school))
			.andExpect(jsonPath("$.hazard.status").value("FOUND"))
			.andExpect(jsonPath("$.rectifications.length()").value(0));

		rectify(school, hazard, pdf(), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.hazard.status").value("RECTIFIED"))
			.andExpect(jsonPath("$.rectifications[0].contentType").value("application/pdf"));
		// Rectified twice without a re-check in between: refused.
		rectify(school, hazard, pdf(), "en").andExpect(status().isUnprocessableContent());
		// A failed re-check needs a note, then reopens the hazard.
		recheck(officer, hazard, "{\"passed\": false}", "en").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		recheck(officer, hazard, "{\"passed\": false, \"note\": \"仍有两具过期\"}", "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.hazard.status").value("REOPENED"));
		recheck(officer, hazard, "{\"passed\": true}", "en").andExpect(status().isUnprocessableContent());

		rectify(school, hazard, pdf(), "en").andExpect(status().isOk())
			.andExpect(jsonPath("$.hazard.status").value("RECTIFIED"));
		String closed = recheck(officer, hazard, "{\"passed\": true, \"note\": \"复查合格\"}", "en")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hazard.status").value("CLOSED"))
			.andExpect(jsonPath("$.hazard.closedOn").value(LocalDate.now().toString()))
			.andExpect(jsonPath("$.rectifications.length()").value(2))
			// Where it stands, worded by the shared closed-loop rule.
			.andExpect(jsonPath("$.loopReasons[0]",
					startsWith("Closed after a passed re-check with evidence on record (2).")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> from = JsonPath.read(closed, "$.history[*].from");
		List<String> to = JsonPath.read(closed, "$.history[*].to");
		assertThat(from).containsExactly(null, "FOUND", "RECTIFIED", "REOPENED", "RECTIFIED");
		assertThat(to).containsExactly("FOUND", "RECTIFIED", "REOPENED", "RECTIFIED", "CLOSED");
		List<String> actors = JsonPath.read(closed, "$.history[*].actor");
		assertThat(actors).allMatch(a -> a.startsWith("school_admin-") || a.startsWith("bureau_officer-"));
		// A closed hazard stays closed.
		rectify(school, hazard, pdf(), "en").andExpect(status().isUnprocessableContent());
		recheck(officer, hazard, "{\"passed\": false, \"note\": \"x\"}", "en")
			.andExpect(status().isUnprocessableContent());

		// The evidence is served as an attachment that is never sniffed.
		long evidence = ((Number) JsonPath.read(closed, "$.rectifications[0].id")).longValue();
		mvc.perform(get("/api/v1/safety/hazards/{id}/rectifications/{r}/evidence", hazard, evidence).with(officer))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(PDF));

		List<AuditEntryView> entries = audit
			.search(new AuditQuery(null, "safety.hazard", String.valueOf(hazard), null, null, null),
					PageRequest.of(0, 50))
			.getContent();
		assertThat(entries).hasSize(5);
	}

	@Test
	void anInspectionCoversItsWholeChecklistAndAFailedItemSaysWhy() throws Exception {
		mvc.perform(post("/api/v1/safety/inspections").with(school)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "kind": "FIRE", "inspectedOn": "%s", "inspector": "张检查",
					 "results": [{"itemCode": "fire.exits", "passed": true}]}""".formatted(county.schoolA().id(),
					LocalDate.now())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(containsString("灭火器、消火栓配备齐全且在有效期内"))));
		mvc.perform(post("/api/v1/safety/inspections").with(school)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(inspectionJson(county.schoolA().id(), LocalDate.now(), null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("results.fire.extinguishers"));
		mvc.perform(post("/api/v1/safety/inspections").with(school)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(inspectionJson(county.schoolA().id(), LocalDate.now().plusDays(1), "x")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("inspectedOn"));
		// A deadline before the inspection day is refused.
		long inspection = inspection(school, county.schoolA().id(), LocalDate.now());
		mvc.perform(post("/api/v1/safety/inspections/{id}/hazards", inspection).with(school)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"level": "GENERAL", "description": "d", "responsiblePerson": "p", "deadline": "%s"}"""
				.formatted(LocalDate.now().minusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("deadline"));
		// The bureau (a unit that is not a school) is no inspected unit.
		mvc.perform(post("/api/v1/safety/inspections").with(officer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(inspectionJson(county.bureau().id(), LocalDate.now(), "x")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
	}

	@Test
	void aHazardIsOverdueTheDayAfterItsDeadlineUntilClosedAndTheHomePageSaysSo() throws Exception {
		LocalDate day = LocalDate.now().minusDays(10);
		long inspection = inspection(school, county.schoolA().id(), day);
		long yesterday = hazard(school, inspection, LocalDate.now().minusDays(1));
		long today = hazard(school, inspection, LocalDate.now());
		long closedLate = hazard(school, inspection, LocalDate.now().minusDays(2));
		rectify(school, closedLate, pdf(), "en").andExpect(status().isOk());
		recheck(officer, closedLate, "{\"passed\": true}", "en").andExpect(status().isOk());

		String overdue = mvc.perform(get("/api/v1/safety/hazards?overdue=true").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Number> ids = JsonPath.read(overdue, "$.content[*].id");
		assertThat(ids.stream().map(Number::longValue).toList()).contains(yesterday).doesNotContain(today, closedLate);
		// The one page shape of every list (docs/api.md), paged in the query.
		mvc.perform(get("/api/v1/safety/hazards?overdue=true&size=1").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(ids.size()));
		for (String bad : List.of("hazards?size=0", "hazards?size=201", "inspections?page=-1", "drills?size=0",
				"incidents?page=-1")) {
			mvc.perform(get("/api/v1/safety/" + bad).with(officer)).andExpect(status().isBadRequest());
		}
		mvc.perform(get("/api/v1/safety/hazards/{id}", today).with(officer))
			.andExpect(jsonPath("$.hazard.overdue").value(false));

		mvc.perform(get("/").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"task-hazardsOverdue\"")))
			.andExpect(content().string(containsString("/safety/hazards/" + yesterday)))
			.andExpect(content().string(not(containsString("/safety/hazards/" + today + "\""))));
		mvc.perform(get("/safety/hazards?overdue=true").with(school).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("逾期未整改隐患")))
			.andExpect(content().string(containsString("/safety/hazards/" + yesterday)));
	}

	long hazardWithoutDeadline(long inspectionId) throws Exception {
		String body = mvc
			.perform(post("/api/v1/safety/inspections/{id}/hazards", inspectionId).with(school)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"level": "GENERAL", "description": "楼梯扶手松动", "responsiblePerson": "李总务"}"""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	String deadlineOfHazardFoundOn(LocalDate day) throws Exception {
		long hazard = hazardWithoutDeadline(inspection(school, county.schoolA().id(), day));
		String body = mvc.perform(get("/api/v1/safety/hazards/{id}", hazard).with(school))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlineReasons[0]", containsString("30")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.hazard.deadline");
	}

	@Test
	void withoutADayTheDeadlineIsTheRectificationPeriodMovedOffRestDaysByTheHolidayCalendar() throws Exception {
		// 30 days (the default local parameter) from 7 May 2025 end on Friday 6 June, a
		// working day: kept.
		assertThat(deadlineOfHazardFoundOn(LocalDate.of(2025, 5, 7))).isEqualTo("2025-06-06");
		// From 8 May they end on Saturday 7 June: moved to Monday 9 June.
		assertThat(deadlineOfHazardFoundOn(LocalDate.of(2025, 5, 8))).isEqualTo("2025-06-09");
		// From 1 September they end on 1 October, in the National Day holiday (1–8
		// October): moved to 9 October.
		assertThat(deadlineOfHazardFoundOn(LocalDate.of(2025, 9, 1))).isEqualTo("2025-10-09");
		// From 29 August they end on Sunday 28 September, a make-up working day: kept.
		assertThat(deadlineOfHazardFoundOn(LocalDate.of(2025, 8, 29))).isEqualTo("2025-09-28");

		// The reasons name the count and the move, in the user's language.
		long moved = hazardWithoutDeadline(inspection(school, county.schoolA().id(), LocalDate.of(2025, 5, 8)));
		mvc.perform(get("/api/v1/safety/hazards/{id}", moved).with(school).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.deadlineReasons.length()").value(2))
			.andExpect(jsonPath("$.deadlineReasons[0]", containsString("2025-06-07")))
			.andExpect(jsonPath("$.deadlineReasons[1]", containsString("2025-06-09")));
		mvc.perform(get("/safety/hazards/{id}", moved).with(school).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("整改期限的计算")))
			.andExpect(content().string(containsString("2025-06-09")));
		long kept = hazardWithoutDeadline(inspection(school, county.schoolA().id(), LocalDate.of(2025, 5, 7)));
		mvc.perform(get("/api/v1/safety/hazards/{id}", kept).with(school))
			.andExpect(jsonPath("$.deadlineReasons.length()").value(1));

		// A day the inspector gives is kept as given, even a Saturday, with no reasons.
		long given = hazard(school, inspection(school, county.schoolA().id(), LocalDate.of(2025, 5, 8)),
				LocalDate.of(2025, 6, 7));
		mvc.perform(get("/api/v1/safety/hazards/{id}", given).with(school))
			.andExpect(jsonPath("$.hazard.deadline").value("2025-06-07"))
			.andExpect(jsonPath("$.deadlineReasons.length()").value(0));
	}

}
