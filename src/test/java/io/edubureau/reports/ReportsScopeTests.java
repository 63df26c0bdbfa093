package io.edubureau.reports;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static io.edubureau.security.ScopeChecks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Reports data scope: the figure book and the annual summary with unit=, lineage records
 * and their .xlsx, text blocks and the work plan.
 */
@EduBureauTest
class ReportsScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	LocalDate today = LocalDate.now();

	int year = today.getYear();

	String tag = TestAccounts.uniqueCode();

	StaffView teacher(String name, UnitView unit) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name + tag, unit.code(), LocalDate.of(1985, 6, 6), today.minusYears(3))));
	}

	@Test
	void schoolAdministratorTeacherInspectorAndOfficer() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		StaffView a = teacher("甲校报表", county.schoolA());
		StaffView b = teacher("乙校报表", county.schoolB());
		StaffView far = teacher("外县报表", elsewhere.schoolA());
		var adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var teacherA = accounts.as(accounts.account("TEACHER", county.schoolA(), a.id()));
		var inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		String officerName = accounts.account("BUREAU_OFFICER", county.bureau());
		var officer = accounts.as(officerName);
		var farOfficer = accounts.as(accounts.account("BUREAU_OFFICER", elsewhere.bureau()));

		// (1) Lineage records of a figure, on the page and the API: A's people only.
		String key = "staff.active";
		List<String> records = List.of("/reports/figures/" + key + "/records?year=" + year,
				"/api/v1/reports/figures/" + key + "/records?size=1000&year=" + year);
		for (String url : records) {
			assertThat(read(mvc, adminA, url)).doesNotContain(b.name(), far.name());
			assertThat(read(mvc, officer, url)).doesNotContain(far.name());
		}
		assertThat(read(mvc, adminA, records.get(1) + "&unit=" + county.schoolA().code())).contains(a.name());
		assertThat(read(mvc, inspector, records.get(1) + "&unit=" + county.schoolB().code())).contains(b.name());
		// (2) Their export: the rows of the .xlsx.
		String export = "/reports/figures/" + key + "/records/export?year=" + year;
		assertThat(xlsx(mvc, adminA, export)).doesNotContain(b.name(), far.name());
		assertThat(xlsx(mvc, adminA, export + "&unit=" + county.schoolA().code())).contains(a.name());
		assertThat(xlsx(mvc, officer, export + "&unit=" + county.schoolB().code())).contains(b.name())
			.doesNotContain(a.name());
		assertThat(xlsx(mvc, inspector, export + "&unit=" + elsewhere.schoolA().code())).contains(far.name());

		// Every figure's lineage, on the API and in the .xlsx: never B's or another
		// county's
		// people for A; the inspector finds B's in some.
		String definitions = read(mvc, adminA, "/api/v1/reports/figures");
		var keys = java.util.regex.Pattern.compile("\"key\":\"([^\"]+)\"")
			.matcher(definitions)
			.results()
			.map(m -> m.group(1))
			.distinct()
			.toList();
		assertThat(keys).contains(key);
		int withB = 0;
		for (String k : keys) {
			String api = "/api/v1/reports/figures/" + k + "/records?size=1000&year=" + year;
			var own = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(api).with(adminA))
				.andReturn()
				.getResponse();
			if (own.getStatus() != 200) {
				continue;
			}
			assertThat(own.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).as(api)
				.doesNotContain(b.name(), far.name());
			assertThat(xlsx(mvc, adminA, "/reports/figures/" + k + "/records/export?year=" + year)).as(k)
				.doesNotContain(b.name(), far.name());
			if (read(mvc, inspector, api + "&unit=" + county.schoolB().code()).contains(b.name())) {
				withB++;
			}
		}
		assertThat(withB).isGreaterThan(0);

		// (4) A unit outside the scope is 403 on every path that takes unit=; one that
		// does not exist is 404.
		for (String unit : new String[] { county.schoolB().code(), county.bureau().code(),
				elsewhere.schoolA().code() }) {
			answers(mvc, adminA, 403, "/reports/figures?year=" + year + "&unit=" + unit,
					"/api/v1/reports/annual-summary?year=" + year + "&unit=" + unit,
					"/reports/figures/" + key + "/records?year=" + year + "&unit=" + unit,
					"/api/v1/reports/figures/" + key + "/records?year=" + year + "&unit=" + unit,
					export + "&unit=" + unit, "/reports/summary?year=" + year + "&unit=" + unit,
					"/reports/summary/download?format=html&year=" + year + "&unit=" + unit,
					"/api/v1/reports/annual-summary?format=html&year=" + year + "&unit=" + unit);
		}
		answers(mvc, officer, 403, "/api/v1/reports/annual-summary?year=" + year + "&unit=" + elsewhere.bureau().code(),
				export + "&unit=" + elsewhere.schoolA().code());
		String nowhere = TestAccounts.uniqueCode();
		answers(mvc, inspector, 404, "/api/v1/reports/annual-summary?year=" + year + "&unit=" + nowhere,
				"/api/v1/reports/figures/" + key + "/records?year=" + year + "&unit=" + nowhere);
		answers(mvc, adminA, 200, "/reports/figures?year=" + year + "&unit=" + county.pointA().code(),
				"/api/v1/reports/annual-summary?year=" + year + "&unit=" + county.schoolA().code());
		answers(mvc, inspector, 200, "/api/v1/reports/annual-summary?year=" + year + "&unit=" + county.schoolB().code(),
				"/reports/summary?year=" + year + "&unit=" + elsewhere.schoolA().code());

		// Text blocks and the work plan are the writing bureau's: another county does not
		// read them.
		String text = "范围文字" + tag;
		answers(mvc,
				put("/api/v1/reports/summary/" + year + "/blocks/OVERVIEW/zh").with(officer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\": \"" + text + "\"}"),
				200);
		assertThat(read(mvc, officer, "/api/v1/reports/summary/" + year + "/blocks?lang=zh")).contains(text);
		assertThat(read(mvc, farOfficer, "/api/v1/reports/summary/" + year + "/blocks?lang=zh")).doesNotContain(text);
		assertThat(read(mvc, farOfficer, "/api/v1/reports/summary/" + year + "/blocks/OVERVIEW/zh/versions"))
			.doesNotContain(text);
		assertThat(read(mvc, adminA, "/reports/summary?year=" + year)).doesNotContain(text);

		// The teacher has no reports.
		answers(mvc, teacherA, 403, "/reports/figures", "/api/v1/reports/annual-summary?year=" + year,
				export + "&unit=" + county.schoolA().code(), "/api/v1/reports/plan/" + year);
		answers(mvc, post("/reports/figures/freeze").with(adminA).param("year", "" + year), 403);
	}

}
