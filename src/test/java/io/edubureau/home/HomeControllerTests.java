package io.edubureau.home;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard as each kind of user sees it. */
@EduBureauTest
class HomeControllerTests {

	// Any <script> without a src attribute would be an inline script, which the CSP
	// forbids.
	private static final String NO_INLINE_SCRIPT = "(?s)(?!.*<script(?![^>]*\\bsrc=)[^>]*>).*";

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

	@Test
	void aSchoolAdminSeesTheCountsOfTheirSchoolLinkingIntoTheList() throws Exception {
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		home(admin, "en").andExpect(status().isOk())
			.andExpect(content().string(allOf(count("SCHOOL", 1), count("TEACHING_POINT", 1),
					containsString("href=\"/org/units?type=SCHOOL&amp;status=ACTIVE\""),
					containsString("id=\"chart-stage\""), containsString("data-chart="),
					containsString("/org/units?stage=PRIMARY&amp;locality=RURAL&amp;status=ACTIVE"),
					not(containsString("id=\"home-empty\"")), matchesPattern(NO_INLINE_SCRIPT))))
			// a school's home counts no bureau
			.andExpect(content().string(not(containsString("id=\"count-BUREAU\""))));
	}

	@Test
	void aBureauOfficerSeesTheWholeCounty() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		home(officer, "zh-CN").andExpect(content().string(allOf(count("BUREAU", 1), count("TOWNSHIP_OFFICE", 1),
				count("SCHOOL", 2), count("TEACHING_POINT", 2), containsString("概览"), containsString("各学段学校城乡分布"),
				containsString("乡镇教育办"), containsString("乡村"))));
	}

	@Test
	void anAccountWithoutAUnitSeesAClearEmptyState() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", null);
		home(officer, "en").andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"home-empty\""), containsString("Your account is not linked to a unit"),
							not(containsString("id=\"count-SCHOOL\"")), not(containsString("data-chart=")))));
		home(officer, "zh-CN").andExpect(content().string(containsString("您的账号未关联单位")));
	}

	@Test
	void aScopeWithoutActiveSchoolsShowsNoChart() throws Exception {
		accounts.asSystem(() -> {
			org.archive(DataScope.all(), county.pointB().id(), null, "test");
			return null;
		});
		String teacher = accounts.account("TEACHER", county.pointB());
		home(teacher, "en").andExpect(content().string(allOf(containsString("id=\"home-empty\""),
				containsString("There are no active units in your data scope."), not(containsString("data-chart=")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "SECURITY_ADMIN", "AUDIT_ADMIN" })
	void administratorsWithoutTheRegistrySeeTheirWorkAreasInsteadOfUnitFigures(String role) throws Exception {
		String admin = accounts.account(role, null);
		home(admin, "en").andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"home-areas\""),
					containsString("Your role does not include the unit registry."),
					containsString(role.equals("AUDIT_ADMIN") ? "href=\"/audit\"" : "href=\"/security/users\""),
					not(containsString("id=\"count-SCHOOL\"")), not(containsString("data-chart=")))));
	}

	@Test
	void theLanguageCookieWinsOverTheBrowser() throws Exception {
		String inspector = accounts.account("INSPECTOR", null);
		mvc.perform(get("/").with(accounts.as(inspector))
			.header("Accept-Language", "zh-CN")
			.cookie(new Cookie("edubureau-lang", "en")))
			.andExpect(content().string(allOf(containsString("Overview"),
					containsString("Schools by stage and locality"), not(containsString("概览")))));
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	private ResultActions home(String user, String language) throws Exception {
		return mvc.perform(get("/").with(accounts.as(user)).header("Accept-Language", language));
	}

	private static org.hamcrest.Matcher<String> count(String type, int n) {
		return containsString("id=\"count-" + type + "\">" + n + "<");
	}

}
