package io.edubureau.staff;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.MaterialCategory;
import io.edubureau.personnelfile.MaterialView;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 4: reads of personal data leave a trace in the audit trail (action READ):
 * who, which person or which query and ids, when, from where; one entry per request for a
 * list; the trail's page and API filter reads from changes.
 */
@EduBureauTest
class PersonalDataReadAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement file;

	@Autowired
	AuditManagement audit;

	County county;

	String tag;

	StaffView first;

	StaffView second;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		tag = "阅" + TestAccounts.uniqueCode().substring(4);
		first = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1980, 3, 14), false), tag + "甲", county.schoolA().code())));
		second = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 5, 19), true), tag + "乙", county.schoolA().code())));
	}

	List<AuditEntryView> reads(String actor, String entityType, String entityId) {
		return audit
			.search(new AuditQuery(actor, entityType, entityId, AuditAction.READ, null, null), PageRequest.of(0, 50))
			.getContent();
	}

	static String detail(AuditEntryView e, String field) {
		return e.changes().stream().filter(c -> c.field().equals(field)).map(Change::after).findFirst().orElse(null);
	}

	@Test
	void openingOnePersonsFileByPageAndApiIsAudited() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get("/staff/" + first.id()).with(accounts.as(inspector))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/staff/" + first.id()).with(accounts.as(inspector))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/staff/" + first.id() + "/education").with(accounts.as(inspector)))
			.andExpect(status().isOk());
		List<AuditEntryView> entries = reads(inspector, "staff.member", String.valueOf(first.id()));
		assertThat(entries).hasSize(3).allSatisfy(e -> {
			assertThat(e.ip()).isEqualTo("127.0.0.1");
			assertThat(e.occurredAt()).isNotNull();
		});
		assertThat(entries).anySatisfy(e -> assertThat(e.summary()).contains(first.name()));
		assertThat(reads(inspector, "staff.member", String.valueOf(second.id()))).isEmpty();
	}

	@Test
	void downloadingAScanIsAudited() throws Exception {
		var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
			.authenticated("read-audit-test", null, List
				.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("staff:file:update"))));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		MaterialView scan;
		try {
			scan = file.addMaterial(DataScope.all(), first.id(), MaterialCategory.IDENTITY, "身份证", 1, "id-card.pdf",
					pdf());
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
		}
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(
				get("/api/v1/staff/" + first.id() + "/materials/" + scan.id() + "/content").with(accounts.as(officer)))
			.andExpect(status().isOk());
		mvc.perform(get("/staff/" + first.id() + "/file/materials/" + scan.id()).with(accounts.as(officer)))
			.andExpect(status().isOk());
		List<AuditEntryView> entries = reads(officer, "staff.member", String.valueOf(first.id()));
		assertThat(entries).hasSize(2)
			.allSatisfy(e -> assertThat(detail(e, "material")).startsWith(scan.id() + " ").contains("id-card.pdf"));
	}

	@Test
	void aPageOfASearchIsOneEntryWithTheQueryAndTheIds() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get("/api/v1/staff").param("name", tag).with(accounts.as(inspector))).andExpect(status().isOk());
		mvc.perform(get("/staff").param("name", tag).with(accounts.as(inspector))).andExpect(status().isOk());
		List<AuditEntryView> entries = reads(inspector, "staff.member", null);
		assertThat(entries).hasSize(2).allSatisfy(e -> {
			assertThat(e.entityId()).isNull();
			assertThat(detail(e, "query")).contains("name=" + tag);
			assertThat(List.of(detail(e, "ids").split(","))).containsExactlyInAnyOrder(String.valueOf(first.id()),
					String.valueOf(second.id()));
		});
	}

	@Test
	void readingAFiguresLineageIsAudited() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		int year = LocalDate.now().getYear();
		mvc.perform(get("/api/v1/reports/figures/staff.active/records").param("year", String.valueOf(year))
			.param("unit", county.schoolA().code())
			.with(accounts.as(inspector))).andExpect(status().isOk());
		mvc.perform(get("/reports/figures/staff.active/records").param("year", String.valueOf(year))
			.param("unit", county.schoolA().code())
			.with(accounts.as(inspector))).andExpect(status().isOk());
		List<AuditEntryView> entries = reads(inspector, "reports.lineage", "staff.active");
		assertThat(entries).hasSize(2)
			.allSatisfy(e -> assertThat(detail(e, "query")).contains("year=" + year)
				.contains("unit=" + county.schoolA().code()));
	}

	@Test
	void theTrailsPageAndApiFilterReadsFromChanges() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get("/api/v1/staff/" + first.id()).with(accounts.as(inspector))).andExpect(status().isOk());
		String auditor = accounts.account("AUDIT_ADMIN", null);
		String reads = mvc
			.perform(get("/api/v1/audit/entries").param("kind", "READS")
				.param("entityType", "staff.member")
				.param("entityId", String.valueOf(first.id()))
				.with(accounts.as(auditor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(reads).contains("\"action\":\"READ\"").contains(inspector).doesNotContain("\"action\":\"CREATE\"");
		String changes = mvc
			.perform(get("/api/v1/audit/entries").param("kind", "CHANGES")
				.param("entityType", "staff.member")
				.param("entityId", String.valueOf(first.id()))
				.with(accounts.as(auditor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(changes).contains("\"action\":\"CREATE\"").doesNotContain("\"action\":\"READ\"");
		String page = mvc
			.perform(get("/audit").param("kind", "READS")
				.param("entityType", "staff.member")
				.param("entityId", String.valueOf(first.id()))
				.header("Accept-Language", "zh-CN")
				.with(accounts.as(auditor)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("查阅个人信息").contains(inspector).contains("name=\"kind\"");
		mvc.perform(get("/api/v1/audit/entries").param("kind", "SOMETHING").with(accounts.as(auditor)))
			.andExpect(status().isBadRequest());
	}

	static byte[] pdf() {
		return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
				+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 3 3]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

}
