package io.edubureau.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.audit.LoginEventView;
import io.edubureau.audit.LoginOutcome;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in through the real filter chains: lockout, login log, session fixation, CSRF,
 * forced password change and the password policy.
 */
@EduBureauTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecurityManagement security;

	@Autowired
	AuditManagement audit;

	@Autowired
	UserAccountRepository users;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	MvcResult login(String username, String password) throws Exception {
		return mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
	}

	List<LoginOutcome> loginLog(String username) {
		List<LoginOutcome> newestFirst = new ArrayList<>(
				audit.logins(username, PageRequest.of(0, 50)).map(LoginEventView::outcome).getContent());
		Collections.reverse(newestFirst);
		return newestFirst;
	}

	void expireLock(String username) {
		tx.executeWithoutResult(s -> em.createQuery("update UserAccount u set u.lockedUntil = :t where u.username = :n")
			.setParameter("t", Instant.now().minus(1, ChronoUnit.MINUTES))
			.setParameter("n", username)
			.executeUpdate());
	}

	@Test
	void theFifthFailedSignInLocksTheAccountEvenAgainstTheRightPassword() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		for (int i = 1; i <= 4; i++) {
			assertThat(login(user, "wrong-" + i).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(users.findByUsername(user).orElseThrow().getLockedUntil()).isNull();
		assertThat(login(user, "wrong-5").getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(users.findByUsername(user).orElseThrow().getLockedUntil()).isAfter(Instant.now());
		assertThat(login(user, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");

		mvc.perform(get("/login?locked").locale(Locale.ENGLISH))
			.andExpect(content().string(containsString("this account is locked for 15 minutes")));
		mvc.perform(get("/login?locked").header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("账号已锁定 15 分钟")));

		assertThat(loginLog(user)).containsExactly(LoginOutcome.FAILURE, LoginOutcome.FAILURE, LoginOutcome.FAILURE,
				LoginOutcome.FAILURE, LoginOutcome.LOCKED, LoginOutcome.LOCKED);
		long id = users.findByUsername(user).orElseThrow().getId();
		assertThat(audit.search(new AuditQuery(null, "security.user", String.valueOf(id), AuditAction.LOCK, null, null),
				PageRequest.of(0, 5)))
			.singleElement()
			.satisfies(e -> assertThat(e.changes()).extracting(Change::field).containsExactly("lockedUntil"));
	}

	@Test
	void pagesAndTheApiSendSecureHeaders() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		for (var request : List.of(get("/account/password").with(accounts.as(user)),
				get("/api/v1/security/roles").with(TestAccounts.basic(user)), get("/login"))) {
			mvc.perform(request)
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
	}

	@Test
	void httpBasicCountsTowardsTheLockoutToo() throws Exception {
		String admin = accounts.account("SECURITY_ADMIN", null);
		mvc.perform(get("/api/v1/security/roles").with(TestAccounts.basic(admin))).andExpect(status().isOk());
		for (int i = 1; i <= 5; i++) {
			mvc.perform(get("/api/v1/security/roles").with(httpBasic(admin, "wrong")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/security/roles").with(TestAccounts.basic(admin)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		assertThat(loginLog(admin)).contains(LoginOutcome.FAILURE, LoginOutcome.LOCKED);
		assertThat(loginLog(admin)).last().isEqualTo(LoginOutcome.LOCKED);
	}

	@Test
	void theSecurityAdministratorUnlocksAnAccount() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		String admin = accounts.account("SECURITY_ADMIN", null);
		for (int i = 0; i < 5; i++) {
			login(user, "wrong");
		}
		long id = users.findByUsername(user).orElseThrow().getId();
		mvc.perform(get("/security/users").param("q", user).with(accounts.as(admin)))
			.andExpect(content().string(containsString("state-locked")));
		mvc.perform(post("/security/users/" + id + "/unlock").with(accounts.as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(security.user(id).locked()).isFalse();
		assertThat(login(user, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aLockedAccountUnlocksAfterTheConfiguredMinutes() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		for (int i = 0; i < 5; i++) {
			login(user, "wrong");
		}
		Instant lockedUntil = users.findByUsername(user).orElseThrow().getLockedUntil();
		assertThat(lockedUntil).isBetween(Instant.now().plus(14, ChronoUnit.MINUTES),
				Instant.now().plus(15, ChronoUnit.MINUTES));
		assertThat(login(user, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?locked");
		expireLock(user);
		assertThat(login(user, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		// After an expired lock the count starts again: one failure does not lock.
		expireLock(user);
		assertThat(login(user, "wrong").getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void theLoginLogRecordsSuccessFailureAndLogout() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		login(user, "wrong");
		MvcResult ok = login(user, TestAccounts.PASSWORD);
		assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
		mvc.perform(post("/logout").session((MockHttpSession) ok.getRequest().getSession(false)).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		assertThat(loginLog(user)).containsExactly(LoginOutcome.FAILURE, LoginOutcome.SUCCESS, LoginOutcome.LOGOUT);
		LoginEventView success = audit.logins(user, PageRequest.of(0, 5))
			.stream()
			.filter(e -> e.outcome() == LoginOutcome.SUCCESS)
			.findFirst()
			.orElseThrow();
		assertThat(success.ip()).isEqualTo("127.0.0.1");
		assertThat(users.findByUsername(user).orElseThrow().getLastLoginAt()).isNotNull();
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		MockHttpSession before = (MockHttpSession) mvc.perform(get("/login")).andReturn().getRequest().getSession();
		String idBefore = before.getId();
		MvcResult result = mvc
			.perform(post("/login").session(before)
				.with(csrf())
				.param("username", user)
				.param("password", TestAccounts.PASSWORD))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(idBefore);
		assertThat(before.isInvalid()).isTrue();
	}

	@Test
	void aPagePostWithoutTheCsrfTokenIsForbidden() throws Exception {
		String admin = accounts.account("SECURITY_ADMIN", null);
		String name = "csrf-" + TestAccounts.uniqueCode();
		mvc.perform(post("/security/users").with(accounts.as(admin))
			.param("username", name)
			.param("displayName", "x")
			.param("roleCodes", "AUDIT_ADMIN")).andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", admin).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(users.existsByUsername(name)).isFalse();
	}

	@Test
	void aGeneratedPasswordMustBeChangedBeforeAnythingElse() throws Exception {
		String admin = accounts.account("SECURITY_ADMIN", null);
		long adminId = users.findByUsername(admin).orElseThrow().getId();
		String username = "fresh-" + TestAccounts.uniqueCode();
		SecurityManagement.Created created = security.createUser(adminId,
				new UserForm(username, "新用户", null, Set.of("SECURITY_ADMIN"), null));
		assertThat(created.user().mustChangePassword()).isTrue();

		MvcResult signedIn = login(username, created.password());
		assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		for (String page : List.of("/", "/security/users", "/account/tokens", "/audit")) {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password"));
		}
		mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("password-forced")));
		mvc.perform(get("/api/v1/security/users").with(httpBasic(username, created.password())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Change your generated password before using the API."));

		String chosen = "Mein-neues-Passw0rt";
		mvc.perform(post("/account/password").session(session)
			.with(csrf())
			.param("currentPassword", created.password())
			.param("newPassword", chosen)
			.param("confirmPassword", chosen)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/security/users").session(session)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/security/users").with(httpBasic(username, chosen))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/security/users").with(httpBasic(username, created.password())))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void thePasswordPolicyExplainsEachRejection() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		expectRejected(user, "Sh0rt!", "The password must have at least 10 characters.");
		expectRejected(user, "alllowercaseletters", "Use at least three of: upper-case letters");
		expectRejected(user, "X1-" + user + "-Y", "The password must not contain your username.");
		expectRejected(user, TestAccounts.PASSWORD, "The new password must differ from the current one.");
		expectRejected(user, "密码很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长A1", "at most 64 characters");
		mvc.perform(post("/account/password").with(accounts.as(user))
			.with(csrf())
			.locale(Locale.SIMPLIFIED_CHINESE)
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", "Sh0rt!")
			.param("confirmPassword", "Sh0rt!")).andExpect(content().string(containsString("密码至少需要 10 个字符")));
		mvc.perform(post("/account/password").with(accounts.as(user))
			.with(csrf())
			.param("currentPassword", "not-the-password")
			.param("newPassword", "Ganz-Neu-Passw0rt")
			.param("confirmPassword", "Ganz-Neu-Passw0rt"))
			.andExpect(content().string(containsString("The current password is wrong.")));
		// Nothing above changed the password.
		assertThat(login(user, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	void expectRejected(String user, String password, String message) throws Exception {
		mvc.perform(post("/account/password").with(accounts.as(user))
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", password)
			.param("confirmPassword", password))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
	}

	@Test
	void aDisabledAccountLosesItsSessionAtOnce() throws Exception {
		String user = accounts.account("TEACHER", accounts.county().schoolA());
		String admin = accounts.account("SECURITY_ADMIN", null);
		MvcResult signedIn = login(user, TestAccounts.PASSWORD);
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		mvc.perform(get("/account/tokens").session(session)).andExpect(status().isOk());
		long id = users.findByUsername(user).orElseThrow().getId();
		security.setEnabled(users.findByUsername(admin).orElseThrow().getId(), id, false);
		mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/login?disabled"));
		assertThat(login(user, TestAccounts.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?disabled");
	}

}
