package io.edubureau.awards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The key-teacher, studio and mentoring-pair lists are paged in the query with the scope:
 * page 2 of size 2 holds the third row of the county (by unit and name, newest first),
 * the other county's rows count nowhere; a person transferred is seen by the new school
 * from the nightly run.
 */
@EduBureauTest
class KeyTeacherPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	KeyTeacherRegister register;

	@Autowired
	StudioRegister studios;

	final String tag = TestAccounts.uniqueCode();

	StaffView teacher(County county, String name) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1980, 6, 6), false), name, county.schoolA().code())
					.toBuilder()
					.workStartDate(LocalDate.of(2002, 9, 1))
					.titleLevel(TitleLevel.SENIOR)
					.build()));
		AwardsFixtures.appraisals(staff, p.id(), 2023, 2025);
		return p;
	}

	// Three key teachers (A, B, C) each leading a studio opened a day apart and mentoring
	// a
	// young teacher from that day.
	List<Views.StudioView> county(County county, String prefix) {
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		List<Views.StudioView> opened = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String letter = String.valueOf((char) ('A' + i));
			StaffView leader = teacher(county, prefix + tag + letter);
			StaffView young = teacher(county, "青年" + tag + letter);
			LocalDate day = LocalDate.of(2026, 9, 1 + i);
			Views.KeyTeacherView k = accounts.asSystem(() -> register.designate(bureau,
					new Forms.DesignationForm(leader.id(), KeyTeacherKind.MASTER_TEACHER, KeyTeacherLevel.COUNTY, "语文",
							LocalDate.of(2026, 9, 1), "示范县教〔2026〕" + tag + letter + "号")));
			opened.add(accounts
				.asSystem(() -> studios.open(bureau, new Forms.StudioForm("工作室" + tag + letter, k.id(), null, day))));
			accounts.asSystem(() -> studios.pair(bureau,
					new Forms.PairForm(leader.id(), young.id(), null, day, LocalDate.of(2027, 8, 31))));
		}
		return opened;
	}

	@Test
	void pageTwoHoldsTheThirdRowOfTheScope() throws Exception {
		County county = accounts.county();
		County other = accounts.county();
		List<Views.StudioView> ours = county(county, "名师");
		county(other, "外县");
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());

		mvc.perform(get("/api/v1/key-teachers").param("page", "1").param("size", "2").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].staffName").value("名师" + tag + "C"));
		// in force on the day before the terms: none
		mvc.perform(get("/api/v1/key-teachers").param("on", "2026-08-31").with(accounts.as(officer)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/key-teacher-studios").param("page", "1").param("size", "2").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].id").value(ours.get(0).id()));
		mvc.perform(get("/api/v1/mentoring-pairs").param("page", "1").param("size", "2").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].menteeName").value("青年" + tag + "A"));

		// A transfer to school B moves the designation's scope by the nightly run.
		DataScope schoolA = DataScope.unit(county.schoolA().id());
		DataScope schoolB = DataScope.unit(county.schoolB().id());
		Views.KeyTeacherView c = register.list(schoolA, null).get(2);
		accounts.asSystem(
				() -> staff.transfer(DataScope.all(), c.staffId(), county.schoolB().code(), LocalDate.now(), "调动"));
		assertThat(accounts.asSystem(() -> register.relocate(LocalDate.now()))).isEqualTo(1);
		assertThat(register.list(schoolA, null)).hasSize(2);
		assertThat(register.list(schoolB, null)).singleElement()
			.satisfies(k -> assertThat(k.unitName()).isEqualTo(county.schoolB().name()));
	}

	@Test
	void theKeyTeachersPagePagesItsListsInTheQuery() throws Exception {
		County county = accounts.county();
		county(county, "页面");
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		var model = mvc.perform(get("/key-teachers").with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		for (String list : List.of("designations", "studios", "pairs")) {
			assertThat(model.get(list)).isInstanceOfSatisfying(Page.class, page -> {
				assertThat(page.getTotalElements()).isEqualTo(3);
				assertThat(page.getSize()).isEqualTo(KeyTeachersPageController.PAGE_SIZE);
			});
		}
		// A page past the end is empty, a negative one the first; neither fails.
		var later = mvc
			.perform(get("/key-teachers").param("studios", "1").param("page", "-3").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
		assertThat(((Page<?>) later.get("studios")).getContent()).isEmpty();
		assertThat(((Page<?>) later.get("designations")).getContent()).hasSize(3);
	}

}
