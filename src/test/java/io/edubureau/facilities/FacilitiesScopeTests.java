package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope: the administrator of school A sees none of school B's projects or inventory
 * (lists, ids, actions, lineage) and gets 404 for B's ids and for ids that do not exist;
 * a bureau officer of another county likewise; the inspector reads everything.
 */
@EduBureauTest
class FacilitiesScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	FacilitiesManagement facilities;

	@Autowired
	FacilitiesFigures figures;

	County county;

	RequestPostProcessor adminA;

	RequestPostProcessor otherOfficer;

	RequestPostProcessor inspector;

	long projectB;

	int year;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		otherOfficer = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		year = LocalDate.now().getYear() - 1;
		accounts.asSystem(() -> {
			projectB = facilities
				.createProject(bureau,
						new ProjectForm(county.schoolB().id(), "乙中学风雨操场", ProjectKind.EXPANSION, 1200, null, null,
								500_000_00L, null, LocalDate.of(year, 3, 1), LocalDate.of(year, 4, 1)))
				.project()
				.id();
			facilities.recordInventory(bureau,
					new InventoryForm(county.schoolB().id(), year, 800, 70, 30_000, 100_000_00L));
			return null;
		});
	}

	@Test
	void anotherSchoolsRecordsAreNotFound() throws Exception {
		for (RequestPostProcessor who : List.of(adminA, otherOfficer)) {
			for (String path : List.of("/api/v1/facilities/projects/" + projectB,
					"/api/v1/facilities/projects/987654321", "/facilities/projects/" + projectB)) {
				mvc.perform(get(path).with(who)).andExpect(status().isNotFound());
			}
			mvc.perform(get("/api/v1/facilities/projects").with(who))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.page.size").value(50))
				.andExpect(content().string(not(containsString("乙中学风雨操场"))));
			mvc.perform(get("/api/v1/facilities/projects?size=0").with(who)).andExpect(status().isBadRequest());
			mvc.perform(get("/api/v1/facilities/projects/late").with(who))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("乙中学风雨操场"))));
			// Every test county names its schools alike: B is told apart by its id.
			mvc.perform(get("/api/v1/facilities/inventories?year=" + year).with(who))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("\"unitId\":" + county.schoolB().id() + ","))));
			mvc.perform(post("/api/v1/facilities/inventories").with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + county.schoolB().id() + ", \"year\": " + year
						+ ", \"pupils\": 1, \"computers\": 1, \"books\": 1}"))
				.andExpect(status().isNotFound());
		}
		// The school administrator may not run projects at all; the other county's
		// officer may, but not B's.
		mvc.perform(post("/api/v1/facilities/projects/{id}/stage", projectB).with(adminA)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\": \"TENDERED\", \"on\": \"" + LocalDate.of(year, 3, 2) + "\", \"contractor\": \"x\"}"))
			.andExpect(status().isForbidden());
		for (String action : List.of("stage", "payments", "budget-changes", "progress")) {
			mvc.perform(post("/api/v1/facilities/projects/{id}/" + action, projectB).with(otherOfficer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isNotFound());
		}
		assertThat(facilities.project(DataScope.unitAndBelow(county.bureau().id()), projectB).project().status())
			.isEqualTo(ProjectStatus.APPROVED);
	}

	@Test
	void theInspectorReadsEverythingAndLineageKeepsToTheScope() throws Exception {
		mvc.perform(get("/api/v1/facilities/projects/" + projectB).with(inspector)).andExpect(status().isOk());
		mvc.perform(get("/facilities/projects/" + projectB).with(inspector).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("改扩建")))
			.andExpect(content().string(containsString("500,000.00")))
			.andExpect(content().string(not(containsString("EXPANSION"))));
		mvc.perform(get("/facilities").with(inspector).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乙中学风雨操场")));
		mvc.perform(get("/facilities/inventories?year=" + year).with(inspector).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生均图书")));
		mvc.perform(get("/facilities/inventories?year=" + year).with(adminA))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("测试乙中学"))));
		mvc.perform(get("/api/v1/facilities/inventories?year=" + year).with(inspector))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测试乙中学")));
		FigureQuery ofA = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(figures.records("library.booksPerPupil", ofA, 0, 50).total()).isZero();
		assertThat(figures.compute(ofA)).doesNotContainKey("library.booksPerPupil");
		FigureQuery ofBureau = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(figures.records("library.booksPerPupil", ofBureau, 0, 50).total()).isEqualTo(1);
		assertThatThrownBy(() -> facilities.project(DataScope.unitAndBelow(county.schoolA().id()), projectB))
			.isInstanceOf(NotFound.class);
	}

}
