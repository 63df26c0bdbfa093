package io.edubureau.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.DemoInstallation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every demo account of a new installation signs in through the form and opens its home
 * page and every page its navigation lists (issue 12 item 6: the demo teacher had no role
 * and every teacher page answered 403), on the run's one {@link DemoInstallation} (shared
 * with {@code DemoCountySummaryTests}: loading the demo county takes minutes).
 */
@Tag("db")
@ExtendWith(DemoInstallation.Shared.class)
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class DemoAccountsTests {

	private static final String PASSWORD = DemoInstallation.PASSWORD;

	// README's table of demo accounts, each with pages its role must list (a role that
	// lost its permissions would show a navigation of the home page alone).
	private static final Map<String, List<String>> ACCOUNTS = new LinkedHashMap<>();

	static {
		ACCOUNTS.put("admin", List.of("/security/users", "/security/roles"));
		ACCOUNTS.put("sysadmin", List.of("/org/units", "/rules"));
		ACCOUNTS.put("auditor", List.of("/audit"));
		ACCOUNTS.put("officer", List.of("/staff", "/staff/duplicates", "/establishment", "/reports/summary"));
		ACCOUNTS.put("school", List.of("/staff", "/staff/changes", "/training"));
		ACCOUNTS.put("teacher", List.of("/me", "/training/me", "/titles", "/rules"));
		ACCOUNTS.put("inspector", List.of("/staff", "/reports/figures", "/registration"));
		ACCOUNTS.put("payofficer", List.of("/pay"));
		ACCOUNTS.put("petitions", List.of("/petitions"));
	}

	private static final Pattern NAV = Pattern.compile("<nav.*?</nav>", Pattern.DOTALL);

	private static final Pattern UNFILLED = Pattern.compile("\\{\\d+\\}|\\?\\?[\\w.-]+\\?\\?|\\[[A-Z][A-Z_]{3,}: ");

	// The text a user reads: scripts, styles and tags (with their attributes, such as an
	// input's pattern) removed.
	private static final Pattern SCRIPTS = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);

	private static final Pattern TAGS = Pattern.compile("<[^>]*>");

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#?]*)\"");

	@Test
	void everyDemoAccountOpensEveryPageItsNavigationLists(DemoInstallation demo) throws Exception {
		MockMvc mvc = demo.mvc();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, List<String>> account : ACCOUNTS.entrySet()) {
			MvcResult signIn = mvc
				.perform(post("/login").param("username", account.getKey()).param("password", PASSWORD).with(csrf()))
				.andReturn();
			assertThat(signIn.getResponse().getRedirectedUrl()).as("%s signs in", account.getKey())
				.doesNotContain("error");
			MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
			assertThat(session).as("%s has a session", account.getKey()).isNotNull();

			MvcResult home = mvc.perform(get("/").session(session)).andReturn();
			assertThat(home.getResponse().getStatus()).as("%s's home page", account.getKey()).isEqualTo(200);
			String html = home.getResponse().getContentAsString(StandardCharsets.UTF_8);
			Matcher nav = NAV.matcher(html);
			assertThat(nav.find()).as("%s's home page has a navigation", account.getKey()).isTrue();
			Set<String> pages = new LinkedHashSet<>();
			Matcher href = HREF.matcher(nav.group());
			while (href.find()) {
				pages.add(href.group(1));
			}
			assertThat(pages).as("%s's navigation", account.getKey()).containsAll(account.getValue());
			for (String page : pages) {
				// A page that forwards to another (/training/me to the teacher's own
				// ledger) is followed; one that sends to the sign-in page is a
				// failure.
				String at = page;
				MvcResult answer = mvc.perform(get(at).session(session).locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
				for (int hops = 0; hops < 3 && answer.getResponse().getRedirectedUrl() != null
						&& answer.getResponse().getRedirectedUrl().startsWith("/")
						&& !answer.getResponse().getRedirectedUrl().startsWith("/login"); hops++) {
					at = answer.getResponse().getRedirectedUrl();
					answer = mvc.perform(get(at).session(session).locale(Locale.SIMPLIFIED_CHINESE)).andReturn();
				}
				int status = answer.getResponse().getStatus();
				if (status != 200) {
					failures.add(account.getKey() + " " + page + (at.equals(page) ? "" : " → " + at) + " -> " + status);
					continue;
				}
				// Issue 13: no unfilled placeholder, missing message key or rule code on
				// a
				// Chinese page.
				String text = TAGS
					.matcher(SCRIPTS.matcher(answer.getResponse().getContentAsString(StandardCharsets.UTF_8))
						.replaceAll(" "))
					.replaceAll(" ");
				Matcher unfilled = UNFILLED.matcher(text);
				if (unfilled.find()) {
					failures.add(account.getKey() + " " + at + " shows " + unfilled.group());
				}
			}
		}
		assertThat(failures).as("pages of the navigation that do not answer 200").isEmpty();
	}

}
