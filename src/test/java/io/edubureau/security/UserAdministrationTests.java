package io.edubureau.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The security administrator's account and role pages and their JSON API. */
@EduBureauTest
class UserAdministrationTests {

	static final Pattern ONE_TIME = Pattern.compile("id=\"one-time-password\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecurityManagement security;

	@Autowired
	UserAccountRepository users;

	County county;

	String admin;

	long adminId;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		admin = accounts.account("SECURITY_ADMIN", null);
		adminId = users.findByUsername(admin).orElseThrow().getId();
	}

	@Test
	void anEmptySearchPagerNamesOnePageAlsoForScreenReaders() throws Exception {
		// The shared pager (templates/fragments/pager.html) labels its nav like its
		// summary.
		mvc.perform(get("/security/users").param("q", "nobody-" + TestAccounts.uniqueCode()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-label=\"Page 1 of 1, 0 records\"")))
			.andExpect(content().string(containsString(">Page 1 of 1, 0 records<")));
	}

	static String oneTimePassword(String html) {
		Matcher m = ONE_TIME.matcher(html);
		assertThat(m.find()).as("one-time password shown").isTrue();
		return m.group(1);
	}

	@Test
	void creatingAnAccountShowsItsOneTimePasswordOnce() throws Exception {
		String username = "li-" + TestAccounts.uniqueCode();
		String html = mvc
			.perform(post("/security/users").with(accounts.as(admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "李老师")
				.param("unitCode", county.schoolA().code())
				.param("roleCodes", "SCHOOL_ADMIN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String password = oneTimePassword(html);
		UserAccount account = users.findByUsername(username).orElseThrow();
		assertThat(account.isMustChangePassword()).isTrue();
		assertThat(account.getUnitId()).isEqualTo(county.schoolA().id());
		mvc.perform(get("/security/users").param("q", username).with(accounts.as(admin)))
			.andExpect(content().string(containsString("state-must-change")))
			.andExpect(content().string(containsString("School administrator")))
			.andExpect(content().string(containsString(county.schoolA().code())))
			.andExpect(content().string(not(containsString(password))));
		mvc.perform(get("/api/v1/security/users")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic(username, password)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRoleThatSeesAUnitNeedsAKnownUnit() throws Exception {
		String username = "nounit-" + TestAccounts.uniqueCode();
		mvc.perform(post("/security/users").with(accounts.as(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "无单位")
			.param("roleCodes", "TEACHER")).andExpect(content().string(containsString("choose the user&#39;s unit")));
		mvc.perform(post("/security/users").with(accounts.as(admin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "无单位")
			.param("unitCode", "0000000001")
			.param("roleCodes", "TEACHER")).andExpect(content().string(containsString("No unit has code 0000000001")));
		mvc.perform(post("/security/users").with(accounts.as(admin))
			.with(csrf())
			.param("username", "x")
			.param("displayName", "")
			.param("roleCodes", "TEACHER"))
			.andExpect(content().string(containsString("A username has 3 to 64")))
			.andExpect(content().string(containsString("Enter the person")));
		assertThat(users.existsByUsername(username)).isFalse();
	}

	@Test
	void editDisableResetAndUnlockOnThePages() throws Exception {
		String user = accounts.account("TEACHER", county.schoolA());
		long id = users.findByUsername(user).orElseThrow().getId();
		mvc.perform(get("/security/users/" + id + "/edit").with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + county.schoolA().code() + "\"")));
		mvc.perform(post("/security/users/" + id).with(accounts.as(admin))
			.with(csrf())
			.param("username", user)
			.param("displayName", "张老师")
			.param("unitCode", county.schoolB().code())
			.param("roleCodes", "SCHOOL_ADMIN")
			.param("enabled", "true")).andExpect(status().is3xxRedirection());
		UserView edited = security.user(id);
		assertThat(edited.displayName()).isEqualTo("张老师");
		assertThat(edited.unitCode()).isEqualTo(county.schoolB().code());
		assertThat(edited.roleCodes()).containsExactly("SCHOOL_ADMIN");

		mvc.perform(post("/security/users/" + id + "/enabled").with(accounts.as(admin))
			.with(csrf())
			.param("enabled", "false")).andExpect(status().is3xxRedirection());
		assertThat(security.user(id).enabled()).isFalse();
		mvc.perform(get("/security/users").param("q", user).with(accounts.as(admin)))
			.andExpect(content().string(containsString("state-disabled")));
		mvc.perform(post("/security/users/" + id + "/enabled").with(accounts.as(admin))
			.with(csrf())
			.param("enabled", "true")).andExpect(status().is3xxRedirection());
		assertThat(security.user(id).enabled()).isTrue();

		String html = mvc
			.perform(post("/security/users/" + id + "/password-reset").with(accounts.as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String password = oneTimePassword(html);
		assertThat(security.user(id).mustChangePassword()).isTrue();
		assertThat(mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user(user)
				.password(password))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void theListSearchesAndPages() throws Exception {
		String tag = "pg" + TestAccounts.uniqueCode();
		for (int i = 0; i < UserController.PAGE_SIZE + 1; i++) {
			security.createUser(adminId, new UserForm(tag + "-" + i, "分页 " + tag, null, Set.of("AUDIT_ADMIN"), null));
		}
		mvc.perform(get("/security/users").param("q", tag.toUpperCase(Locale.ROOT)).with(accounts.as(admin)))
			.andExpect(content().string(containsString("Page 1 of 2, 21 records")))
			.andExpect(content().string(containsString("page=1")));
		mvc.perform(get("/security/users").param("q", tag).param("page", "1").with(accounts.as(admin)))
			.andExpect(content().string(containsString("Page 2 of 2, 21 records")));
		mvc.perform(get("/api/v1/security/users").param("q", tag).param("size", "5").with(TestAccounts.basic(admin)))
			.andExpect(jsonPath("$.page.totalElements").value(21))
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.content[0].username").value(tag + "-0"));
	}

	@Test
	void unitSuggestionsFollowWhatIsTyped() throws Exception {
		mvc.perform(
				get("/security/users/unit-options").param("unitCode", county.schoolB().code()).with(accounts.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + county.schoolB().code() + "\">")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theApiManagesAccounts() throws Exception {
		String username = "api-" + TestAccounts.uniqueCode();
		String created = mvc
			.perform(post("/api/v1/security/users").with(TestAccounts.basic(admin))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username":"%s","displayName":"接口用户","unitCode":"%s","roleCodes":["TEACHER"]}"""
					.formatted(username, county.schoolA().code())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.user.username").value(username))
			.andExpect(jsonPath("$.user.mustChangePassword").value(true))
			.andExpect(jsonPath("$.password").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = users.findByUsername(username).orElseThrow().getId();
		assertThat(created).contains("\"unitCode\":\"" + county.schoolA().code() + "\"");

		mvc.perform(put("/api/v1/security/users/" + id).with(TestAccounts.basic(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"改名","unitCode":"%s","roleCodes":["TEACHER"],"enabled":false}"""
				.formatted(username, county.schoolA().code())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("改名"))
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(post("/api/v1/security/users/" + id + "/password-reset").with(TestAccounts.basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.password").isString());
		mvc.perform(post("/api/v1/security/users/" + id + "/unlock").with(TestAccounts.basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locked").value(false));
		mvc.perform(get("/api/v1/security/users/" + id).with(TestAccounts.basic(admin)))
			.andExpect(jsonPath("$.username").value(username));
		mvc.perform(get("/api/v1/security/users/999999999").with(TestAccounts.basic(admin)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/security/users").with(TestAccounts.basic(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"a\",\"displayName\":\"\",\"roleCodes\":[\"TEACHER\"]}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("displayName")));
		mvc.perform(post("/api/v1/security/users").with(TestAccounts.basic(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"重复","roleCodes":["AUDIT_ADMIN"]}""".formatted(username)))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void theApiManagesRoles() throws Exception {
		String code = "R" + TestAccounts.uniqueCode();
		mvc.perform(post("/api/v1/security/roles").with(TestAccounts.basic(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","nameZh":"查看","nameEn":"Viewer","dataScope":"UNIT","permissions":["org:unit:read"]}"""
				.formatted(code)))
			.andExpect(status().isCreated());
		RoleView role = security.roles().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
		mvc.perform(put("/api/v1/security/roles/" + role.id()).with(TestAccounts.basic(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","nameZh":"查看","nameEn":"Viewer","dataScope":"UNIT_AND_BELOW",
					 "permissions":["org:unit:read","org:unit:export"]}""".formatted(code)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dataScope").value("UNIT_AND_BELOW"))
			.andExpect(jsonPath("$.permissions.length()").value(2));
		mvc.perform(get("/api/v1/security/roles").with(TestAccounts.basic(admin)))
			.andExpect(jsonPath("$[*].code").value(hasItem("SECURITY_ADMIN")))
			.andExpect(jsonPath("$[*].code").value(hasItem(code)));
		mvc.perform(post("/api/v1/security/roles").with(TestAccounts.basic(admin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"x\",\"nameZh\":\"\",\"nameEn\":\"n\",\"dataScope\":\"ALL\",\"permissions\":[]}"))
			.andExpect(status().is(422))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("code")));
	}

	@Test
	void customRolesAreEditedOnThePageAndBuiltInOnesAreReadOnly() throws Exception {
		String code = "R" + TestAccounts.uniqueCode();
		mvc.perform(post("/security/roles").with(accounts.as(admin))
			.with(csrf())
			.param("code", code)
			.param("nameZh", "档案查看")
			.param("nameEn", "File reader")
			.param("dataScope", "UNIT")
			.param("permissions", "org:unit:read", "account:profile:update"))
			.andExpect(redirectedUrl("/security/roles"));
		RoleView role = security.roles().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
		assertThat(role.permissions()).containsExactlyInAnyOrder(Permission.ORG_UNIT_READ,
				Permission.ACCOUNT_PROFILE_UPDATE);
		mvc.perform(get("/security/roles/" + role.id()).with(accounts.as(admin)))
			.andExpect(content().string(containsString("id=\"perm-org-unit-read\" checked")))
			.andExpect(content().string(not(containsString("role-read-only"))));
		mvc.perform(post("/security/roles").with(accounts.as(admin))
			.with(csrf())
			.param("code", "M" + TestAccounts.uniqueCode())
			.param("nameZh", "混合")
			.param("nameEn", "Mixed")
			.param("dataScope", "ALL")
			.param("permissions", "audit:log:read", "org:unit:read"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot combine system, security and audit")));

		RoleView teacher = security.roles().stream().filter(r -> r.code().equals("TEACHER")).findFirst().orElseThrow();
		mvc.perform(get("/security/roles/" + teacher.id()).with(accounts.as(admin)))
			.andExpect(content().string(containsString("role-read-only")))
			.andExpect(content().string(containsString("<fieldset disabled")));
		mvc.perform(post("/security/roles/" + teacher.id()).with(accounts.as(admin))
			.with(csrf())
			.param("code", "TEACHER")
			.param("nameZh", "教师")
			.param("nameEn", "Teacher")
			.param("dataScope", "ALL")
			.param("permissions", "org:unit:read"))
			.andExpect(content().string(containsString("Built-in roles cannot be changed")));
		assertThat(security.role(teacher.id()).dataScope()).isEqualTo(io.edubureau.org.ScopeKind.SELF);
	}

	@Test
	void thePagesRenderInBothLanguages() throws Exception {
		long roleId = security.roles().get(0).id();
		String[][] pages = { { "/security/users", "User accounts", "用户账号" },
				{ "/security/users/new", "New account", "新增账号" }, { "/security/roles", "Roles", "角色" },
				{ "/security/roles/new", "New role", "新增角色" },
				{ "/security/roles/" + roleId, "Manage user accounts", "管理用户账号" },
				{ "/account/tokens", "API tokens", "API 令牌" }, { "/account/password", "Change password", "修改密码" } };
		for (String[] page : pages) {
			mvc.perform(get(page[0]).with(accounts.as(admin)).locale(Locale.ENGLISH))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(page[1])))
				.andExpect(content().string(not(containsString("??"))));
			mvc.perform(get(page[0]).with(accounts.as(admin)).header("Accept-Language", "zh-CN,zh;q=0.9"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(page[2])))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void readingNeedsThePermission() throws Exception {
		String teacher = accounts.account("TEACHER", county.schoolA());
		mvc.perform(get("/security/users").with(accounts.as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/security/users/new").with(accounts.as(teacher))).andExpect(status().isForbidden());
		mvc.perform(get("/account/tokens").with(accounts.as(teacher))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/security/users").with(TestAccounts.basic(teacher))).andExpect(status().isForbidden());
	}

}
