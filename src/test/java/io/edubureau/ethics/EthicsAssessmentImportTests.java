package io.edubureau.ethics;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a school's semester ethics assessments from a real .xlsx with Chinese
 * headings through the method the form uses: a school imports only its own people
 * (another school's teacher is not found, a row naming another school is refused), a
 * failed result needs its notes, a semester already assessed is refused, and nothing is
 * recorded while any row is wrong; the corrected file records every row, and a failed
 * result then blocks the award.
 */
@EduBureauTest
class EthicsAssessmentImportTests {

	static final List<Object> HEADER = List.of("学校代码", "公民身份号码", "年度", "学期", "考核结果", "备注");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	EthicsManagement ethics;

	StaffView teacher(String name, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name, unitCode,
				LocalDate.of(1988, 5, 1), LocalDate.now().minusYears(10))));
	}

	ResultActions upload(String user, List<List<Object>> rows) throws Exception {
		return mvc.perform(multipart("/api/v1/ethics/assessments/import")
			.file(new MockMultipartFile("file", "师德考核.xlsx", "application/octet-stream", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(user))
			.with(csrf()));
	}

	@Test
	void aSchoolImportsItsOwnPeopleOnlyAndAllOrNothing() throws Exception {
		County county = accounts.county();
		String a = county.schoolA().code();
		StaffView good = teacher("师德导入甲", a);
		StaffView failed = teacher("师德导入乙", a);
		StaffView other = teacher("师德导入丙", county.schoolB().code());
		String admin = accounts.account("SCHOOL_ADMIN", county.schoolA());
		accounts
			.asSystem(() -> ethics.assess(DataScope.all(), new Forms.AssessmentForm(good.id(), 2025, 1, true, null)));

		upload(admin,
				List.of(HEADER, List.of(a, good.idNumber(), 2025, "第二学期", "合格", ""),
						List.of(a, failed.idNumber(), 2025, "第二学期", "不合格", ""),
						List.of(county.schoolB().code(), other.idNumber(), 2025, "第二学期", "合格", ""),
						List.of(county.schoolB().code(), good.idNumber(), 2025, "第一学期", "合格", ""),
						List.of(a, good.idNumber(), 2025, "第一学期", "合格", ""),
						List.of(a, good.idNumber(), 2025, "第三学期", "合格", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("notes")))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].message", hasItem(containsString(other.idNumber()))))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column", hasItem("unit_code")))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].column", hasItem("semester")))
			.andExpect(jsonPath("$.errors[?(@.row == 7)].column", hasItem("semester")));
		assertThat(accounts.asSystem(() -> ethics.assessments(DataScope.all(), 2025))
			.stream()
			.filter(x -> x.staffId() == good.id() || x.staffId() == failed.id())).hasSize(1);

		upload(admin,
				List.of(HEADER, List.of(a, good.idNumber(), 2025, "第二学期", "合格", ""),
						List.of(a, failed.idNumber(), 2025, "第二学期", "不合格", "体罚学生，经查属实")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		assertThat(accounts.asSystem(() -> ethics.assessments(DataScope.all(), 2025))
			.stream()
			.filter(x -> x.staffId() == failed.id())
			.toList()).singleElement().satisfies(x -> {
				assertThat(x.passed()).isFalse();
				assertThat(x.semester()).isEqualTo(2);
				assertThat(x.unitId()).isEqualTo(county.schoolA().id());
			});
		assertThat(accounts
			.asSystem(() -> ethics.veto(DataScope.all(), failed.id(), LocalDate.of(2026, 1, 1), VetoPurpose.AWARD))
			.blocked()).isTrue();

		// A teacher may not import; the template and the page answer the school.
		upload(accounts.account("TEACHER", county.schoolA(), good.id()), List.of(HEADER))
			.andExpect(status().isForbidden());
		mvc.perform(get("/ethics/assessments/import/template").with(accounts.as(admin))).andExpect(status().isOk());
		mvc.perform(get("/ethics/assessments/import").with(accounts.as(admin))).andExpect(status().isOk());
	}

}
