package io.edubureau.org;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.edubureau.security.TestAccounts.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit API through the real security chain (HTTP Basic with real accounts of every
 * built-in role) on a real database.
 */
@EduBureauTest
class UnitApiControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Autowired
	AuditManagement audit;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	// ---- permissions of every built-in role

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "SYSTEM_ADMIN, 200, 201, 200, 200", "SECURITY_ADMIN, 403, 403, 403, 403",
			"AUDIT_ADMIN, 403, 403, 403, 403", "BUREAU_OFFICER, 200, 201, 200, 200", "SCHOOL_ADMIN, 200, 403, 200, 403",
			"TEACHER, 200, 403, 403, 403", "INSPECTOR, 200, 403, 403, 403" })
	void everyRoleGetsExactlyItsPermissions(String role, int read, int create, int update, int archive)
			throws Exception {
		String user = accounts.account(role, unitOf(role));
		long a = county.schoolA().id();

		call(get("/api/v1/units"), user).andExpect(status().is(read));
		call(get("/api/v1/units/{id}", a), user).andExpect(status().is(read));
		call(get("/api/v1/units/by-code/{code}", county.schoolA().code()), user).andExpect(status().is(read));
		call(get("/api/v1/units/tree"), user).andExpect(status().is(read));
		call(get("/api/v1/units/{id}/children", a), user).andExpect(status().is(read));
		call(get("/api/v1/units/{id}/enrolment", a), user).andExpect(status().is(read));
		call(get("/api/v1/units/{id}/history", a), user).andExpect(status().is(read));

		String newCode = TestAccounts.uniqueCode();
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(newCode, "新教学点", "TEACHING_POINT", county.schoolA().code(), "[\"PRIMARY\"]", null)), user)
			.andExpect(status().is(create));
		assertThat(org.findByCode(DataScope.all(), newCode).isPresent()).isEqualTo(create == 201);

		call(put("/api/v1/units/{id}", a).contentType(MediaType.APPLICATION_JSON)
			.content(
					unitJson(county.schoolA().code(), "改名小学", "SCHOOL", county.office().code(), "[\"PRIMARY\"]", null)),
				user)
			.andExpect(status().is(update));
		assertThat(org.get(DataScope.all(), a).name()).isEqualTo(update == 200 ? "改名小学" : "测试甲小学");
		call(put("/api/v1/units/{id}/enrolment", a).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolYear\":2024,\"stage\":\"PRIMARY\",\"students\":300,\"classes\":8}"), user)
			.andExpect(status().is(update));

		long point = county.pointA().id();
		call(post("/api/v1/units/{id}/archive", point).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"撤点\"}"), user).andExpect(status().is(archive));
		assertThat(org.get(DataScope.all(), point).status())
			.isEqualTo(archive == 200 ? UnitStatus.CLOSED : UnitStatus.ACTIVE);
		if (archive == 200) {
			call(post("/api/v1/units/{id}/reopen", point).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"恢复办学\"}"), user).andExpect(status().isOk());
		}
		else {
			org.archive(DataScope.all(), point, null, "fixture");
			call(post("/api/v1/units/{id}/reopen", point).contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"恢复办学\"}"), user).andExpect(status().is(archive));
			assertThat(org.get(DataScope.all(), point).status()).isEqualTo(UnitStatus.CLOSED);
		}
	}

	@Test
	void withoutCredentialsTheApiAnswers401() throws Exception {
		mvc.perform(get("/api/v1/units/{id}", county.schoolA().id())).andExpect(status().isUnauthorized());
	}

	// ---- data scope

	@Test
	void aSchoolAdminSeesOnlyTheirSchoolAndWhatIsBelowIt() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		call(get("/api/v1/units").param("size", "200"), admin).andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[*].code", hasItem(county.schoolA().code())))
			.andExpect(jsonPath("$.content[*].code", hasItem(county.pointA().code())))
			.andExpect(jsonPath("$.content[*].code", not(hasItem(county.schoolB().code()))));
		call(get("/api/v1/units").param("q", county.schoolB().code()), admin)
			.andExpect(jsonPath("$.page.totalElements").value(0));
		call(get("/api/v1/units").param("q", "测试乙"), admin).andExpect(jsonPath("$.page.totalElements").value(0));
		call(get("/api/v1/units").param("under", String.valueOf(county.schoolB().id())), admin)
			.andExpect(jsonPath("$.page.totalElements").value(0));
		call(get("/api/v1/units/tree"), admin).andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].code").value(county.schoolA().code()))
			.andExpect(jsonPath("$[0].childCount").value(1));
	}

	@Test
	void anotherSchoolAnswers404ExactlyLikeAMissingOne() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		long b = county.schoolB().id();
		String missing = call(get("/api/v1/units/{id}", Long.MAX_VALUE), admin).andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String other = call(get("/api/v1/units/{id}", b), admin).andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withoutInstance(other)).isEqualTo(withoutInstance(missing));
		assertThat(other).doesNotContain(county.schoolB().name());

		call(get("/api/v1/units/by-code/{code}", county.schoolB().code()), admin).andExpect(status().isNotFound());
		call(get("/api/v1/units/{id}/children", b), admin).andExpect(status().isNotFound());
		call(get("/api/v1/units/{id}/enrolment", b), admin).andExpect(status().isNotFound());
		call(get("/api/v1/units/{id}/history", b), admin).andExpect(status().isNotFound());
		call(put("/api/v1/units/{id}", b).contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(county.schoolB().code(), "被篡改", "SCHOOL", county.bureau().code(),
					"[\"JUNIOR\",\"SENIOR\"]", null)),
				admin)
			.andExpect(status().isNotFound());
		call(put("/api/v1/units/{id}/enrolment", b).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolYear\":2024,\"stage\":\"JUNIOR\",\"students\":1,\"classes\":1}"), admin)
			.andExpect(status().isNotFound());
		assertThat(org.get(DataScope.all(), b).name()).isEqualTo("测试乙中学");
		assertThat(org.enrolment(DataScope.all(), b)).isEmpty();
	}

	@Test
	void aBureauOfficerCannotPlaceOrMergeUnitsOutsideTheirCounty() throws Exception {
		County other = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String code = TestAccounts.uniqueCode();
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(code, "越权学校", "SCHOOL", other.bureau().code(), "[\"PRIMARY\"]", null)), officer)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"));
		assertThat(org.findByCode(DataScope.all(), code)).isEmpty();
		call(post("/api/v1/units/{id}/archive", county.pointA().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"合并\",\"mergeInto\":\"" + other.pointA().code() + "\"}"), officer)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("mergeInto"));
		assertThat(org.get(DataScope.all(), county.pointA().id()).status()).isEqualTo(UnitStatus.ACTIVE);
	}

	@Test
	void aSchoolAdminKeepsTheirSchoolUnderItsOfficeWhenEditingIt() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		call(put("/api/v1/units/{id}", county.schoolA().id()).contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(county.schoolA().code(), "测试甲小学", "SCHOOL", county.office().code(), "[\"PRIMARY\"]",
					"\"principal\":\"王校长\"")),
				admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.principal").value("王校长"))
			.andExpect(jsonPath("$.parentCode").value(county.office().code()));
		// Moving it elsewhere in the county is not theirs to do.
		call(put("/api/v1/units/{id}", county.schoolA().id()).contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(county.schoolA().code(), "测试甲小学", "SCHOOL", county.bureau().code(), "[\"PRIMARY\"]",
					null)),
				admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentCode"));
		assertThat(org.get(DataScope.all(), county.schoolA().id()).parentCode()).isEqualTo(county.office().code());
	}

	// ---- reading

	@Test
	void listFiltersSortsAndPages() throws Exception {
		String inspector = accounts.account("INSPECTOR", null);
		String under = String.valueOf(county.bureau().id());
		call(get("/api/v1/units").param("under", under).param("type", "TEACHING_POINT"), inspector)
			.andExpect(jsonPath("$.page.totalElements").value(2));
		call(get("/api/v1/units").param("under", under).param("stage", "SENIOR"), inspector)
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].code").value(county.schoolB().code()))
			.andExpect(jsonPath("$.content[0].stages[0]").value("JUNIOR"))
			.andExpect(jsonPath("$.content[0].stages[1]").value("SENIOR"));
		call(get("/api/v1/units").param("under", under).param("locality", "RURAL").param("ownership", "PUBLIC"),
				inspector)
			.andExpect(jsonPath("$.page.totalElements").value(4));
		call(get("/api/v1/units").param("under", under).param("status", "CLOSED"), inspector)
			.andExpect(jsonPath("$.page.totalElements").value(0));
		call(get("/api/v1/units").param("under", under).param("q", "测试甲"), inspector)
			.andExpect(jsonPath("$.page.totalElements").value(2));
		call(get("/api/v1/units").param("under", under).param("sort", "code,desc").param("size", "2"), inspector)
			.andExpect(jsonPath("$.page.totalElements").value(6))
			.andExpect(jsonPath("$.page.totalPages").value(3))
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].code").value(county.pointB().code()));
		call(get("/api/v1/units").param("under", under).param("sort", "code").param("page", "2").param("size", "2"),
				inspector)
			.andExpect(jsonPath("$.page.number").value(2))
			.andExpect(jsonPath("$.content[1].code").value(county.pointB().code()));
		call(get("/api/v1/units/{id}/children", county.bureau().id()), inspector)
			.andExpect(jsonPath("$[*].code", hasItem(county.office().code())))
			.andExpect(jsonPath("$[*].code", hasItem(county.schoolB().code())))
			.andExpect(jsonPath("$.length()").value(2));
		call(get("/api/v1/units/by-code/{code}", county.pointB().code()), inspector).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("测试乙教学点"))
			.andExpect(jsonPath("$.type").value("TEACHING_POINT"))
			.andExpect(jsonPath("$.parentCode").value(county.schoolB().code()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "size=201", "size=0", "page=-1", "type=CASTLE", "sort=password", "sort=name,sideways",
			"under=abc" })
	void malformedParametersAnswer400(String parameter) throws Exception {
		String inspector = accounts.account("INSPECTOR", null);
		String[] nv = parameter.split("=");
		call(get("/api/v1/units").param(nv[0], nv[1]), inspector).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

	@Test
	void aMalformedCodeInThePathAnswers400() throws Exception {
		String inspector = accounts.account("INSPECTOR", null);
		call(get("/api/v1/units/by-code/{code}", "12ab"), inspector).andExpect(status().isBadRequest());
	}

	// ---- creating and refused input

	@Test
	void createAnswers201WithLocationAndIsAudited() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String code = TestAccounts.uniqueCode();
		String location = call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(code, "新建九年一贯制学校", "SCHOOL", county.office().code(), "[\"JUNIOR\",\"PRIMARY\"]",
					"\"boarding\":true,\"foundedDate\":\"2001-09-01\",\"phone\":\"0797-1234567\"")),
				officer)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.stages[0]").value("PRIMARY"))
			.andExpect(jsonPath("$.foundedDate").value("2001-09-01"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		UnitView created = org.findByCode(DataScope.all(), code).orElseThrow();
		assertThat(location).endsWith("/api/v1/units/" + created.id());
		assertThat(created.path()).isEqualTo(county.office().path() + created.id() + "/");
		call(get(location), officer).andExpect(status().isOk()).andExpect(jsonPath("$.boarding").value(true));
		List<AuditEntryView> trail = audit
			.search(new AuditQuery(officer, OrgManagement.ENTITY, String.valueOf(created.id()), AuditAction.CREATE,
					null, null), PageRequest.of(0, 10))
			.getContent();
		assertThat(trail).hasSize(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					malformed code        | "code":"12AB"                                               | code        | A unit code has exactly 10 digits.
					missing name          | "name":"  "                                                 | name        | Enter the unit's name.
					unknown parent        | "parentCode":"0000000001"                                   | parentCode  | No unit has code 0000000001.
					malformed parent      | "parentCode":"12"                                           | parentCode  | A parent code has exactly 10 digits.
					wrong enum value      | "type":"CASTLE"                                             | type        | “CASTLE” is not a valid value here.
					wrong stage value     | "stages":["PRIMARY","UNIVERSITY"]                           | stages[1]   | “UNIVERSITY” is not a valid value here.
					wrong parent type     | "type":"TEACHING_POINT","parentCode":"@bureau"              | parentCode  | A unit of type “Teaching point” cannot stand under a unit of type “Education bureau”.
					future founding date  | "foundedDate":"@future"                                     | foundedDate | The founding date cannot be in the future.
					impossible date       | "foundedDate":"2020-02-30"                                  | foundedDate | “2020-02-30” is not a valid value here.
					no stage for a school | "stages":[]                                                 | stages      | Choose at least one stage.
					bad phone             | "phone":"call me"                                           | phone       | A phone number has digits, spaces, +, - and brackets only (at most 30).
					""")
	void badInputIsRefusedWith422AtItsFieldAndWritesNothing(String what, String override, String field, String message)
			throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String code = TestAccounts.uniqueCode();
		String json = withOverride(unitJson(code, "拒绝的学校", "SCHOOL", county.office().code(), "[\"PRIMARY\"]", null),
				override.replace("@bureau", county.bureau().code())
					.replace("@future", LocalDate.now().plusDays(1).toString()));
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(json), officer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)))
			.andExpect(jsonPath("$.errors[*].message", hasItem(message)));
		assertThat(org.findByCode(DataScope.all(), code)).isEmpty();
		assertThat(org.findByCode(DataScope.all(), "12AB")).isEmpty();
	}

	@Test
	void aDuplicateCodeIsRefused() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(unitJson(county.schoolB().code(), "重复代码学校", "SCHOOL", county.office().code(), "[\"PRIMARY\"]",
					null)),
				officer)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("code"))
			.andExpect(jsonPath("$.errors[0].message", containsString(county.schoolB().code())));
		assertThat(org.get(DataScope.all(), county.schoolB().id()).name()).isEqualTo("测试乙中学");
		assertThat(org.list(DataScope.all(), new UnitFilter("重复代码学校", null, null, null, null, null, null),
				PageRequest.of(0, 5)))
			.isEmpty();
	}

	@Test
	void aCycleInTheTreeIsRefused() throws Exception {
		String admin = accounts.account("SYSTEM_ADMIN", null);
		call(put("/api/v1/units/{id}", county.office().id()).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(unitJson(county.office().code(), county.office().name(), "TOWNSHIP_OFFICE", county.pointA().code(),
					"[]", null)),
				admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].message", hasItem(
					"Unit " + county.pointA().code() + " lies below this unit: the tree would become a cycle.")));
		assertThat(org.get(DataScope.all(), county.office().id()).parentCode()).isEqualTo(county.bureau().code());
		assertThat(org.get(DataScope.all(), county.pointA().id()).path()).isEqualTo(county.pointA().path());
	}

	@Test
	void aTypeThatItsChildrenCannotStandUnderIsRefused() throws Exception {
		String admin = accounts.account("SYSTEM_ADMIN", null);
		call(put("/api/v1/units/{id}", county.schoolB().id()).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(unitJson(county.schoolB().code(), county.schoolB().name(), "TEACHING_POINT",
					county.schoolA().code(), "[\"JUNIOR\"]", null)),
				admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("type")));
		assertThat(org.get(DataScope.all(), county.schoolB().id()).type()).isEqualTo(UnitType.SCHOOL);
	}

	@Test
	void malformedJsonAnswers400() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"12"), officer)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
		call(post("/api/v1/units/{id}/archive", county.pointA().id()).contentType(MediaType.APPLICATION_JSON), officer)
			.andExpect(status().isBadRequest());
	}

	@Test
	void messagesFollowAcceptLanguageAndTheLanguageCookie() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String json = unitJson("12", "短代码", "SCHOOL", county.office().code(), "[\"PRIMARY\"]", null);
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(json), officer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.errors[0].message").value("单位代码必须是 10 位数字。"));
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content(json), officer).andExpect(jsonPath("$.title").value("Invalid input"))
			.andExpect(jsonPath("$.errors[0].message").value("A unit code has exactly 10 digits."));
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.cookie(new Cookie("edubureau-lang", "zh-CN"))
			.content(json), officer).andExpect(jsonPath("$.errors[0].message").value("单位代码必须是 10 位数字。"));
		call(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(withOverride(json,
					"\"code\":\"" + TestAccounts.uniqueCode() + "\",\"type\":\"TEACHING_POINT\"," + "\"parentCode\":\""
							+ county.bureau().code() + "\"")),
				officer)
			.andExpect(jsonPath("$.errors[0].message").value("教学点不能隶属于教育局。"));
	}

	// ---- archive, reopen, enrolment

	@Test
	void archivingAndReopeningKeepTheHistoryAndAreAudited() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		long point = county.pointA().id();
		call(post("/api/v1/units/{id}/archive", point).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"并入乙教学点\",\"mergeInto\":\"" + county.pointB().code() + "\"}"), officer)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"));
		call(post("/api/v1/units/{id}/archive", point).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"reason\":\"again\"}"), officer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Only an active unit can be archived."));
		call(post("/api/v1/units/{id}/reopen", point).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"reason\":\" \"}"), officer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("Give the reason."));
		call(post("/api/v1/units/{id}/reopen", point).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"分设\"}"), officer).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		call(get("/api/v1/units/{id}/history", point), officer).andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].to").value("MERGED"))
			.andExpect(jsonPath("$[0].mergedInto").value(county.pointB().code()))
			.andExpect(jsonPath("$[0].reason").value("并入乙教学点"))
			.andExpect(jsonPath("$[0].changedBy").value(officer))
			.andExpect(jsonPath("$[1].from").value("MERGED"))
			.andExpect(jsonPath("$[1].to").value("ACTIVE"));
		assertThat(audit
			.search(new AuditQuery(officer, OrgManagement.ENTITY, String.valueOf(point), null, null, null),
					PageRequest.of(0, 10))
			.getContent()).extracting(AuditEntryView::action)
			.containsExactlyInAnyOrder(AuditAction.ARCHIVE, AuditAction.RESTORE);
	}

	@Test
	void archivingIsRefusedWithoutAReasonOrWithActiveUnitsBelow() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		call(post("/api/v1/units/{id}/archive", county.pointA().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{}"), officer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		call(post("/api/v1/units/{id}/archive", county.schoolA().id()).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"reason\":\"撤并\"}"), officer).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value("Archive or move the active units below this one first."));
		call(post("/api/v1/units/{id}/archive", county.pointA().id()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"并入\",\"mergeInto\":\"0000000002\"}"), officer)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("mergeInto"));
		assertThat(org.statusHistory(DataScope.all(), county.pointA().id())).isEmpty();
		assertThat(org.get(DataScope.all(), county.schoolA().id()).status()).isEqualTo(UnitStatus.ACTIVE);
	}

	@Test
	void enrolmentIsRecordedPerYearAndStageAndRangesAreChecked() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		long a = county.schoolA().id();
		call(put("/api/v1/units/{id}/enrolment", a).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolYear\":2024,\"stage\":\"PRIMARY\",\"students\":420,\"classes\":12}"), admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].students").value(420));
		call(put("/api/v1/units/{id}/enrolment", a).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolYear\":2024,\"stage\":\"PRIMARY\",\"students\":410,\"classes\":12}"), admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].students").value(410));
		call(put("/api/v1/units/{id}/enrolment", a).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolYear\":2024,\"stage\":\"SENIOR\",\"students\":10,\"classes\":1}"), admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		call(put("/api/v1/units/{id}/enrolment", a).contentType(MediaType.APPLICATION_JSON)
			.content("{\"schoolYear\":2024,\"stage\":\"PRIMARY\",\"students\":5,\"classes\":9}"), admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("classes"));
		call(put("/api/v1/units/{id}/enrolment", a).contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en")
			.content("{\"schoolYear\":2024,\"stage\":\"PRIMARY\",\"classes\":9}"), admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("students"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter the number of students."));
		assertThat(org.enrolment(DataScope.all(), a)).containsExactly(new EnrolmentView(2024, Stage.PRIMARY, 410, 12));
	}

	// ---- helpers

	private UnitView unitOf(String role) {
		return switch (role) {
			case "BUREAU_OFFICER" -> county.bureau();
			case "SCHOOL_ADMIN", "TEACHER" -> county.schoolA();
			default -> null;
		};
	}

	private ResultActions call(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(basic(user)));
	}

	static String unitJson(String code, String name, String type, String parentCode, String stages, String extra) {
		return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"parentCode\":"
				+ (parentCode == null ? "null" : "\"" + parentCode + "\"") + ",\"stages\":" + stages
				+ ",\"ownership\":\"PUBLIC\",\"locality\":\"RURAL\"" + (extra == null ? "" : "," + extra) + "}";
	}

	// Later keys win in Jackson, so appending overrides the earlier value.
	static String withOverride(String json, String override) {
		return json.substring(0, json.length() - 1) + "," + override + "}";
	}

	private static String withoutInstance(String problem) {
		return problem.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

}
