package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Importing exchange and support-teaching proposals from a real .xlsx with Chinese
 * headings into the year's draft plan: the person's own school as host, a person of
 * another county, a return before the start and a year without a plan are each named on
 * their row and nothing is added; the corrected file adds through the same method as the
 * form, with the length from the dates; an adopted plan refuses the rows; a school may
 * not import.
 */
@EduBureauTest
class ExchangeImportTests {

	static final List<Object> HEADER = List.of("计划年度", "公民身份号码", "接收学校代码", "交流形式", "开始日期", "返回日期");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	ExchangeManagement exchange;

	StaffView veteran(County county, String name) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name,
				county.schoolA().code(), LocalDate.of(1985, 3, 1), LocalDate.now().minusYears(8))));
	}

	ResultActions upload(String user, List<List<Object>> rows) throws Exception {
		return mvc.perform(multipart("/api/v1/exchange/postings/import")
			.file(new MockMultipartFile("file", "交流.xlsx", "application/octet-stream", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(user))
			.with(csrf()));
	}

	@Test
	void refusedRowsAddNothingAndTheCorrectedFileAddsToTheDraftPlan() throws Exception {
		County county = accounts.county();
		County other = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		List<StaffView> candidates = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			candidates.add(veteran(county, "交流导入" + i));
		}
		StaffView stranger = veteran(other, "外县教师");
		int year = 2030;
		Views.PlanView plan = accounts.asSystem(() -> exchange.savePlan(bureau, year,
				new Forms.ProposeForm(List.of(new Need(county.schoolB().id(), null, null, 1)), null, null)));
		int before = plan.postings().size();
		// A person appears once in a plan: the file names people the planner did not
		// propose.
		java.util.Set<Long> proposed = new java.util.HashSet<>();
		plan.postings().forEach(p -> proposed.add(p.staffId()));
		List<StaffView> people = candidates.stream().filter(p -> !proposed.contains(p.id())).limit(3).toList();
		String b = county.schoolB().code();
		LocalDate start = LocalDate.of(year, 9, 1);
		LocalDate back = LocalDate.of(year + 1, 8, 31);

		upload(officer,
				List.of(HEADER, List.of(year, people.get(0).idNumber(), b, "支教", start, back),
						List.of(year, people.get(1).idNumber(), county.schoolA().code(), "交流", start, back),
						List.of(year, stranger.idNumber(), b, "交流", start, back),
						List.of(year, people.get(2).idNumber(), b, "交流", start, start),
						List.of(year + 1, people.get(2).idNumber(), b, "交流", start, back),
						List.of(year, people.get(0).idNumber(), b, "交流", start, back)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("host_code")))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].message", hasItem(containsString(stranger.idNumber()))))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].column", hasItem("return_on")))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].column", hasItem("plan_year")))
			.andExpect(jsonPath("$.errors[?(@.row == 7)].message", hasItem(containsString("第 2 行"))));
		assertThat(accounts.asSystem(() -> exchange.planView(bureau, plan.id())).postings()).hasSize(before);

		// Thirteen months from 1 September to 1 October of the next year: a part month
		// counts.
		upload(officer,
				List.of(HEADER, List.of(year, people.get(0).idNumber(), b, "支教", start, back),
						List.of(year, people.get(1).idNumber(), b, "交流", start, LocalDate.of(year + 1, 10, 1))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		Views.PlanView after = accounts.asSystem(() -> exchange.planView(bureau, plan.id()));
		assertThat(after.postings()).hasSize(before + 2);
		assertThat(after.postings()).anySatisfy(p -> {
			assertThat(p.staffId()).isEqualTo(people.get(0).id());
			assertThat(p.kind()).isEqualTo(ExchangeKind.SUPPORT_TEACHING);
			assertThat(p.months()).isEqualTo(12);
			assertThat(p.toUnitId()).isEqualTo(county.schoolB().id());
		});
		assertThat(after.postings()).anySatisfy(p -> {
			assertThat(p.staffId()).isEqualTo(people.get(1).id());
			assertThat(p.months()).isEqualTo(13);
		});

		// An adopted plan takes no more rows; a school may not import.
		accounts.asSystem(() -> exchange.adopt(bureau, plan.id(), null));
		upload(officer, List.of(HEADER, List.of(year, people.get(2).idNumber(), b, "交流", start, back)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString(String.valueOf(year))));
		upload(accounts.account("SCHOOL_ADMIN", county.schoolA()), List.of(HEADER)).andExpect(status().isForbidden());
	}

	@Test
	void theTemplateOffersTheKindsAsADropDown() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		mvc.perform(get("/exchange/import/template").with(accounts.as(officer))).andExpect(status().isOk());
		mvc.perform(get("/exchange/import").with(accounts.as(officer))).andExpect(status().isOk());
	}

}
