package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing key-teacher designations from a real .xlsx with Chinese headings: a person
 * who fails the selection check on the first day is refused with the check's reason, a
 * person outside the scope is named, and nothing is designated; the corrected file
 * designates through the same check and the backbone flag in staff follows.
 */
@EduBureauTest
class KeyTeacherImportTests {

	static final List<Object> HEADER = List.of("公民身份号码", "认定类别", "认定级别", "学科", "任期开始日期", "认定文号");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	KeyTeacherRegister register;

	final String tag = TestAccounts.uniqueCode().substring(6);

	// Returns the identity number; competent appraisals 2015–2025.
	String teacher(County county, String name, LocalDate workStart, TitleLevel title) {
		StaffForm form = TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1978, 3, 3), true), name + tag, county.schoolA().code())
			.toBuilder()
			.workStartDate(workStart)
			.titleLevel(title)
			.build();
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(), form));
		AwardsFixtures.appraisals(staff, p.id(), 2015, 2025);
		return form.idNumber();
	}

	ResultActions upload(String user, List<List<Object>> rows) throws Exception {
		return mvc.perform(multipart("/api/v1/key-teachers/import")
			.file(new MockMultipartFile("file", "认定.xlsx", "application/octet-stream", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(user))
			.with(csrf()));
	}

	@Test
	void aRefusedSelectionCheckImportsNothingAndTheCorrectedFileDesignates() throws Exception {
		County county = accounts.county();
		County other = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String ok = teacher(county, "骨干甲", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		String young = teacher(county, "新教师", LocalDate.of(2024, 9, 1), TitleLevel.SECOND);
		String stranger = teacher(other, "外县", LocalDate.of(2000, 9, 1), TitleLevel.FIRST);
		LocalDate start = LocalDate.of(2026, 9, 1);

		upload(officer,
				List.of(HEADER, List.of(ok, "骨干教师", "县级", "", start, "示教字〔2026〕" + tag + "号"),
						List.of(young, "骨干教师", "县级", "", start, "示教字〔2026〕" + tag + "号"),
						List.of(stranger, "骨干教师", "县级", "", start, "示教字〔2026〕" + tag + "号"),
						List.of(ok, "学科带头人", "县级", "", start, "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message", hasItem(containsString("不足"))))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].message", hasItem(containsString(stranger))))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column", hasItem("document_number")));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		assertThat(accounts.asSystem(() -> register.list(bureau, null))).isEmpty();

		upload(officer, List.of(HEADER, List.of(ok, "骨干教师", "县级", "", start, "示教字〔2026〕" + tag + "号")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		List<Views.KeyTeacherView> designated = accounts.asSystem(() -> register.list(bureau, null));
		assertThat(designated).singleElement().satisfies(k -> {
			assertThat(k.documentNumber()).isEqualTo("示教字〔2026〕" + tag + "号");
			assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), k.staffId())).backbone()).isTrue();
		});

		// A school may read key teachers but not import designations.
		upload(accounts.account("SCHOOL_ADMIN", county.schoolA()), List.of(HEADER)).andExpect(status().isForbidden());
	}

}
