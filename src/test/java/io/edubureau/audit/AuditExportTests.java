package io.edubureau.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Ownership;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitForm;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The audit trail export: filters, masked values as stored, its own audit entry. */
@EduBureauTest
class AuditExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Autowired
	AuditManagement audit;

	@Test
	void exportsTheFilteredTrailWithMaskedValues() throws Exception {
		County county = accounts.county();
		UnitView school = accounts.asSystem(() -> org.create(DataScope.all(),
				new UnitForm(TestAccounts.uniqueCode(), "=审计学校", null, UnitType.SCHOOL, county.bureau().code(),
						Set.of(Stage.PRIMARY), Ownership.PUBLIC, Locality.URBAN, null, false, null, "13912345678",
						null)));
		String auditor = accounts.account("AUDIT_ADMIN", null);
		MvcResult result = mvc
			.perform(get("/audit/export").param("format", "csv")
				.param("entityType", "org.unit")
				.param("entityId", Long.toString(school.id()))
				.param("action", "CREATE")
				.param("from", LocalDate.now().minusDays(1).toString())
				.param("to", LocalDate.now().toString())
				.locale(Locale.SIMPLIFIED_CHINESE)
				.with(accounts.as(auditor)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("audit-").contains(".csv");
		List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF时间,操作人,IP 地址,操作,对象类型,对象编号,摘要,变更内容");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("test-fixture")
			.contains("org.unit")
			.contains("," + school.id() + ",")
			.contains("phone:  → 139****5678")
			.doesNotContain("13912345678")
			.contains("," + school.code() + " =审计学校,");
		assertThat(audit
			.search(new AuditQuery(auditor, "audit.entry", null, AuditAction.EXPORT, null, null), PageRequest.of(0, 5))
			.getContent()).singleElement()
			.satisfies(e -> assertThat(e.changes()).contains(new Change("entityType", null, "org.unit")));

		MvcResult xlsx = mvc
			.perform(get("/audit/export").param("format", "xlsx")
				.param("actor", auditor)
				.locale(Locale.ENGLISH)
				.with(accounts.as(auditor)))
			.andReturn();
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Time");
			// The auditor's first export is in the trail by the time the second runs.
			assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
			assertThat(rows.get(1).getCellText(4)).isEqualTo("audit.entry");
		}
	}

	@Test
	void onlyTheAuditAdministratorExports() throws Exception {
		String admin = accounts.account("SYSTEM_ADMIN", null);
		assertThat(mvc.perform(get("/audit/export").with(accounts.as(admin))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void exportsTheLoginLogOfOneUser() throws Exception {
		String someone = accounts.account("TEACHER", accounts.county().schoolA());
		audit.recordLogin(someone, LoginOutcome.FAILURE, "BadCredentialsException");
		audit.recordLogin(someone, LoginOutcome.SUCCESS, "form");
		String auditor = accounts.account("AUDIT_ADMIN", null);
		MvcResult result = mvc
			.perform(get("/audit/logins/export").param("format", "csv")
				.param("username", someone)
				.locale(Locale.ENGLISH)
				.with(accounts.as(auditor)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFFTime,Username,IP,Outcome,Detail");
		assertThat(lines).hasSize(3);
		assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).contains(someone))
			.anySatisfy(line -> assertThat(line).contains("Signed in"))
			.anySatisfy(line -> assertThat(line).contains("Failed").contains("BadCredentialsException"));
		String security = accounts.account("SECURITY_ADMIN", null);
		assertThat(mvc.perform(get("/audit/logins/export").param("format", "csv").with(accounts.as(security)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

}
