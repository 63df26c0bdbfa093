package io.edubureau.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import io.edubureau.EduBureauTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: issued on the page, used as Bearer, dead once revoked or expired.
 */
@EduBureauTest
class ApiTokenTests {

	static final Pattern SECRET = Pattern.compile("ebt_[A-Za-z0-9_-]{40,}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecurityManagement security;

	@Autowired
	UserAccountRepository users;

	@Autowired
	ApiTokenRepository tokens;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	String admin;

	long adminId;

	@BeforeEach
	void setUp() {
		admin = accounts.account("SECURITY_ADMIN", null);
		adminId = users.findByUsername(admin).orElseThrow().getId();
	}

	String issueOnPage(String username, String name) throws Exception {
		String html = mvc.perform(post("/account/tokens").with(accounts.as(username)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = SECRET.matcher(html);
		assertThat(m.find()).as("the page shows the secret once").isTrue();
		return m.group();
	}

	@Test
	void anIssuedTokenWorksAsBearerUntilRevoked() throws Exception {
		String secret = issueOnPage(admin, "nightly sync");
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
		// The list shows it without its secret.
		mvc.perform(get("/account/tokens").with(accounts.as(admin)))
			.andExpect(content().string(containsString("nightly sync")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));

		long tokenId = security.tokens(adminId).get(0).id();
		mvc.perform(post("/account/tokens/" + tokenId + "/revoke").with(accounts.as(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		SecurityManagement.Created.Token issued = security.issueToken(adminId, "short-lived", 1);
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isOk());
		tx.executeWithoutResult(s -> em.createQuery("update ApiToken t set t.expiresAt = :t where t.id = :id")
			.setParameter("t", Instant.now().minus(1, ChronoUnit.SECONDS))
			.setParameter("id", issued.token().id())
			.executeUpdate());
		// The bulk update stands in for time passing (nothing changes an expiry once
		// issued), and bypasses the entity listener that empties the callers' cache.
		ApiTokenCache.changed();
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRoleChangeReachesTokensAtOnce() throws Exception {
		// The first call fills the cache of token callers; the role change must empty it.
		String code = "T" + TestAccounts.uniqueCode();
		var role = security.saveRole(adminId, null, new RoleForm(code, "令牌", "Token role",
				io.edubureau.org.ScopeKind.ALL, java.util.Set.of("security:role:read")));
		String user = accounts.account(code, null);
		long userId = users.findByUsername(user).orElseThrow().getId();
		String secret = security.issueToken(userId, "script", null).secret();
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
		security.saveRole(adminId, role.id(), new RoleForm(code, "令牌", "Token role", io.edubureau.org.ScopeKind.ALL,
				java.util.Set.of("org:unit:read")));
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden());
	}

	@Test
	void garbageTokensAreRefused() throws Exception {
		for (String token : new String[] { "ebt_not-a-real-token-at-all", "something-else", "ebt_", "" }) {
			mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
				.andExpect(jsonPath("$.detail").value(containsString("unknown, revoked or expired")));
		}
		mvc.perform(get("/api/v1/security/roles")).andExpect(status().isUnauthorized());
	}

	@Test
	void aDisabledAccountsTokensStopWorking() throws Exception {
		String user = accounts.account("SECURITY_ADMIN", null);
		long userId = users.findByUsername(user).orElseThrow().getId();
		String secret = security.issueToken(userId, "script", null).secret();
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + secret))
			.andExpect(status().isOk());
		security.setEnabled(adminId, userId, false);
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenCarriesItsOwnersPermissionsOnly() throws Exception {
		String teacher = accounts.account("TEACHER", accounts.county().schoolA());
		String secret = issueOnPage(teacher, "mine");
		mvc.perform(get("/api/v1/security/users").header("Authorization", "Bearer " + secret))
			.andExpect(status().isForbidden());
	}

	@Test
	void nobodyRevokesAnotherUsersToken() throws Exception {
		String other = accounts.account("TEACHER", accounts.county().schoolA());
		long otherId = users.findByUsername(other).orElseThrow().getId();
		SecurityManagement.Created.Token issued = security.issueToken(otherId, "theirs", null);
		mvc.perform(post("/account/tokens/" + issued.token().id() + "/revoke").with(accounts.as(admin)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/security/roles").header("Authorization", "Bearer " + issued.secret()))
			.andExpect(status().isForbidden());
		assertThat(tokens.findById(issued.token().id()).orElseThrow().getRevokedAt()).isNull();
	}

	@Test
	void invalidTokenInputIsExplained() throws Exception {
		mvc.perform(post("/account/tokens").with(accounts.as(admin)).with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Name the token")));
		mvc.perform(post("/account/tokens").with(accounts.as(admin))
			.with(csrf())
			.param("name", "x")
			.param("validDays", "0")).andExpect(content().string(containsString("valid for 1 to 3650 days")));
	}

}
