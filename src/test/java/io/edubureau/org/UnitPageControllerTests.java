package io.edubureau.org;

import java.time.LocalDate;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The unit registry's pages, signed in as real accounts of every built-in role, on a real
 * database: what each role may open and change, what each page shows, and how refused
 * input comes back.
 */
@EduBureauTest
class UnitPageControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	// ---- permissions of every built-in role

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "SYSTEM_ADMIN, 200, 200, 200", "SECURITY_ADMIN, 403, 403, 403", "AUDIT_ADMIN, 403, 403, 403",
			"BUREAU_OFFICER, 200, 200, 200", "SCHOOL_ADMIN, 200, 403, 200", "TEACHER, 200, 403, 403",
			"INSPECTOR, 200, 403, 403" })
	void everyRoleOpensExactlyItsPages(String role, int read, int create, int update) throws Exception {
		String user = accounts.account(role, unitOf(role));
		long a = county.schoolA().id();
		page(get("/org/units"), user).andExpect(status().is(read));
		page(get("/org/units/{id}", a), user).andExpect(status().is(read));
		page(get("/org/units/{id}/children", a), user).andExpect(status().is(read));
		page(get("/org/units/suggest").param("parentCode", "测试"), user).andExpect(status().is(read));
		page(get("/org/units/new"), user).andExpect(status().is(create));
		page(get("/org/units/{id}/edit", a), user).andExpect(status().is(update));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "SYSTEM_ADMIN, 302, 302, 302", "SECURITY_ADMIN, 403, 403, 403", "AUDIT_ADMIN, 403, 403, 403",
			"BUREAU_OFFICER, 302, 302, 302", "SCHOOL_ADMIN, 403, 302, 403", "TEACHER, 403, 403, 403",
			"INSPECTOR, 403, 403, 403" })
	void everyRoleChangesExactlyWhatItMay(String role, int create, int update, int archive) throws Exception {
		String user = accounts.account(role, unitOf(role));
		String code = TestAccounts.uniqueCode();
		page(post("/org/units").params(form(code, "页面新建教学点", "TEACHING_POINT", county.schoolA().code()))
			.param("stages", "PRIMARY"), user).andExpect(status().is(create));
		assertThat(org.findByCode(DataScope.all(), code).isPresent()).isEqualTo(create == 302);

		page(post("/org/units/{id}", county.schoolA().id())
			.params(form(county.schoolA().code(), "页面改名小学", "SCHOOL", county.office().code()))
			.param("stages", "PRIMARY"), user).andExpect(status().is(update));
		assertThat(org.get(DataScope.all(), county.schoolA().id()).name())
			.isEqualTo(update == 302 ? "页面改名小学" : "测试甲小学");
		page(post("/org/units/{id}/enrolment", county.schoolA().id()).param("schoolYear", "2024")
			.param("stage", "PRIMARY")
			.param("students", "90")
			.param("classes", "3"), user).andExpect(status().is(update));

		long point = county.pointA().id();
		page(post("/org/units/{id}/archive", point).param("reason", "撤点"), user).andExpect(status().is(archive));
		assertThat(org.get(DataScope.all(), point).status())
			.isEqualTo(archive == 302 ? UnitStatus.CLOSED : UnitStatus.ACTIVE);
		if (archive != 302) {
			org.archive(DataScope.all(), point, null, "fixture");
		}
		page(post("/org/units/{id}/reopen", point).param("reason", "恢复"), user).andExpect(status().is(archive));
		assertThat(org.get(DataScope.all(), point).status())
			.isEqualTo(archive == 302 ? UnitStatus.ACTIVE : UnitStatus.CLOSED);
	}

	@Test
	void buttonsFollowThePermissions() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(get("/org/units"), officer).andExpect(content().string(allOf(containsString("id=\"unit-new\""),
				containsString("id=\"unit-import\""), containsString("id=\"unit-export-xlsx\""))));
		page(get("/org/units/{id}", county.pointA().id()), officer)
			.andExpect(content().string(allOf(containsString("id=\"unit-edit\""), containsString("id=\"unit-archive\""),
					containsString("id=\"enrolment-form\""))));

		String schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		page(get("/org/units"), schoolAdmin).andExpect(content().string(allOf(not(containsString("id=\"unit-new\"")),
				not(containsString("id=\"unit-import\"")), containsString("id=\"unit-export-csv\""))));
		page(get("/org/units/{id}", county.schoolA().id()), schoolAdmin).andExpect(
				content().string(allOf(containsString("id=\"unit-edit\""), not(containsString("id=\"unit-archive\"")),
						not(containsString("id=\"unit-new-below\"")), containsString("id=\"enrolment-form\""))));

		String teacher = accounts.account("TEACHER", county.schoolA());
		page(get("/org/units"), teacher).andExpect(content().string(allOf(not(containsString("id=\"unit-new\"")),
				not(containsString("id=\"unit-import\"")), not(containsString("id=\"unit-export-xlsx\"")))));
		page(get("/org/units/{id}", county.schoolA().id()), teacher)
			.andExpect(content().string(allOf(containsString("测试甲小学"), not(containsString("id=\"unit-edit\"")),
					not(containsString("id=\"unit-archive\"")), not(containsString("id=\"enrolment-form\"")))));
	}

	@Test
	void aPagePostWithoutCsrfTokenIsForbiddenAndChangesNothing() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(
				post("/org/units/{id}/archive", county.pointA().id()).param("reason", "撤点").with(accounts.as(officer)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/org/units/{id}", county.schoolA().id())
			.params(form(county.schoolA().code(), "无令牌改名", "SCHOOL", county.office().code()))
			.param("stages", "PRIMARY")
			.with(accounts.as(officer))).andExpect(status().isForbidden());
		assertThat(org.get(DataScope.all(), county.pointA().id()).status()).isEqualTo(UnitStatus.ACTIVE);
		assertThat(org.get(DataScope.all(), county.schoolA().id()).name()).isEqualTo("测试甲小学");
	}

	// ---- data scope

	@Test
	void aSchoolAdminSeesOnlyTheirOwnSchool() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		page(get("/org/units"), admin).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("测试甲小学"), containsString("测试甲教学点"),
					not(containsString("测试乙中学")), not(containsString("测试教育局")))));
		page(get("/org/units").param("q", "测试乙"), admin)
			.andExpect(content().string(allOf(not(containsString("测试乙中学")), containsString("id=\"units-empty\""))));
		page(get("/org/units").param("q", county.schoolB().code()), admin)
			.andExpect(content().string(not(containsString("测试乙中学"))));
		page(get("/org/units/suggest").param("parentCode", county.schoolB().code()), admin)
			.andExpect(content().string(not(containsString(county.schoolB().code()))));
		page(get("/org/units/suggest").param("parentCode", "测试"), admin)
			.andExpect(content().string(allOf(containsString(county.schoolA().code()), not(containsString("测试乙")))));
		// the shared unit picker: empty lists the units in scope, a name finds them,
		// never another school
		page(get("/org/units/suggest").param("unit", ""), admin).andExpect(content().string(
				allOf(containsString(county.schoolA().code()), containsString("测试甲小学"), not(containsString("测试乙")))));
		page(get("/org/units/suggest").param("unit", "甲小"), admin)
			.andExpect(content().string(allOf(containsString(county.schoolA().code()), not(containsString("测试乙")))));
		page(get("/org/units/suggest").param("unitCode", "甲小"), admin)
			.andExpect(content().string(allOf(containsString(county.schoolA().code()), not(containsString("测试乙")))));
		page(get("/org/units/suggest").param("unit", "测试乙"), admin)
			.andExpect(content().string(not(containsString(county.schoolB().code()))));
	}

	@Test
	void guessingTheIdOfAnotherSchoolAnswers404() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		long b = county.schoolB().id();
		page(get("/org/units/{id}", b), admin).andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(not(containsString("测试乙中学"))));
		page(get("/org/units/{id}", Long.MAX_VALUE), admin).andExpect(status().isNotFound())
			.andExpect(view().name("error/404"));
		page(get("/org/units/{id}/edit", b), admin).andExpect(status().isNotFound());
		page(get("/org/units/{id}/children", b), admin).andExpect(status().isNotFound());
		page(get("/org/units").param("under", String.valueOf(b)), admin).andExpect(status().isNotFound());
		page(post("/org/units/{id}", b).params(form(county.schoolB().code(), "被篡改", "SCHOOL", county.bureau().code()))
			.param("stages", "JUNIOR"), admin).andExpect(status().isNotFound());
		page(post("/org/units/{id}/enrolment", b).param("schoolYear", "2024")
			.param("stage", "JUNIOR")
			.param("students", "1")
			.param("classes", "1"), admin).andExpect(status().isNotFound());
		assertThat(org.get(DataScope.all(), b).name()).isEqualTo("测试乙中学");
		assertThat(org.enrolment(DataScope.all(), b)).isEmpty();

		County other = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(post("/org/units/{id}/archive", other.pointA().id()).param("reason", "越权"), officer)
			.andExpect(status().isNotFound());
		assertThat(org.get(DataScope.all(), other.pointA().id()).status()).isEqualTo(UnitStatus.ACTIVE);
	}

	// ---- the list

	@Test
	void theListFiltersSortsAndKeepsTheFiltersInItsLinks() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(get("/org/units").param("type", "TEACHING_POINT"), officer).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("测试甲教学点"), containsString("测试乙教学点"),
					not(containsString(">测试甲小学<")), containsString("type=TEACHING_POINT&amp;sort=name"),
					containsString("/org/units/export?format=xlsx&amp;type=TEACHING_POINT"))));
		page(get("/org/units").param("stage", "SENIOR").param("locality", "RURAL").param("ownership", "PUBLIC"),
				officer)
			.andExpect(content().string(allOf(containsString(">测试乙中学<"), not(containsString(">测试甲小学<")))));
		page(get("/org/units").param("under", String.valueOf(county.office().id())), officer)
			.andExpect(content().string(allOf(containsString(">测试甲小学<"), not(containsString(">测试乙中学<")),
					containsString("id=\"filter-under\""), containsString("测试镇教育办"))));
		page(get("/org/units").param("status", "CLOSED"), officer)
			.andExpect(content().string(allOf(containsString("id=\"units-empty\""), containsString("/org/units\">"))));
		page(get("/org/units").param("size", "2").param("sort", "code,desc"), officer)
			.andExpect(content().string(allOf(containsString(">" + county.pointB().code() + "<"),
					containsString("size=2&amp;page=1"), containsString("aria-sort=\"descending\""))));
	}

	@Test
	void htmxRequestsGetOnlyThePartTheyReplace() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(get("/org/units").param("q", "测试甲").header("HX-Request", "true").header("HX-Target", "unit-table"),
				officer)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unit-table\""), containsString("测试甲小学"),
					not(containsString("<html")), not(containsString("id=\"unit-filters\"")))));
		page(get("/org/units").param("under", String.valueOf(county.schoolB().id()))
			.header("HX-Request", "true")
			.header("HX-Target", "unit-list"), officer)
			.andExpect(content().string(allOf(containsString("id=\"unit-filters\""), containsString("测试乙教学点"),
					not(containsString("id=\"unit-tree\"")), not(containsString("<html")))));
		page(get("/org/units/{id}/children", county.bureau().id()), officer)
			.andExpect(content().string(allOf(containsString("测试镇教育办"), containsString("测试乙中学"),
					containsString("/org/units/" + county.office().id() + "/children"), not(containsString("<html")))));
		page(get("/org/units"), officer).andExpect(content()
			.string(allOf(containsString("id=\"unit-tree\""), containsString("测试教育局"), containsString("<html"))));
	}

	// ---- the unit's page

	@Test
	void theUnitPageShowsEverythingAboutIt() throws Exception {
		accounts.asSystem(() -> org.update(DataScope.all(), county.schoolA().id(),
				new UnitForm(county.schoolA().code(), "测试甲小学", "甲小", UnitType.SCHOOL, county.office().code(),
						Set.of(Stage.PRIMARY), Ownership.PUBLIC, Locality.RURAL, "甲村 1 号", true, "李校长", "0797-7654321",
						LocalDate.of(2001, 9, 1))));
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolA().id(),
				new EnrolmentView(2024, Stage.PRIMARY, 1234, 30)));
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(get("/org/units/{id}", county.schoolA().id()).header("Accept-Language", "en"), officer)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("测试教育局"), containsString("测试镇教育办"),
					containsString("甲村 1 号"), containsString("李校长"), containsString("0797-7654321"),
					containsString("September 1, 2001"), containsString("Primary"), containsString("Rural"),
					containsString("Public"), containsString("2024–2025"), containsString("1,234"),
					containsString("测试甲教学点"), containsString("No status changes"))));
		page(get("/org/units/{id}", county.schoolA().id()).header("Accept-Language", "zh-CN"), officer)
			.andExpect(content().string(allOf(containsString("2001年9月1日"), containsString("小学"), containsString("乡村"),
					containsString("公办"), containsString("寄宿制学校"), containsString("2024—2025 学年"))));

		// A school admin's breadcrumbs stop at their own unit.
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		page(get("/org/units/{id}", county.pointA().id()), admin)
			.andExpect(content().string(allOf(containsString("/org/units/" + county.schoolA().id() + "\""),
					not(containsString("测试镇教育办")), not(containsString("测试教育局")))));
	}

	// ---- the form

	@Test
	void creatingAUnitRedirectsToItsPage() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(get("/org/units/new").param("parent", county.schoolA().code()), officer).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + county.schoolA().code() + "\""),
					containsString("<option value=\"TEACHING_POINT\" selected=\"selected\""))));
		String code = TestAccounts.uniqueCode();
		page(post("/org/units").params(form(code, "页面新建学校", "SCHOOL", county.office().code()))
			.param("stages", "PRIMARY", "JUNIOR")
			.param("foundedDate", "1998-09-01")
			.param("boarding", "true"), officer).andExpect(status().isFound());
		UnitView created = org.findByCode(DataScope.all(), code).orElseThrow();
		assertThat(created.stages()).containsExactly(Stage.PRIMARY, Stage.JUNIOR);
		assertThat(created.boarding()).isTrue();
		assertThat(created.foundedDate()).isEqualTo(LocalDate.of(1998, 9, 1));
		page(get("/org/units/{id}", created.id()), officer).andExpect(content().string(containsString("页面新建学校")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					malformed code       | code        | 12AB       | A unit code has exactly 10 digits.                      | 单位代码必须是 10 位数字。
					unknown parent       | parentCode  | 0000000001 | No unit has code 0000000001.                            | 没有代码为 0000000001 的单位。
					wrong enum value     | type        | CASTLE     | This value cannot be read: check its format.            | 无法识别该值，请检查格式。
					wrong parent type    | parentCode  | @bureau    | A unit of type “Teaching point” cannot stand under a unit of type “Education bureau”. | 教学点不能隶属于教育局。
					future founding date | foundedDate | @future    | The founding date cannot be in the future.              | 建校日期不能晚于今天。
					impossible date      | foundedDate | 2020-02-30 | Enter a date as YYYY-MM-DD.                             | 日期格式应为 YYYY-MM-DD。
					duplicate code       | code        | @duplicate | is already used by another unit.                        | 已被其他单位使用。
					""")
	void badInputComesBackAtItsFieldInTheUsersLanguageAndWritesNothing(String what, String field, String value,
			String english, String chinese) throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String resolved = value.replace("@bureau", county.bureau().code())
			.replace("@future", LocalDate.now().plusDays(3).toString())
			.replace("@duplicate", county.schoolB().code());
		for (String[] language : new String[][] { { "en", english }, { "zh-CN", chinese } }) {
			String code = TestAccounts.uniqueCode();
			String name = "被拒绝的单位" + code;
			var params = form(code, name, "TEACHING_POINT", county.schoolA().code());
			params.set(field, resolved);
			page(post("/org/units").params(params)
				.param("stages", "PRIMARY")
				.param("principal", "张三")
				.header("Accept-Language", language[0]), officer).andExpect(status().isUnprocessableContent())
				.andExpect(view().name("org/unit-form"))
				.andExpect(content().string(allOf(containsString(language[1]), containsString("is-invalid"),
						containsString("value=\"张三\""))));
			assertThat(org.findByCode(DataScope.all(), code)).isEmpty();
			assertThat(org.list(DataScope.all(), new UnitFilter(name, null, null, null, null, null, null),
					PageRequest.of(0, 5)))
				.isEmpty();
		}
	}

	@Test
	void aRefusedEditShowsWhatWasTypedAndKeepsTheUnit() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(post("/org/units/{id}", county.office().id())
			.params(form(county.office().code(), "改名后的教育办", "TOWNSHIP_OFFICE", county.pointA().code()))
			.header("Accept-Language", "en"), officer).andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(allOf(containsString("value=\"改名后的教育办\""), containsString("the tree would become a cycle"))));
		UnitView office = org.get(DataScope.all(), county.office().id());
		assertThat(office.name()).isEqualTo("测试镇教育办");
		assertThat(office.parentCode()).isEqualTo(county.bureau().code());
	}

	// ---- archive, reopen, enrolment

	@Test
	void archivingAndReopeningKeepTheHistory() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		long point = county.pointA().id();
		page(get("/org/units/{id}", point).header("Accept-Language", "en"), officer)
			.andExpect(content().string(containsString("data-confirm=\"Archive 测试甲教学点?\"")));
		page(post("/org/units/{id}/archive", point).param("reason", "  ").header("Accept-Language", "zh-CN"), officer)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("请填写原因。"), containsString("is-invalid"))));
		page(post("/org/units/{id}/archive", point).param("reason", "并入乙教学点")
			.param("mergeInto", county.pointB().code()), officer).andExpect(status().isFound())
			.andExpect(redirectedUrl("/org/units/" + point));
		page(post("/org/units/{id}/reopen", point).param("reason", "重新分设"), officer).andExpect(status().isFound());
		page(get("/org/units/{id}", point).header("Accept-Language", "zh-CN"), officer).andExpect(content().string(
				allOf(containsString("并入乙教学点"), containsString("重新分设"), containsString("并入 " + county.pointB().code()),
						containsString("已合并"), containsString(officer), containsString("id=\"unit-archive\""))));
		assertThat(org.statusHistory(DataScope.all(), point)).extracting(UnitStatusView::to)
			.containsExactly(UnitStatus.MERGED, UnitStatus.ACTIVE);
	}

	@Test
	void enrolmentIsRecordedFromTheUnitsPage() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		long a = county.schoolA().id();
		page(post("/org/units/{id}/enrolment", a).param("schoolYear", "2024")
			.param("stage", "PRIMARY")
			.param("students", "5")
			.param("classes", "9")
			.header("Accept-Language", "en"), admin)
			.andExpect(status().isUnprocessableContent())
			.andExpect(content()
				.string(allOf(containsString("Classes must be between 0 and 2000 and not more than students."),
						containsString("value=\"9\""))));
		page(post("/org/units/{id}/enrolment", a).param("schoolYear", "2024")
			.param("stage", "PRIMARY")
			.param("students", "")
			.param("classes", "3")
			.header("Accept-Language", "zh-CN"), admin).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请输入学生数。")));
		assertThat(org.enrolment(DataScope.all(), a)).isEmpty();
		page(post("/org/units/{id}/enrolment", a).param("schoolYear", "2024")
			.param("stage", "PRIMARY")
			.param("students", "96")
			.param("classes", "3"), admin).andExpect(status().isFound());
		assertThat(org.enrolment(DataScope.all(), a)).containsExactly(new EnrolmentView(2024, Stage.PRIMARY, 96, 3));
	}

	// ---- languages

	@Test
	void pagesSpeakTheBrowsersLanguageUnlessTheCookieSaysOtherwise() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		page(get("/org/units").header("Accept-Language", "zh-CN"), officer)
			.andExpect(content().string(allOf(containsString("单位管理"), containsString("教学点"), containsString("上级单位代码"),
					not(containsString("Parent code")))));
		page(get("/org/units").header("Accept-Language", "en"), officer).andExpect(content()
			.string(allOf(containsString("Units"), containsString("Teaching point"), containsString("Parent code"))));
		page(get("/org/units").header("Accept-Language", "en").cookie(new Cookie("edubureau-lang", "zh-CN")), officer)
			.andExpect(content().string(allOf(containsString("单位管理"), not(containsString("Parent code")))));
		page(get("/org/units/new").header("Accept-Language", "zh-CN"), officer)
			.andExpect(content().string(allOf(containsString("新增单位"), containsString("办学性质"), containsString("学前"))));
	}

	// ---- helpers

	private UnitView unitOf(String role) {
		return switch (role) {
			case "BUREAU_OFFICER" -> county.bureau();
			case "SCHOOL_ADMIN", "TEACHER" -> county.schoolA();
			default -> null;
		};
	}

	private ResultActions page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(accounts.as(user)).with(csrf()));
	}

	private static org.springframework.util.MultiValueMap<String, String> form(String code, String name, String type,
			String parentCode) {
		var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
		params.add("code", code);
		params.add("name", name);
		params.add("type", type);
		params.add("parentCode", parentCode);
		params.add("ownership", "PUBLIC");
		params.add("locality", "RURAL");
		return params;
	}

}
