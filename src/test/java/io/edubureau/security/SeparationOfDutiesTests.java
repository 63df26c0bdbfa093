package io.edubureau.security;

import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.ScopeKind;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 三员分立: system, security and audit administration stay apart. */
@EduBureauTest
class SeparationOfDutiesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecurityManagement security;

	@Autowired
	UserAccountRepository users;

	@Autowired
	TransactionTemplate tx;

	County county;

	String securityAdmin;

	String auditAdmin;

	String systemAdmin;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		securityAdmin = accounts.account("SECURITY_ADMIN", null);
		auditAdmin = accounts.account("AUDIT_ADMIN", null);
		systemAdmin = accounts.account("SYSTEM_ADMIN", null);
	}

	long id(String username) {
		return users.findByUsername(username).orElseThrow().getId();
	}

	static String code() {
		return "R" + TestAccounts.uniqueCode();
	}

	@Test
	void aRoleCombiningSecurityAndAuditPermissionsIsRejected() {
		RoleForm form = new RoleForm(code(), "混合", "Mixed", ScopeKind.ALL,
				Set.of("security:user:read", "audit:log:read"));
		assertThatThrownBy(() -> security.saveRole(id(securityAdmin), null, form)).isInstanceOf(Rejection.class)
			.satisfies(ex -> assertThat(((Rejection) ex).problems().get(0).messageKey())
				.isEqualTo("security.role.separation"));
	}

	@Test
	void aRoleCombiningSecurityAndSystemPermissionsIsRejectedByTheApi() throws Exception {
		String body = """
				{"code":"%s","nameZh":"混合","nameEn":"Mixed","dataScope":"ALL",
				 "permissions":["security:role:manage","org:unit:update"]}""".formatted(code());
		mvc.perform(post("/api/v1/security/roles").with(TestAccounts.basic(securityAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("permissions"));
	}

	@Test
	void aRoleOfOneDomainIsAccepted() throws Exception {
		String code = code();
		String body = """
				{"code":"%s","nameZh":"单位查看","nameEn":"Unit reader","dataScope":"UNIT",
				 "permissions":["org:unit:read","account:profile:update"]}""".formatted(code);
		mvc.perform(post("/api/v1/security/roles").with(TestAccounts.basic(securityAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").value(code))
			.andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.hasItem("org:unit:read")));
	}

	@Test
	void aUserGivenSystemAndAuditAdministrationIsRejected() throws Exception {
		UserForm form = new UserForm("mixed-" + TestAccounts.uniqueCode(), "混合", null,
				Set.of("SYSTEM_ADMIN", "AUDIT_ADMIN"), null);
		assertThatThrownBy(() -> security.createUser(id(securityAdmin), form)).isInstanceOf(Rejection.class)
			.satisfies(ex -> assertThat(((Rejection) ex).problems().get(0).messageKey())
				.isEqualTo("security.user.role.separation"));
		assertThat(users.existsByUsername(form.username())).isFalse();

		mvc.perform(post("/security/users").with(accounts.as(securityAdmin))
			.with(csrf())
			.param("username", form.username())
			.param("displayName", "混合")
			.param("roleCodes", "SYSTEM_ADMIN", "AUDIT_ADMIN"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("choose roles of one kind")));
		assertThat(users.existsByUsername(form.username())).isFalse();
	}

	@Test
	void theSecurityAdministratorCannotChangeTheirOwnRoles() throws Exception {
		long me = id(securityAdmin);
		UserForm form = new UserForm(securityAdmin, "me", null, Set.of("SECURITY_ADMIN", "TEACHER"), true);
		assertThatThrownBy(() -> security.updateUser(me, me, form)).isInstanceOf(Rejection.class)
			.satisfies(ex -> assertThat(((Rejection) ex).problems().get(0).messageKey())
				.isEqualTo("security.user.role.self"));
		String body = """
				{"username":"%s","displayName":"me","roleCodes":["AUDIT_ADMIN"]}""".formatted(securityAdmin);
		mvc.perform(put("/api/v1/security/users/" + me).with(TestAccounts.basic(securityAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("roleCodes"));
		assertThat(security.user(me).roleCodes()).containsExactly("SECURITY_ADMIN");
		// Another security administrator may.
		String other = accounts.account("SECURITY_ADMIN", null);
		UserView changed = security.updateUser(id(other), me,
				new UserForm(securityAdmin, "me", null, Set.of("AUDIT_ADMIN"), true));
		assertThat(changed.roleCodes()).containsExactly("AUDIT_ADMIN");
	}

	@Test
	void nobodyDisablesTheirOwnAccount() {
		long me = id(securityAdmin);
		assertThatThrownBy(() -> security.setEnabled(me, me, false)).isInstanceOf(Rejection.class);
		assertThat(security.user(me).enabled()).isTrue();
	}

	@Test
	void aRoleCannotBeChangedSoThatAHolderMixesDomains() {
		long admin = id(securityAdmin);
		RoleView role = security.saveRole(admin, null,
				new RoleForm(code(), "审计查看", "Audit reader", ScopeKind.ALL, Set.of("audit:log:read")));
		// Its holder is also audit administrator: turning it into a security role would
		// mix the two.
		String auditor = accounts.account("AUDIT_ADMIN", null);
		security.updateUser(admin, id(auditor),
				new UserForm(auditor, auditor, null, Set.of("AUDIT_ADMIN", role.code()), true));
		assertThatThrownBy(() -> security.saveRole(admin, role.id(),
				new RoleForm(role.code(), "审计查看", "Audit reader", ScopeKind.ALL, Set.of("security:user:read"))))
			.isInstanceOf(Rejection.class)
			.satisfies(ex -> assertThat(((Rejection) ex).problems().get(0).messageKey())
				.isEqualTo("security.role.separation.holder"));
	}

	@Test
	void nobodyChangesARoleTheyHold() {
		String other = accounts.account("SECURITY_ADMIN", null);
		RoleView role = security.saveRole(id(other), null,
				new RoleForm(code(), "账号查看", "Account reader", ScopeKind.ALL, Set.of("security:user:read")));
		security.updateUser(id(other), id(securityAdmin),
				new UserForm(securityAdmin, securityAdmin, null, Set.of("SECURITY_ADMIN", role.code()), true));
		assertThatThrownBy(() -> security.saveRole(id(securityAdmin), role.id(),
				new RoleForm(role.code(), "账号查看", "Account reader", ScopeKind.ALL,
						Set.of("security:user:read", "security:user:manage"))))
			.isInstanceOf(Rejection.class)
			.satisfies(
					ex -> assertThat(((Rejection) ex).problems().get(0).messageKey()).isEqualTo("security.role.self"));
	}

	@Test
	void builtInRolesCannotBeChanged() {
		RoleView builtIn = security.roles().stream().filter(r -> r.code().equals("TEACHER")).findFirst().orElseThrow();
		assertThatThrownBy(() -> security.saveRole(id(securityAdmin), builtIn.id(),
				new RoleForm("TEACHER", "教师", "Teacher", ScopeKind.ALL, Set.of("org:unit:read"))))
			.isInstanceOf(Rejection.class);
	}

	@Test
	void theSecurityAdministratorCannotOpenTheAudit() throws Exception {
		mvc.perform(get("/audit").with(accounts.as(securityAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/audit/logins").with(accounts.as(securityAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/entries").with(TestAccounts.basic(securityAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/security/users").with(accounts.as(securityAdmin))).andExpect(status().isOk());
	}

	@Test
	void theAuditAdministratorCannotOpenAccountsOrRoles() throws Exception {
		mvc.perform(get("/security/users").with(accounts.as(auditAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/security/roles").with(accounts.as(auditAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/security/users").with(TestAccounts.basic(auditAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/audit").with(accounts.as(auditAdmin))).andExpect(status().isOk());
	}

	@Test
	void theSystemAdministratorCanDoNeither() throws Exception {
		mvc.perform(get("/audit").with(accounts.as(systemAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/security/users").with(accounts.as(systemAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/security/roles").with(accounts.as(systemAdmin))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/logins").with(TestAccounts.basic(systemAdmin)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/security/roles").with(TestAccounts.basic(systemAdmin)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aScopeWithoutAUnitSeesNothing() {
		String orphan = accounts.account("SCHOOL_ADMIN", null);
		String auditor = accounts.account("AUDIT_ADMIN", null);
		String teacher = accounts.account("TEACHER", county.schoolA());
		tx.executeWithoutResult(s -> {
			assertThat(new BureauUser(users.findByUsername(orphan).orElseThrow(), java.time.Instant.now()).scope()
				.seesNothing()).isTrue();
			assertThat(
					new BureauUser(users.findByUsername(auditor).orElseThrow(), java.time.Instant.now()).scope().kind())
				.isEqualTo(ScopeKind.ALL);
			var scope = new BureauUser(users.findByUsername(teacher).orElseThrow(), java.time.Instant.now()).scope();
			assertThat(scope.kind()).isEqualTo(ScopeKind.SELF);
			assertThat(scope.unitId()).isEqualTo(county.schoolA().id());
		});
	}

}
