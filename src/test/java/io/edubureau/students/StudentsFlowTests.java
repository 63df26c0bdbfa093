package io.edubureau.students;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The register end to end through the API: registration with a checked or temporary
 * number, masking and audited reads, events with guarded transitions, the dropout case
 * opened by a dropout of compulsory age and closed by the return, transfers decided by
 * the receiving school with the history kept, the set-based promotion, and the data
 * scope.
 */
@EduBureauTest
class StudentsFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor adminA;

	RequestPostProcessor adminB;

	RequestPostProcessor officer;

	RequestPostProcessor inspector;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
	}

	String body(String idNumber, long unitId, String stage, int grade, LocalDate entry) {
		return """
				{"idNumber": %s, "name": "王小明", "household": "RURAL", "leftBehind": true, "boarder": true,
				 "guardianName": "王大明", "guardianPhone": "13912345678", "unitId": %d, "stage": "%s",
				 "grade": %d, "className": "1班", "entryDate": "%s"}"""
			.formatted(idNumber == null ? "null" : "\"" + idNumber + "\"", unitId, stage, grade, entry);
	}

	long register(RequestPostProcessor who, String idNumber, long unitId, String stage, int grade, LocalDate entry)
			throws Exception {
		String json = mvc
			.perform(post("/api/v1/students").with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(idNumber, unitId, stage, grade, entry)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	@Test
	void registrationChecksTheNumberMasksForReadersWithoutTheRightAndAuditsReads() throws Exception {
		String number = accounts.idNumber(LocalDate.of(2016, 3, 4), false);
		long id = register(adminA, number, county.schoolA().id(), "PRIMARY", 4, LocalDate.of(2022, 9, 1));
		mvc.perform(get("/api/v1/students/{id}", id).with(adminA))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.student.idNumber").value(number))
			.andExpect(jsonPath("$.student.sex").value("MALE"))
			.andExpect(jsonPath("$.student.birthDate").value("2016-03-04"))
			.andExpect(jsonPath("$.student.guardianPhone").value("13912345678"));
		mvc.perform(get("/api/v1/students/{id}", id).with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.student.idNumber").value(number.substring(0, 6) + "********" + number.substring(14)))
			.andExpect(jsonPath("$.student.birthDate").value("2016-03"))
			.andExpect(jsonPath("$.student.guardianPhone").value("139****5678"))
			.andExpect(content().string(not(containsString(number))));
		// the one page shape of the API (PagedModel: content and page)
		mvc.perform(get("/api/v1/students?unit={u}", county.schoolA().id()).with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content", hasSize(1)))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.page.size").value(50))
			.andExpect(jsonPath("$.pageable").doesNotExist())
			.andExpect(content().string(not(containsString("13912345678"))));
		List<AuditEntryView> reads = audit
			.search(new AuditQuery(null, StudentsManagement.STUDENT, String.valueOf(id), AuditAction.READ, null, null),
					PageRequest.of(0, 10))
			.getContent();
		assertThat(reads).hasSize(2);

		// the same number twice, a bad number, a grade the stage lacks: 422 with the
		// field
		mvc.perform(post("/api/v1/students").with(adminA)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(number, county.schoolA().id(), "PRIMARY", 4, LocalDate.of(2022, 9, 1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message", containsString("已有学籍")));
		mvc.perform(post("/api/v1/students").with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(number.substring(0, 17) + (number.charAt(17) == '1' ? "2" : "1"), county.schoolA().id(),
					"PRIMARY", 7, LocalDate.of(2022, 9, 1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("idNumber", "grade")));
	}

	@Test
	void aStudentWithoutANumberGetsAFlaggedTemporaryOneReplacedLater() throws Exception {
		mvc.perform(post("/api/v1/students").with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(null, county.schoolA().id(), "PRIMARY", 1, LocalDate.of(2025, 9, 1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("sex", "birthDate")));
		String json = mvc
			.perform(post("/api/v1/students").with(adminA)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(null, county.schoolA().id(), "PRIMARY", 1, LocalDate.of(2025, 9, 1)).replace("\"name\"",
						"\"sex\": \"FEMALE\", \"birthDate\": \"2019-07-01\", \"name\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporaryNumber").value(true))
			.andExpect(jsonPath("$.idNumber", org.hamcrest.Matchers.startsWith("T")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(json, "$.id")).longValue();
		String wrongSex = accounts.idNumber(LocalDate.of(2019, 7, 1), false);
		mvc.perform(post("/api/v1/students/{id}/id-number", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\": \"" + wrongSex + "\"}")).andExpect(status().isUnprocessableContent());
		String right = accounts.idNumber(LocalDate.of(2019, 7, 1), true);
		mvc.perform(post("/api/v1/students/{id}/id-number", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"idNumber\": \"" + right + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.temporaryNumber").value(false))
			.andExpect(jsonPath("$.idNumber").value(right));
	}

	@Test
	void aDropoutOfCompulsoryAgeOpensACaseThatTheReturnCloses() throws Exception {
		long id = register(adminA, accounts.idNumber(LocalDate.of(2014, 2, 2), true), county.schoolA().id(), "PRIMARY",
				6, LocalDate.of(2020, 9, 1));
		LocalDate on = LocalDate.now().minusDays(40);
		// the responsible persons are required for a student of compulsory age
		mvc.perform(post("/api/v1/students/{id}/events", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"DROPOUT\", \"on\": \"" + on + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.hasItems("schoolHead", "townshipOfficer", "villageOfficer")));
		mvc.perform(post("/api/v1/students/{id}/events", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "DROPOUT", "on": "%s", "note": "外出打工", "schoolHead": "李校长",
					 "townshipOfficer": "赵镇长", "villageOfficer": "钱书记"}""".formatted(on)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.student.status").value("DROPPED_OUT"))
			.andExpect(jsonPath("$.cases", hasSize(1)))
			.andExpect(jsonPath("$.cases[0].open").value(true))
			.andExpect(jsonPath("$.cases[0].overdue").value(true));
		String list = mvc.perform(get("/api/v1/dropout-cases?overdue=true").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> overdue = JsonPath.read(list, "$.content[?(@.studentId == " + id + ")].id");
		assertThat(overdue).hasSize(1);
		long caseId = overdue.get(0);
		String deadline = JsonPath.read(list, "$.content[0].deadline");
		// 30 days after the opening (the opening not counted), moved off a rest day
		assertThat(LocalDate.parse(deadline)).isBetween(on.plusDays(30), on.plusDays(33));

		mvc.perform(post("/api/v1/dropout-cases/{id}/actions", caseId).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"" + on.plusDays(3) + "\", \"action\": \"家访劝返\", \"byPerson\": \"李校长\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.actions", hasSize(1)));
		// an event a dropped-out student cannot have
		mvc.perform(post("/api/v1/students/{id}/events", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"GRADUATION\", \"on\": \"" + on.plusDays(5) + "\"}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/students/{id}/events", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"RETURN\", \"on\": \"" + on.plusDays(10) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.student.status").value("ENROLLED"))
			.andExpect(jsonPath("$.cases[0].open").value(false))
			.andExpect(jsonPath("$.cases[0].outcome").value("RETURNED"));
		mvc.perform(get("/api/v1/students/{id}", id).with(adminA))
			.andExpect(jsonPath("$.events[*].kind", org.hamcrest.Matchers.contains("ENROLMENT", "DROPOUT", "RETURN")));
	}

	@Test
	void aStudentPastCompulsoryAgeGetsNoCaseAndTheReasonSaysWhy() throws Exception {
		// born sixteen years before the dropout day: 年满十六周岁 that day
		LocalDate on = LocalDate.now().minusDays(2);
		LocalDate born = on.minusYears(16);
		long id = register(adminB, accounts.idNumber(born, false), county.schoolB().id(), "SENIOR", 10,
				LocalDate.now().minusMonths(3));
		mvc.perform(post("/api/v1/students/{id}/dropout-cases", id).with(adminB)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"openedOn": "%s", "reason": "长期缺课", "schoolHead": "周校长", "townshipOfficer": "吴", "villageOfficer": "郑"}"""
						.formatted(on)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("16周岁前")))
			.andExpect(jsonPath("$.errors[0].message", not(containsString("COMPULSORY_EDUCATION"))));
		// one day younger: still of compulsory age
		long younger = register(adminB, accounts.idNumber(born.plusDays(1), false), county.schoolB().id(), "SENIOR", 10,
				LocalDate.now().minusMonths(3));
		mvc.perform(post("/api/v1/students/{id}/dropout-cases", younger).with(adminB)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"openedOn": "%s", "reason": "长期缺课", "schoolHead": "周校长", "townshipOfficer": "吴", "villageOfficer": "郑"}"""
						.formatted(on)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dropoutCase.open").value(true));
	}

	@Test
	void theReceivingSchoolDecidesATransferAndTheHistoryKeepsBothSides() throws Exception {
		long id = register(adminA, accounts.idNumber(LocalDate.of(2017, 8, 8), true), county.schoolA().id(), "PRIMARY",
				3, LocalDate.of(2023, 9, 1));
		LocalDate on = LocalDate.now().minusDays(3);
		String t = mvc
			.perform(post("/api/v1/students/{id}/transfers", id).with(adminA)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toUnitId\": " + county.pointB().id() + ", \"on\": \"" + on + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long transfer = ((Number) JsonPath.read(t, "$.id")).longValue();
		// a second request while one waits; a school without the stage
		mvc.perform(post("/api/v1/students/{id}/transfers", id).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toUnitId\": " + county.schoolB().id() + ", \"on\": \"" + on + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("toUnitId")));
		// the sending school cannot accept for the receiving one
		mvc.perform(post("/api/v1/students/transfers/{id}/decision", transfer).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true, \"on\": \"" + on + "\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/students/transfers").with(adminB))
			.andExpect(jsonPath("$.content[?(@.id == " + transfer + ")].status").value("REQUESTED"));
		// The one page shape of every list (docs/api.md), paged in the query; open ones
		// first.
		mvc.perform(get("/api/v1/students/transfers?size=1").with(adminB))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].status").value("REQUESTED"))
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/students/transfers?size=0").with(adminB)).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/dropout-cases?page=-1").with(adminB)).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/students/transfers/{id}/decision", transfer).with(adminB)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\": true, \"on\": \"" + on.plusDays(1) + "\", \"className\": \"三年级1班\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		mvc.perform(get("/api/v1/students/{id}", id).with(adminA)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/students/{id}", id).with(adminB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.student.unitId").value(county.pointB().id()))
			.andExpect(jsonPath("$.events[*].kind",
					org.hamcrest.Matchers.contains("ENROLMENT", "TRANSFER_OUT", "TRANSFER_IN")))
			.andExpect(jsonPath("$.transfers[0].fromUnitId").value(county.schoolA().id()));
	}

	@Test
	void theYearEndPromotionMovesEveryEnrolledStudentUpOnceAndGraduatesTheLastGrade() throws Exception {
		int schoolYear = LocalDate.now().minusDays(190).getYear() - 1;
		LocalDate day = LocalDate.of(schoolYear + 1, 7, 10);
		long fifth = register(adminA, accounts.idNumber(LocalDate.of(2015, 1, 5), false), county.schoolA().id(),
				"PRIMARY", 5, LocalDate.of(2021, 9, 1));
		long sixth = register(adminA, accounts.idNumber(LocalDate.of(2014, 1, 5), true), county.schoolA().id(),
				"PRIMARY", 6, LocalDate.of(2020, 9, 1));
		long suspended = register(adminA, accounts.idNumber(LocalDate.of(2015, 6, 5), true), county.schoolA().id(),
				"PRIMARY", 5, LocalDate.of(2021, 9, 1));
		mvc.perform(post("/api/v1/students/{id}/events", suspended).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SUSPENSION\", \"on\": \"" + LocalDate.of(2022, 3, 1) + "\"}"))
			.andExpect(status().isOk());
		// a day outside the summer that ends the school year
		mvc.perform(
				post("/api/v1/students/promotions").with(adminA)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"unitId\": %d, \"schoolYear\": %d, \"on\": \"%s\"}".formatted(county.schoolA().id(),
							schoolYear, LocalDate.of(schoolYear + 1, 5, 31))))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/students/promotions").with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\": %d, \"schoolYear\": %d, \"on\": \"%s\"}".formatted(county.schoolA().id(), schoolYear,
					day)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.promoted").value(1))
			.andExpect(jsonPath("$.graduated").value(1));
		mvc.perform(get("/api/v1/students/{id}", fifth).with(adminA)).andExpect(jsonPath("$.student.grade").value(6));
		mvc.perform(get("/api/v1/students/{id}", sixth).with(adminA))
			.andExpect(jsonPath("$.student.status").value("GRADUATED"))
			.andExpect(jsonPath("$.events[*].kind", org.hamcrest.Matchers.hasItem("GRADUATION")));
		mvc.perform(get("/api/v1/students/{id}", suspended).with(adminA))
			.andExpect(jsonPath("$.student.grade").value(5));
		mvc.perform(post("/api/v1/students/promotions").with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\": %d, \"schoolYear\": %d, \"on\": \"%s\"}".formatted(county.schoolA().id(), schoolYear,
					day)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("schoolYear"));
	}

	@Test
	void anotherSchoolsStudentsAreNotFoundAndAUnitOutsideTheScopeIsForbidden() throws Exception {
		long b = register(adminB, accounts.idNumber(LocalDate.of(2012, 4, 4), true), county.schoolB().id(), "JUNIOR", 8,
				LocalDate.of(2024, 9, 1));
		for (String path : List.of("/api/v1/students/" + b, "/students/" + b, "/api/v1/students/987654321")) {
			mvc.perform(get(path).with(adminA)).andExpect(status().isNotFound());
		}
		mvc.perform(post("/api/v1/students/{id}/events", b).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SUSPENSION\", \"on\": \"" + LocalDate.now() + "\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/students?unit={u}", county.schoolB().id()).with(adminA))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/students").with(adminA))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + b + ","))));
		// registering at a school outside the scope
		mvc.perform(post("/api/v1/students").with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(accounts.idNumber(LocalDate.of(2012, 4, 5), true), county.schoolB().id(), "JUNIOR", 8,
					LocalDate.of(2024, 9, 1))))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesShowTheRegisterInChineseWithoutCodes() throws Exception {
		long id = register(adminA, accounts.idNumber(LocalDate.of(2016, 9, 9), true), county.schoolA().id(), "PRIMARY",
				4, LocalDate.of(2022, 9, 1));
		mvc.perform(get("/students").with(adminA).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("学籍管理")))
			.andExpect(content().string(not(containsString(">ENROLLED<"))));
		mvc.perform(get("/students/{id}", id).with(adminA).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在校")))
			.andExpect(content().string(containsString("依据：中华人民共和国义务教育法")))
			.andExpect(content().string(not(containsString("COMPULSORY_EDUCATION"))));
		mvc.perform(get("/students/dropout-cases").with(officer).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dropout control")));
		mvc.perform(get("/students/transfers").with(officer)).andExpect(status().isOk());
		mvc.perform(post("/students/{id}/events", id).with(adminA)
			.with(csrf())
			.param("kind", "NOPE")
			.param("on", "not-a-date"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("problems"));
	}

}
