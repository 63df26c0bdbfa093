package io.edubureau.audit;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.EduBureauTest;
import io.edubureau.org.ScopeKind;
import io.edubureau.security.RoleForm;
import io.edubureau.security.SecurityManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.security.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail: written for every account, role, token and password change, masked,
 * readable only by the audit administrator, and unchangeable through the product.
 */
@EduBureauTest
class AuditTrailTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecurityManagement security;

	@Autowired
	AuditManagement audit;

	@Autowired
	TransactionTemplate tx;

	County county;

	String securityAdmin;

	String auditor;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		securityAdmin = accounts.account("SECURITY_ADMIN", null);
		auditor = accounts.account("AUDIT_ADMIN", null);
	}

	UserView user(String username) {
		return security.users(username, PageRequest.of(0, 5))
			.stream()
			.filter(u -> u.username().equals(username))
			.findFirst()
			.orElseThrow();
	}

	List<AuditEntryView> entries(String entityType, Object id) {
		List<AuditEntryView> newestFirst = new java.util.ArrayList<>(audit
			.search(new AuditQuery(null, entityType, String.valueOf(id), null, null, null), Pageable.ofSize(100))
			.getContent());
		java.util.Collections.reverse(newestFirst);
		return newestFirst;
	}

	static Map<String, Change> byField(AuditEntryView entry) {
		Map<String, Change> map = new LinkedHashMap<>();
		entry.changes().forEach(c -> map.put(c.field(), c));
		return map;
	}

	@Test
	void accountRoleTokenAndPasswordChangesAreAuditedWithoutSecrets() throws Exception {
		// Create an account on the page.
		String username = "aud-" + TestAccounts.uniqueCode();
		String html = mvc
			.perform(post("/security/users").with(accounts.as(securityAdmin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "审计对象")
				.param("unitCode", county.schoolA().code())
				.param("roleCodes", "TEACHER"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(html);
		assertThat(m.find()).isTrue();
		String firstPassword = m.group(1);
		long id = user(username).id();

		// Rename, reset, disable, enable, unlock.
		mvc.perform(post("/security/users/" + id).with(accounts.as(securityAdmin))
			.with(csrf())
			.param("username", username)
			.param("displayName", "审计对象二")
			.param("unitCode", county.schoolA().code())
			.param("roleCodes", "TEACHER")
			.param("enabled", "true"));
		String resetHtml = mvc
			.perform(post("/security/users/" + id + "/password-reset").with(accounts.as(securityAdmin)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher reset = Pattern.compile("id=\"one-time-password\">([^<]+)<").matcher(resetHtml);
		assertThat(reset.find()).isTrue();
		String resetPassword = reset.group(1);
		mvc.perform(post("/security/users/" + id + "/enabled").with(accounts.as(securityAdmin))
			.with(csrf())
			.param("enabled", "false"));
		mvc.perform(post("/security/users/" + id + "/enabled").with(accounts.as(securityAdmin))
			.with(csrf())
			.param("enabled", "true"));
		mvc.perform(post("/security/users/" + id + "/unlock").with(accounts.as(securityAdmin)).with(csrf()));

		// The user changes the password and issues and revokes a token.
		String chosen = "Eigenes-Passw0rt-9";
		security.changeOwnPassword(id, resetPassword, chosen);
		SecurityManagement.Created.Token token = security.issueToken(id, "audit test", 30);
		security.revokeToken(id, token.token().id());

		// A custom role, created and changed.
		long adminId = user(securityAdmin).id();
		String code = "A" + TestAccounts.uniqueCode();
		var role = security.saveRole(adminId, null,
				new RoleForm(code, "查看", "Viewer", ScopeKind.UNIT, Set.of("org:unit:read")));
		security.saveRole(adminId, role.id(),
				new RoleForm(code, "查看", "Viewer", ScopeKind.UNIT, Set.of("org:unit:read", "org:unit:export")));

		List<AuditEntryView> userEntries = entries("security.user", id);
		assertThat(userEntries).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE, AuditAction.UPDATE,
					AuditAction.UPDATE, AuditAction.UNLOCK, AuditAction.UPDATE);
		AuditEntryView created = userEntries.get(0);
		assertThat(created.actor()).isEqualTo(securityAdmin);
		assertThat(created.ip()).isEqualTo("127.0.0.1");
		assertThat(byField(created).get("displayName").after()).isEqualTo("审计对象");
		assertThat(byField(created).get("roles").after()).isEqualTo("TEACHER");
		Change renamed = byField(userEntries.get(1)).get("displayName");
		assertThat(renamed.before()).isEqualTo("审计对象");
		assertThat(renamed.after()).isEqualTo("审计对象二");
		assertThat(byField(userEntries.get(2))).containsKey("password");
		assertThat(byField(userEntries.get(3)).get("enabled")).isEqualTo(new Change("enabled", "true", "false"));
		assertThat(byField(userEntries.get(6)).get("password").after()).isEqualTo("changed");

		List<AuditEntryView> tokenEntries = entries("security.token", token.token().id());
		assertThat(tokenEntries).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.CREATE, AuditAction.REVOKE);
		assertThat(byField(tokenEntries.get(0)).get("name").after()).isEqualTo("audit test");
		assertThat(byField(tokenEntries.get(1)).get("revokedAt").before()).isNull();
		assertThat(byField(tokenEntries.get(1)).get("revokedAt").after()).isNotNull();

		List<AuditEntryView> roleEntries = entries("security.role", role.id());
		assertThat(roleEntries).extracting(AuditEntryView::action)
			.containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
		assertThat(byField(roleEntries.get(1)).get("permissions"))
			.isEqualTo(new Change("permissions", "org:unit:read", "org:unit:export|org:unit:read"));

		String everything = String.valueOf(userEntries) + tokenEntries + roleEntries
				+ audit.search(new AuditQuery(securityAdmin, null, null, null, null, null), Pageable.ofSize(500))
					.getContent();
		for (String secret : List.of(firstPassword, resetPassword, chosen, token.secret(), "{bcrypt}", "$2a$")) {
			assertThat(everything).doesNotContain(secret);
		}
	}

	@Test
	void phonesAndIdentityNumbersAreMasked() throws Exception {
		String id = TestAccounts.uniqueCode();
		accounts.asSystem(() -> tx.execute(s -> {
			audit.record(AuditAction.UPDATE, "test.person", id, "masking",
					Change.between(Map.of("phone", "13912345678", "idNumber", "320102199001011234", "name", "张三"),
							Map.of("phone", "13800001111", "idNumber", "32010219900101123X", "name", "张三丰")));
			return null;
		}));
		Map<String, Change> changes = byField(entries("test.person", id).get(0));
		assertThat(changes.get("phone")).isEqualTo(new Change("phone", "139****5678", "138****1111"));
		assertThat(changes.get("idNumber"))
			.isEqualTo(new Change("idNumber", "320102********1234", "320102********123X"));
		assertThat(changes.get("name").after()).isEqualTo("张三丰");
		mvc.perform(get("/audit").param("entityType", "test.person").param("entityId", id).with(accounts.as(auditor)))
			.andExpect(content().string(containsString("139****5678")))
			.andExpect(content().string(not(containsString("13912345678"))))
			.andExpect(content().string(not(containsString("320102199001011234"))));
	}

	@Test
	void theAuditPageFiltersAndShowsBeforeAndAfter() throws Exception {
		long adminId = user(securityAdmin).id();
		String code = "F" + TestAccounts.uniqueCode();
		var role = security.saveRole(adminId, null,
				new RoleForm(code, "筛选", "Filter", ScopeKind.UNIT, Set.of("org:unit:read")));
		security.saveRole(adminId, role.id(),
				new RoleForm(code, "筛选二", "Filter", ScopeKind.UNIT, Set.of("org:unit:read")));
		String roleId = String.valueOf(role.id());
		mvc.perform(get("/audit").param("entityType", "security.role")
			.param("entityId", roleId)
			.param("action", "UPDATE")
			.with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("audit-changes")))
			.andExpect(content().string(containsString("筛选二")))
			.andExpect(content().string(containsString("Page 1 of 1, 1 records")))
			.andExpect(content()
				.string(containsString("/audit/export?format=xlsx&amp;entityType=security.role&amp;entityId=" + roleId
						+ "&amp;action=UPDATE")));
		String tomorrow = LocalDate.now().plusDays(1).toString();
		mvc.perform(get("/audit").param("entityType", "security.role")
			.param("entityId", roleId)
			.param("from", tomorrow)
			.with(accounts.as(auditor))).andExpect(content().string(containsString("Page 1 of 1, 0 records")));
		String today = LocalDate.now().toString();
		mvc.perform(get("/audit").param("entityType", "security.role")
			.param("entityId", roleId)
			.param("from", today)
			.param("to", today)
			.with(accounts.as(auditor))).andExpect(content().string(containsString("2 records")));
		mvc.perform(get("/audit").param("actor", "nobody-" + code).with(accounts.as(auditor)))
			.andExpect(content().string(containsString("0 records")));
		mvc.perform(get("/api/v1/audit/entries").param("entityType", "security.role")
			.param("entityId", roleId)
			.with(TestAccounts.basic(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(2))
			.andExpect(jsonPath("$.content[0].action").value("UPDATE"))
			.andExpect(jsonPath("$.content[0].changes[0].field").value("nameZh"))
			.andExpect(jsonPath("$.content[0].changes[0].before").value("筛选"))
			.andExpect(jsonPath("$.content[0].changes[0].after").value("筛选二"));
	}

	@Test
	void theAuditPagersAreLabelledForScreenReaders() throws Exception {
		// Both audit lists use the shared pager (templates/fragments/pager.html).
		mvc.perform(get("/audit").param("actor", "nobody-" + TestAccounts.uniqueCode()).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-label=\"Page 1 of 1, 0 records\"")));
		mvc.perform(get("/audit/logins").param("username", "nobody-" + TestAccounts.uniqueCode())
			.with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-label=\"Page 1 of")));
	}

	@Test
	void theExportButtonNeedsTheExportPermission() throws Exception {
		mvc.perform(get("/audit").with(accounts.as(auditor)))
			.andExpect(content().string(containsString("id=\"audit-export\"")));
		long adminId = user(securityAdmin).id();
		String code = "X" + TestAccounts.uniqueCode();
		security.saveRole(adminId, null, new RoleForm(code, "只读审计", "Audit reader", ScopeKind.ALL,
				Set.of("audit:log:read", "account:profile:update")));
		String reader = accounts.account(code, null);
		mvc.perform(get("/audit").with(accounts.as(reader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"audit-export\""))));
	}

	@Test
	void theLoginLogIsFilteredByUsername() throws Exception {
		String user = accounts.account("TEACHER", county.schoolA());
		mvc.perform(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
					.user(user)
					.password("wrong"));
		mvc.perform(get("/audit/logins").param("username", user).with(accounts.as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("outcome-FAILURE")))
			.andExpect(content().string(containsString("1 records")));
		mvc.perform(get("/api/v1/audit/logins").param("username", user).with(TestAccounts.basic(auditor)))
			.andExpect(jsonPath("$.content[0].username").value(user))
			.andExpect(jsonPath("$.content[0].outcome").value("FAILURE"))
			.andExpect(jsonPath("$.content[*].ip").value(hasItem("127.0.0.1")));
	}

	@Test
	void theAuditPagesRenderInBothLanguages() throws Exception {
		for (String[] page : new String[][] { { "/audit", "Audit trail", "审计日志" },
				{ "/audit/logins", "Sign-in log", "登录日志" } }) {
			mvc.perform(get(page[0]).with(accounts.as(auditor)).locale(Locale.ENGLISH))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(page[1])))
				.andExpect(content().string(not(containsString("??"))));
			mvc.perform(get(page[0]).with(accounts.as(auditor)).header("Accept-Language", "zh-CN"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(page[2])))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void nothingChangesOrRemovesAnEntry() throws Exception {
		for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
			for (String path : List.of("/api/v1/audit/entries", "/api/v1/audit/logins")) {
				mvc.perform(request(method, path).with(TestAccounts.basic(auditor)))
					.andExpect(status().isMethodNotAllowed());
			}
			for (String path : List.of("/audit", "/audit/logins")) {
				mvc.perform(request(method, path).with(accounts.as(auditor)).with(csrf()))
					.andExpect(status().isMethodNotAllowed());
				mvc.perform(request(method, path).with(accounts.as(auditor))).andExpect(status().isForbidden());
			}
		}
		mvc.perform(post("/api/v1/audit/entries").with(TestAccounts.basic(auditor)))
			.andExpect(status().isMethodNotAllowed());
	}

	@Test
	void theRepositoriesHaveNoUpdateOrDelete() {
		for (Class<?> repository : List.of(AuditEntryRepository.class, LoginEventRepository.class)) {
			assertThat(CrudRepository.class.isAssignableFrom(repository)).isFalse();
			assertThat(ListCrudRepository.class.isAssignableFrom(repository)).isFalse();
			for (Method method : repository.getMethods()) {
				String name = method.getName().toLowerCase(Locale.ROOT);
				assertThat(name).as(repository.getSimpleName() + "." + method.getName())
					.doesNotContain("delete", "remove", "update", "modify", "merge", "flush")
					.matches("save|find.*|count|entitytypes");
				assertThat(method.isAnnotationPresent(Modifying.class)).isFalse();
				if (name.equals("save")) {
					assertThat(Arrays.asList(method.getParameterTypes())).doesNotContain(Iterable.class);
				}
			}
		}
	}

}
