package io.edubureau.platform;

import java.time.temporal.ChronoUnit;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What differs between PostgreSQL and MariaDB and must not show: CI runs these on both
 * (see .ci/run), the embedded PostgreSQL runs them in every build.
 */
@EduBureauTest
class DatabasePortabilityTests {

	@Autowired
	OrgManagement org;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void searchTakesLikeWildcardsAndBackslashLiterally() {
		String marker = TestAccounts.uniqueCode();
		UnitView literal = bureau(marker + "_5%\\局");
		bureau(marker + "X5Y局");
		bureau(marker + "X5%\\局");

		assertThat(search(marker + "_5%\\")).containsExactly(literal.code());
		assertThat(search(marker)).hasSize(3);
	}

	@Test
	void searchIgnoresTheCaseOfLatinLetters() {
		String marker = TestAccounts.uniqueCode();
		UnitView sunshine = bureau(marker + " Sunshine 阳光学区");

		assertThat(search("sUNSHINE 阳光学区")).contains(sunshine.code());
		assertThat(search(marker + " SUNSHINE")).containsExactly(sunshine.code());
	}

	@Test
	void fourByteCharactersSurviveTheRoundTrip() {
		// U+20BB7 lies outside the basic plane: MariaDB's three-byte utf8 would refuse
		// it.
		String name = "𠮷林乡教育办" + TestAccounts.uniqueCode();
		UnitView saved = bureau(name);

		assertThat(org.get(DataScope.all(), saved.id()).name()).isEqualTo(name);
		assertThat(search("𠮷林乡")).contains(saved.code());
	}

	@Test
	void instantsKeepMicroseconds() {
		UnitView saved = bureau("时间精度" + TestAccounts.uniqueCode());

		UnitView read = org.get(DataScope.all(), saved.id());
		assertThat(read.updatedAt()).isCloseTo(saved.updatedAt(), within(1, ChronoUnit.MICROS));
	}

	@Test
	void usernamesAreCaseSensitive() throws Exception {
		String username = accounts.account("TEACHER", null);

		// The teacher may not read metrics (403) but is known; the upper-cased name is
		// not
		// (401), as on PostgreSQL, so a case-insensitive collation shows here.
		mvc.perform(get("/actuator/prometheus").with(httpBasic(username, TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(username.toUpperCase(), TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	private UnitView bureau(String name) {
		return accounts
			.asSystem(() -> org.create(DataScope.all(), TestAccounts.unit(UnitType.BUREAU, name, null, Set.of())));
	}

	private java.util.List<String> search(String q) {
		return org.listAll(DataScope.all(), new UnitFilter(q, null, null, null, null, null, null))
			.stream()
			.map(UnitView::code)
			.toList();
	}

}
