package io.edubureau.security;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hostile input where people type: markup in names, SQL in search parameters. */
@EduBureauTest
class AttackInputTests {

	static final String SCRIPT = "<script>alert('x')</script>\"'甲";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Autowired
	StaffManagement staff;

	County county;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	@Test
	void markupInNamesIsEscapedOnEveryPage() throws Exception {
		UnitView unit = accounts.asSystem(() -> org.create(DataScope.all(),
				TestAccounts.unit(UnitType.SCHOOL, SCRIPT, county.office().code(), java.util.Set.of(Stage.PRIMARY))));
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 2, 2), true), SCRIPT, unit.code())));
		for (String page : new String[] { "/org/units?q=甲", "/org/units/" + unit.id(), "/staff?unit=" + unit.code(),
				"/staff/" + person.id(), "/establishment" }) {
			mvc.perform(get(page).with(accounts.as(officer)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(containsString("&lt;script&gt;")));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "' or '1'='1", "'; drop table org_unit; --", "%", "_", "\\", "%' union select 1 --" })
	void sqlMetacharactersInSearchFindNothingAndBreakNothing(String q) throws Exception {
		mvc.perform(get("/api/v1/units").param("q", q).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/staff").param("name", q).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/staff").param("idNumber", q).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/staff").param("name", q).with(accounts.as(officer))).andExpect(status().isOk());
		mvc.perform(get("/audit").param("actor", q).with(accounts.as(accounts.account("AUDIT_ADMIN", null))))
			.andExpect(status().isOk());
	}

}
