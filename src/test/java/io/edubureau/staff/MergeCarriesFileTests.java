package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 11: merging duplicate persons carries the archived record's whole file,
 * its sanctions and its postings to the survivor, keeps both life histories, and says in
 * the audit trail what moved.
 */
@EduBureauTest
class MergeCarriesFileTests {

	// Every table that keeps something of a person besides the record and its events.
	static final Map<String, String> OWNED = Map.of("staff_education", "staff_id", "staff_work_history", "staff_id",
			"staff_post", "staff_id", "staff_title", "staff_id", "staff_appraisal", "staff_id", "staff_certificate",
			"staff_id", "staff_honour", "staff_id", "staff_material", "staff_id", "staff_sanction", "staff_id",
			"staff_posting", "member_id");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	PersonnelFileManagement file;

	@Autowired
	AuditManagement audit;

	@Autowired
	DataSource dataSource;

	@Test
	void nothingStaysOnTheArchivedRecordAndBothHistoriesAreKept() throws Exception {
		County county = accounts.county();
		String bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		String name = "合并" + TestAccounts.uniqueCode();
		LocalDate birth = LocalDate.of(1982, 8, 18);
		StaffView survivor = person(name, birth, county.schoolA().code());
		StaffView merged = person(name, birth, county.schoolB().code());

		// The duplicate has an entry of every category, a scan, a sanction and a posting
		// (it moved from school B to B's teaching point).
		for (String[] c : PersonnelFileTests.VALID) {
			add(bureau, merged.id(), c[0], c[1]);
		}
		// An appraisal of a year the survivor has too.
		add(bureau, survivor.id(), "appraisals", "{\"year\":2020,\"result\":\"COMPETENT\"}");
		mvc.perform(multipart("/api/v1/staff/" + merged.id() + "/materials")
			.file(new MockMultipartFile("file", "id.pdf", "application/pdf", PersonnelFileTests.pdf()))
			.param("category", "IDENTITY")
			.param("title", "身份证")
			.param("pages", "1")
			.with(TestAccounts.basic(bureau))).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/staff/" + merged.id() + "/sanctions").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content(SanctionTests.sanction("WARNING", ""))).andExpect(status().isCreated());
		accounts.asSystem(() -> staff.transfer(DataScope.all(), merged.id(), county.pointB().code(),
				LocalDate.now().minusYears(1), "调往教学点"));
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		Map<String, Integer> before = counts(jdbc, merged.id());
		assertThat(before).allSatisfy((table, n) -> assertThat(n).as(table).isPositive());

		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivorId\": %d, \"mergedId\": %d, \"note\": \"同一人两次建档\"}".formatted(survivor.id(),
					merged.id())))
			.andExpect(status().isOk());

		assertThat(counts(jdbc, merged.id())).as("left on the archived record")
			.allSatisfy((table, n) -> assertThat(n).as(table).isZero());
		Map<String, Integer> after = counts(jdbc, survivor.id());
		before.forEach((table, n) -> assertThat(after.get(table)).as(table)
			.isEqualTo(n + (table.equals("staff_appraisal") ? 1 : 0)));
		// Each year keeps one current appraisal: the duplicate's of 2020 moved archived.
		List<FileEntryView> appraisals = accounts
			.asSystem(() -> staff.fileEntries(DataScope.all(), survivor.id(), FileCategory.APPRAISALS));
		assertThat(appraisals).hasSize(2).filteredOn(a -> !a.archived()).singleElement();
		FileEntryView archived = appraisals.stream().filter(FileEntryView::archived).findFirst().orElseThrow();
		assertThat(audit
			.search(new AuditQuery(bureau, "staff.file.appraisals", String.valueOf(archived.id()), AuditAction.ARCHIVE,
					null, null), PageRequest.of(0, 5))
			.getContent()).hasSize(1);
		// The survivor reads the moved file, scans and sanctions through the product.
		assertThat(accounts.asSystem(() -> file.materials(DataScope.all(), survivor.id()))).hasSize(1);
		assertThat(accounts.asSystem(() -> personnelFile.sanctions(DataScope.all(), survivor.id()))).hasSize(1);

		// Both histories are kept, each with its own events and the merge.
		assertThat(accounts.asSystem(() -> staff.history(DataScope.all(), merged.id())))
			.extracting(StaffEventView::kind)
			.containsExactlyInAnyOrder(StaffEventKind.HIRE, StaffEventKind.TRANSFER, StaffEventKind.MERGE);
		assertThat(accounts.asSystem(() -> staff.history(DataScope.all(), survivor.id())))
			.extracting(StaffEventView::kind)
			.containsExactlyInAnyOrder(StaffEventKind.HIRE, StaffEventKind.MERGE);

		// The audit entry of the survivor says what moved.
		List<AuditEntryView> entries = audit
			.search(new AuditQuery(bureau, StaffManagement.ENTITY, String.valueOf(survivor.id()), AuditAction.UPDATE,
					null, null), PageRequest.of(0, 5))
			.getContent();
		assertThat(entries).singleElement()
			.satisfies(e -> assertThat(e.changes()).extracting(Change::field)
				.contains("mergedFrom", "education", "work-history", "posts", "titles", "appraisals", "certificates",
						"honours", "materials", "sanctions", "postings", "appraisals.archivedAsSameYear"));
	}

	private StaffView person(String name, LocalDate birth, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, true), name, unitCode)));
	}

	private void add(String user, long staffId, String category, String json) throws Exception {
		mvc.perform(post("/api/v1/staff/" + staffId + "/" + category).with(TestAccounts.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andExpect(status().isCreated());
	}

	private static Map<String, Integer> counts(JdbcTemplate jdbc, long staffId) {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		// Table and column names come from the constant above, never from input.
		OWNED.forEach((table, column) -> counts.put(table, jdbc
			.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class, staffId)));
		return counts;
	}

}
