package io.edubureau.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The set-based student import: one audit entry per import naming the count and the batch
 * id, which every enrolment event it wrote carries (no entry per student); a bad row
 * found only against the register, among many good ones, writes nothing.
 */
@EduBureauTest
class StudentImportBatchTests {

	// Names unique to this run: the embedded database may hold an earlier run's students.
	static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

	static final int MANY = 240;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StudentRepository students;

	@Autowired
	JdbcTemplate jdbc;

	County county;

	RequestPostProcessor adminB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
	}

	private ResultActions upload(String file, List<List<Object>> rows) throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(StudentImportTests.HEADER);
		all.addAll(rows);
		return mvc.perform(multipart("/api/v1/students/import")
			.file(new MockMultipartFile("file", file,
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(all)))
			.with(adminB)
			.with(csrf())
			.header("Accept-Language", "zh-CN"));
	}

	/** {@code n} good rows of junior students of school B named with {@code prefix}. */
	private List<List<Object>> rows(String prefix, int n) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			LocalDate birth = LocalDate.of(2012, 1, 1).plusDays(i);
			String id = i % 10 == 9 ? "" : accounts.idNumber(birth, i % 2 == 0);
			rows.add(List.of(county.schoolB().code(), "", "初一", "1班", prefix + i, i % 2 == 0 ? "女" : "男",
					birth.toString(), id, "", "2024-09", "农业户口", "否", "否", "健康", "", "走读", "", ""));
		}
		return rows;
	}

	private long named(String prefix) {
		return students.count((root, q, cb) -> cb.like(root.get("name"), prefix + "%"));
	}

	@Test
	void oneAuditEntryPerImportNamingItsBatch() throws Exception {
		String prefix = "批量" + RUN + "-";
		String file = "批量" + RUN + ".xlsx";
		upload(file, rows(prefix, MANY)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(MANY));
		assertThat(named(prefix)).isEqualTo(MANY);

		List<String> batches = jdbc.queryForList(
				"select distinct e.import_batch from students_event e "
						+ "join students_student s on s.id = e.student_id where s.name like ? and e.kind = 'ENROLMENT'",
				String.class, prefix + "%");
		assertThat(batches).hasSize(1).doesNotContainNull();
		String batch = batches.get(0);
		assertThat(jdbc.queryForObject("select count(*) from students_event where import_batch = ?", Long.class, batch))
			.isEqualTo(MANY);

		List<String> entries = jdbc.queryForList("select changes from audit_entry where action = 'IMPORT' "
				+ "and entity_type = 'students.student' and summary like ?", String.class, file + "%");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).contains(batch).contains("\"" + MANY + "\"").contains("\"24\"");
		assertThat(jdbc.queryForObject("select count(*) from audit_entry a join students_student s "
				+ "on a.entity_id = cast(s.id as varchar(20)) where a.entity_type = 'students.student' "
				+ "and a.action = 'CREATE' and s.name like ?", Long.class, prefix + "%"))
			.isZero();
	}

	@Test
	void aBadRowAmongManyWritesNothing() throws Exception {
		// A student already on the register, met only when the file's numbers are looked
		// up.
		String taken = accounts.idNumber(LocalDate.of(2011, 3, 4), true);
		String first = "先" + RUN;
		upload("先" + RUN + ".xlsx", List.of(List.of(county.schoolB().code(), "", "初二", "1班", first, "女", "2011-03-04",
				taken, "", "2023-09", "农业户口", "否", "否", "", "", "", "", "")))
			.andExpect(status().isOk());

		String prefix = "多" + RUN + "-";
		List<List<Object>> rows = new ArrayList<>(rows(prefix, MANY));
		rows.add(MANY / 2, List.of(county.schoolB().code(), "", "初二", "2班", prefix + "x", "女", "2011-03-04", taken, "",
				"2023-09", "农业户口", "否", "否", "", "", "", "", ""));
		int badRow = MANY / 2 + 2;
		upload("多" + RUN + ".xlsx", rows).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(badRow))
			.andExpect(jsonPath("$.errors[0].column").value("id_number"));
		assertThat(named(prefix)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'IMPORT' "
				+ "and entity_type = 'students.student' and summary like ?", Long.class, "多" + RUN + "%"))
			.isZero();

		// Without the bad row the same file goes through whole.
		rows.remove(MANY / 2);
		upload("多" + RUN + "b.xlsx", rows).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(MANY));
		assertThat(named(prefix)).isEqualTo(MANY);
	}

}
