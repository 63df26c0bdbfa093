package io.edubureau.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The student import from the national student register's export: the export's own column
 * names and wording (年级 as 初一/七年级, 户口性质, 非留守儿童 …), identity numbers checked and a missing
 * one given a flagged temporary number, per-row errors with a bad row changing nothing, a
 * school outside the importer's scope refused, and the schools' enrolment then set from
 * the register.
 */
@EduBureauTest
class StudentImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StudentRepository students;

	@Autowired
	OrgManagement org;

	// Names unique to this run: the embedded database may hold an earlier run's students.
	static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

	County county;

	RequestPostProcessor adminB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
	}

	static final List<Object> HEADER = List.of("学校标识码", "学校名称", "年级", "班级", "姓名", "性别", "出生日期", "身份证件号", "学籍号", "入学年月",
			"户口性质", "是否留守儿童", "是否进城务工人员随迁子女", "健康状况", "残疾类型", "就读方式", "成员1姓名", "成员1联系电话");

	private ResultActions upload(List<List<Object>> rows, boolean dryRun) throws Exception {
		List<List<Object>> all = new ArrayList<>();
		all.add(HEADER);
		all.addAll(rows);
		return mvc.perform(multipart("/api/v1/students/import")
			.file(new MockMultipartFile("file", "学籍导出.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(all)))
			.param("dryRun", String.valueOf(dryRun))
			.with(adminB)
			.with(csrf())
			.header("Accept-Language", "zh-CN"));
	}

	private long count(String name) {
		return students.count((root, q, cb) -> cb.equal(root.get("name"), name));
	}

	@Test
	void gradeWordingOfTheExport() {
		assertThat(StudentImport.grade("一年级")).containsExactly(1, 0);
		assertThat(StudentImport.grade("九年级")).containsExactly(9, 0);
		assertThat(StudentImport.grade("初一")).containsExactly(7, 0);
		assertThat(StudentImport.grade("初中三年级")).containsExactly(9, 0);
		assertThat(StudentImport.grade("高三")).containsExactly(12, 0);
		assertThat(StudentImport.grade("高中一年级")).containsExactly(10, 0);
		assertThat(StudentImport.grade("21")).containsExactly(7, 0);
		assertThat(StudentImport.grade("16")).containsExactly(6, 0);
		assertThat(StudentImport.grade("中职二年级")).containsExactly(2, 1);
		assertThat(StudentImport.grade("17")).isNull();
		assertThat(StudentImport.grade("初四")).isNull();
		assertThat(StudentImport.grade("十年级")).isNull();
		assertThat(StudentImport.stage(8, false, Set.of(Stage.SPECIAL))).isEqualTo(Stage.SPECIAL);
		assertThat(StudentImport.stage(8, false, Set.of(Stage.JUNIOR, Stage.SPECIAL))).isEqualTo(Stage.JUNIOR);
	}

	@Test
	void importFromTheExportChecksEveryRowAndABadRowChangesNothing() throws Exception {
		String code = county.schoolB().code();
		String id1 = accounts.idNumber(LocalDate.of(2012, 5, 6), false);
		String id2 = accounts.idNumber(LocalDate.of(2009, 7, 8), true);
		List<Object> first = List.of(code, "", "初一", "1班", "学籍甲" + RUN, "男", "20120506", id1, "G" + id1, "2024-09",
				"农业户口", "单亲留守儿童", "否", "健康", "无残疾", "住校", "学籍甲父", "13912345678");
		List<Object> second = List.of("", county.schoolB().name(), "高一", "2班", "学籍乙" + RUN, "女", "2009-07-08", id2, "",
				"202409", "非农业户口", "非留守儿童", "是", "残疾", "", "走读", "", "");
		List<Object> noNumber = List.of(code, "", "七年级", "1班", "学籍丙" + RUN, "女", "2012-01-02", "", "", "2024年9月", "农村",
				"否", "否", "健康", "听力残疾", "走读", "", "");
		String badCheck = id1.substring(0, 17) + (id1.charAt(17) == '1' ? "2" : "1");
		List<Object> wrongNumber = List.of(code, "", "初一", "1班", "学籍丁" + RUN, "男", "", badCheck, "", "2024-09", "农业户口",
				"否", "否", "", "", "", "", "");
		List<Object> otherSchool = List.of(county.schoolA().code(), "", "三年级", "1班", "学籍戊" + RUN, "男", "2017-01-02", "",
				"", "2023-09", "农业户口", "否", "否", "", "", "", "", "");
		List<Object> badGrade = List.of(code, "", "十年级", "1班", "学籍己" + RUN, "男", "2012-01-02", "", "", "2024-13",
				"集体户口", "否", "否", "", "", "", "", "");

		upload(List.of(first, second, noNumber, wrongNumber, otherSchool, badGrade), false)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.column=='id_number')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==6 && @.column=='school_code')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==7 && @.column=='grade')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==7 && @.column=='entry_month')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==7 && @.column=='household')]").exists());
		assertThat(count("学籍甲" + RUN) + count("学籍乙" + RUN) + count("学籍丙" + RUN)).isZero();

		// The national student number must be G plus the identity number.
		List<Object> mismatch = new ArrayList<>(first);
		mismatch.set(8, "G" + id2);
		upload(List.of(mismatch), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("student_number"));

		upload(List.of(first, second, noNumber), true).andExpect(status().isOk());
		assertThat(count("学籍甲" + RUN)).isZero();
		upload(List.of(first, second, noNumber), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3));
		Student a = students.findByIdNumber(id1).orElseThrow();
		assertThat(a.getStage()).isEqualTo(Stage.JUNIOR);
		assertThat(a.getGrade()).isEqualTo(7);
		assertThat(a.getEntryDate()).isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(a.isLeftBehind()).isTrue();
		assertThat(a.isMigrant()).isFalse();
		assertThat(a.getDisability()).isNull();
		Student b = students.findByIdNumber(id2).orElseThrow();
		assertThat(b.getStage()).isEqualTo(Stage.SENIOR);
		assertThat(b.getGrade()).isEqualTo(10);
		assertThat(b.isLeftBehind()).isFalse();
		assertThat(b.isMigrant()).isTrue();
		assertThat(b.getDisability()).isEqualTo("残疾");
		Student c = students.findAll((root, q, cb) -> cb.equal(root.get("name"), "学籍丙" + RUN)).get(0);
		assertThat(c.isTemporaryNumber()).isTrue();
		assertThat(c.getIdNumber()).startsWith("T");
		assertThat(c.getDisability()).isEqualTo("听力残疾");

		// The same identity number again: refused, as on the form.
		upload(List.of(first), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].column").value("id_number"));

		// The school's enrolment of this school year now agrees with the register.
		int year = StudentsManagement.schoolYear(LocalDate.now());
		long juniors = students.count((root, q, cb) -> cb.and(cb.equal(root.get("unitId"), county.schoolB().id()),
				cb.equal(root.get("stage"), Stage.JUNIOR),
				root.get("status").in(StudentStatus.ENROLLED, StudentStatus.SUSPENDED)));
		EnrolmentView junior = org.enrolment(DataScope.all(), county.schoolB().id())
			.stream()
			.filter(e -> e.schoolYear() == year && e.stage() == Stage.JUNIOR)
			.findFirst()
			.orElseThrow();
		assertThat((long) junior.students()).isEqualTo(juniors).isGreaterThanOrEqualTo(2);

		// The masked list read: the temporary number is shown flagged, no full number to
		// an
		// inspector.
		mvc.perform(
				get("/api/v1/students?q=学籍甲" + RUN).with(accounts.as(accounts.account("INSPECTOR", county.bureau()))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(id1))));

		mvc.perform(get("/students/import").with(adminB).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("是否进城务工人员随迁子女")));
		mvc.perform(get("/api/v1/students/import/template?format=csv&lang=zh-CN").with(adminB))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("身份证件号")));
	}

}
