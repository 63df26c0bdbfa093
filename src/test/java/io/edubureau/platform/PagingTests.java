package io.edubureau.platform;

import java.util.Locale;
import java.util.stream.Stream;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 12, item 13: every paged list, page and API, answers a huge, negative or garbage
 * {@code page} or {@code size} with a clear 400/422 in the user's language or an empty
 * last page, never a 500.
 */
@EduBureauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagingTests {

	/** Every paged list: path, role, whether it is the API. */
	static final String[][] LISTS = { { "/api/v1/units", "BUREAU_OFFICER" }, { "/api/v1/staff", "BUREAU_OFFICER" },
			{ "/api/v1/audit/entries", "AUDIT_ADMIN" }, { "/api/v1/audit/logins", "AUDIT_ADMIN" },
			{ "/api/v1/security/users", "SECURITY_ADMIN" },
			{ "/api/v1/reports/figures/staff.active/records?year=2025", "BUREAU_OFFICER" },
			{ "/org/units", "BUREAU_OFFICER" }, { "/staff", "BUREAU_OFFICER" }, { "/audit", "AUDIT_ADMIN" },
			{ "/audit/logins", "AUDIT_ADMIN" }, { "/security/users", "SECURITY_ADMIN" },
			{ "/reports/figures/staff.active/records?year=2025", "BUREAU_OFFICER" } };

	static final String[] BAD = { "page=2147483647", "page=1073741824", "page=-1", "page=-2147483648", "page=abc",
			"page=99999999999", "page=", "size=2147483647", "size=0", "size=-1", "size=abc",
			"page=2147483647&size=2147483647", "page=1000000&size=5000" };

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	final java.util.Map<String, String> users = new java.util.HashMap<>();

	static Stream<Arguments> cases() {
		return Stream.of(LISTS).flatMap(l -> Stream.of(BAD).map(b -> Arguments.of(l[0], l[1], b)));
	}

	@BeforeAll
	void setUp() {
		County county = accounts.county();
		for (String role : new String[] { "BUREAU_OFFICER", "AUDIT_ADMIN", "SECURITY_ADMIN" }) {
			users.put(role, accounts.account(role, "BUREAU_OFFICER".equals(role) ? county.bureau() : null));
		}
	}

	@ParameterizedTest(name = "{0} {2}")
	@MethodSource("cases")
	void badPagingAnswersAClearErrorOrAnEmptyPageNever500(String path, String role, String paging) throws Exception {
		String user = users.get(role);
		String url = path + (path.contains("?") ? "&" : "?") + paging;
		boolean api = path.startsWith("/api/");
		var request = get(url).locale(Locale.SIMPLIFIED_CHINESE).header("Accept-Language", "zh-CN");
		MvcResult result = mvc.perform(api ? request.with(TestAccounts.basic(user)) : request.with(accounts.as(user)))
			.andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(status).as(url + " answered " + body).isIn(200, 400, 422);
		if (api && status != 200) {
			assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			JsonNode problem = json.readTree(body);
			assertThat(problem.get("status").asInt()).isEqualTo(status);
			// A message in the caller's language, naming no Java type.
			assertThat(problem.get("detail").asString()).isNotBlank()
				.doesNotContain("Exception")
				.doesNotContain("java.")
				.matches(".*\\p{IsHan}.*");
		}
		if (api && status == 200) {
			JsonNode page = json.readTree(body);
			JsonNode rows = page.has("content") ? page.get("content") : page.get("rows");
			if (paging.startsWith("page=2147483647") || paging.startsWith("page=1073741824")) {
				assertThat(rows).as(url).isEmpty();
			}
		}
		if (!api && status != 200) {
			// The refusal in Chinese: the page number, the page size, a value that is not
			// a
			// number, or the general 400 text.
			assertThat(body).as(url).containsAnyOf("页码", "每页条数", "不是数字", "无法理解该请求");
		}
	}

}
