package io.edubureau.supervision;

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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data scope: the administrator of school A sees none of school B's visits, rectification
 * items, evidence or report — in lists, pages, the API, the export and the lineage of the
 * figures — and gets 404 for B's ids and for ids that do not exist; a bureau officer of
 * another county likewise; the inspector reads everything.
 */
@EduBureauTest
class SupervisionScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	SupervisionFigures figures;

	County county;

	RequestPostProcessor adminA;

	RequestPostProcessor otherOfficer;

	RequestPostProcessor inspector;

	long visitB;

	long itemB;

	long evidenceB;

	int year;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		otherOfficer = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		LocalDate day = LocalDate.now().minusDays(5);
		year = day.getYear();
		accounts.asSystem(() -> {
			VisitView b = supervision.recordVisit(bureau,
					new VisitForm(county.schoolB().id(), SupervisionProgramme.DOUBLE_REDUCTION, day, "乙督学", "乙校意见",
							SupervisionProgramme.DOUBLE_REDUCTION.indicators()
								.stream()
								.map(i -> new ScoreEntry(i, 7, null))
								.toList()));
			visitB = b.id();
			itemB = supervision
				.recordItem(bureau, b.id(),
						new ItemForm("doubleReduction.homework", "乙校作业超量", "乙校长", LocalDate.now().minusDays(1)))
				.id();
			evidenceB = supervision.rectify(bureau, itemB, "已整改", LocalDate.now(), "b.pdf", SupervisionFlowTests.PDF)
				.evidence()
				.get(0)
				.id();
			return null;
		});
	}

	@Test
	void anotherSchoolsRecordsAreNotFoundOnPagesApiExportAndDownloads() throws Exception {
		long b = county.schoolB().id();
		for (RequestPostProcessor who : List.of(adminA, otherOfficer)) {
			for (String path : List.of("/api/v1/supervision/visits/" + visitB,
					"/api/v1/supervision/visits/" + visitB + "/items", "/api/v1/supervision/items/" + itemB,
					"/api/v1/supervision/items/" + itemB + "/evidence/" + evidenceB,
					"/api/v1/supervision/schools/" + b + "/report",
					"/api/v1/supervision/schools/" + b + "/report/export", "/supervision/visits/" + visitB,
					"/supervision/items/" + itemB, "/supervision/items/" + itemB + "/evidence/" + evidenceB,
					"/supervision/schools/" + b, "/supervision/schools/" + b + "/export",
					"/api/v1/supervision/items/987654321")) {
				mvc.perform(get(path).with(who)).andExpect(status().isNotFound());
			}
			mvc.perform(multipart("/api/v1/supervision/items/{id}/rectification", itemB)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", SupervisionFlowTests.PDF))
				.param("note", "x")
				.param("rectifiedOn", LocalDate.now().toString())
				.with(who)
				.with(csrf())).andExpect(status().isNotFound());
		}
		// The other county's officer may record visits and re-check, but not B's.
		mvc.perform(post("/api/v1/supervision/items/{id}/recheck", itemB).with(otherOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"passed\": true}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/visits/{id}/items", visitB).with(otherOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"finding\": \"x\", \"responsiblePerson\": \"y\"}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/supervision/visits").with(otherOfficer)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(SupervisionFlowTests.visitJson(b, LocalDate.now(), 5, 5))).andExpect(status().isNotFound());
		assertThatThrownBy(() -> supervision.item(DataScope.unitAndBelow(county.schoolA().id()), itemB))
			.isInstanceOf(NotFound.class);
	}

	@Test
	void listsAndLineageOfAnotherSchoolShowNothingOfIt() throws Exception {
		for (String path : List.of("/api/v1/supervision/items", "/api/v1/supervision/items?overdue=true",
				"/api/v1/supervision/visits?year=" + year)) {
			mvc.perform(get(path).with(adminA))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("乙"))));
		}
		for (String path : List.of("/supervision?year=" + year, "/supervision/items",
				"/supervision/items?overdue=true")) {
			mvc.perform(get(path).with(adminA).header("Accept-Language", "zh-CN"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("乙校"))));
		}
		FigureQuery ofA = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(figures.records("supervision.visits", ofA, 0, 50).total()).isZero();
		assertThat(figures.records("supervision.findings", ofA, 0, 50).total()).isZero();
		assertThat(figures.compute(ofA)).containsEntry("supervision.visits", java.math.BigDecimal.ZERO);
		FigureQuery ofBureau = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(figures.records("supervision.findings", ofBureau, 0, 50).rows()).hasSize(1)
			.allMatch(r -> r.get(1).equals("乙校作业超量"));
		// The inspector reads every school, B's item and report included.
		mvc.perform(get("/api/v1/supervision/items/{id}", itemB).with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.finding").value("乙校作业超量"));
		mvc.perform(get("/supervision/schools/{u}?year=" + year, county.schoolB().id()).with(inspector)
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乙校作业超量")))
			.andExpect(content().string(not(containsString("DOUBLE_REDUCTION"))));
	}

}
