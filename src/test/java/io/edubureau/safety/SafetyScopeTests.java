package io.edubureau.safety;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
 * Data scope: the administrator of school A sees none of school B's inspections, hazards,
 * evidence, drills, letters or incidents — in lists, pages, the API and downloads — and
 * gets 404 for B's ids and for ids that do not exist; a bureau officer of another county
 * likewise; the inspector reads everything.
 */
@EduBureauTest
class SafetyScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SafetyManagement safety;

	County county;

	RequestPostProcessor adminA;

	RequestPostProcessor otherOfficer;

	RequestPostProcessor inspector;

	long inspectionB;

	long hazardB;

	long evidenceB;

	long letterB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		otherOfficer = accounts.as(accounts.account("BUREAU_OFFICER", accounts.county().bureau()));
		inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		LocalDate day = LocalDate.now().minusDays(5);
		accounts.asSystem(() -> {
			InspectionView b = safety.recordInspection(bureau,
					new InspectionForm(county.schoolB().id(), InspectionKind.WATER, day, "乙检查", null,
							List.of(new ItemResult("water.signs", false, "乙校河边无警示牌"),
									new ItemResult("water.patrol", true, null),
									new ItemResult("water.education", true, null))));
			inspectionB = b.id();
			hazardB = safety
				.recordHazard(bureau, b.id(),
						new HazardForm("water.signs", HazardLevel.MAJOR, "乙校河边无警示牌", "乙校长",
								LocalDate.now().minusDays(1)))
				.id();
			evidenceB = safety.rectify(bureau, hazardB, "已设置", LocalDate.now(), "b.pdf", SafetyHazardFlowTests.PDF)
				.rectifications()
				.get(0)
				.id();
			safety.recordDrill(bureau, new DrillForm(county.schoolB().id(), DrillKind.EVACUATION, day, 300, "乙校演练"));
			safety.reportIncident(bureau,
					new IncidentForm(county.schoolB().id(), IncidentKind.FALL, day, day, 1, "乙校学生摔伤", null));
			safety.issueLetters(bureau, LocalDate.now().getYear(), LocalDate.now());
			letterB = safety.letters(bureau, LocalDate.now().getYear())
				.letters()
				.stream()
				.filter(l -> l.unitId() == county.schoolB().id())
				.findFirst()
				.orElseThrow()
				.id();
			safety.signLetter(bureau, letterB, LocalDate.now(), "乙校长", "letter.pdf", SafetyHazardFlowTests.PDF);
			return null;
		});
	}

	@Test
	void anotherSchoolsRecordsAreNotFoundOnPagesApiAndDownloads() throws Exception {
		for (RequestPostProcessor who : List.of(adminA, otherOfficer)) {
			for (String path : List.of("/api/v1/safety/hazards/" + hazardB, "/api/v1/safety/inspections/" + inspectionB,
					"/api/v1/safety/inspections/" + inspectionB + "/hazards",
					"/api/v1/safety/hazards/" + hazardB + "/rectifications/" + evidenceB + "/evidence",
					"/api/v1/safety/letters/" + letterB + "/file", "/safety/hazards/" + hazardB,
					"/safety/inspections/" + inspectionB,
					"/safety/hazards/" + hazardB + "/rectifications/" + evidenceB + "/evidence",
					"/safety/letters/" + letterB + "/file", "/api/v1/safety/hazards/987654321")) {
				mvc.perform(get(path).with(who)).andExpect(status().isNotFound());
			}
			mvc.perform(post("/api/v1/safety/hazards/{id}/recheck", hazardB).with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"passed\": true}")).andExpect(status().is(who == adminA ? 403 : 404));
			mvc.perform(multipart("/api/v1/safety/hazards/{id}/rectification", hazardB)
				.file(new MockMultipartFile("file", "x.pdf", "application/pdf", SafetyHazardFlowTests.PDF))
				.param("note", "x")
				.param("rectifiedOn", LocalDate.now().toString())
				.with(who)
				.with(csrf())).andExpect(status().isNotFound());
			mvc.perform(post("/api/v1/safety/inspections/{id}/hazards", inspectionB).with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"level\": \"GENERAL\", \"description\": \"x\", \"responsiblePerson\": \"y\", \"deadline\": \""
								+ LocalDate.now() + "\"}"))
				.andExpect(status().isNotFound());
			mvc.perform(post("/api/v1/safety/drills").with(who)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitId\": " + county.schoolB().id() + ", \"kind\": \"FIRE\", \"heldOn\": \""
						+ LocalDate.now() + "\", \"participants\": 5}"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(multipart("/api/v1/safety/letters/{id}/signed", letterB)
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf", SafetyHazardFlowTests.PDF))
			.param("signedOn", LocalDate.now().toString())
			.param("signatory", "x")
			.with(adminA)
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void listsOfAnotherSchoolShowNothingOfIt() throws Exception {
		int year = LocalDate.now().getYear();
		for (String path : List.of("/api/v1/safety/hazards", "/api/v1/safety/hazards?overdue=true",
				"/api/v1/safety/inspections?year=" + LocalDate.now().minusDays(5).getYear(),
				"/api/v1/safety/drills?year=" + LocalDate.now().minusDays(5).getYear(),
				"/api/v1/safety/incidents?year=" + LocalDate.now().minusDays(5).getYear(),
				"/api/v1/safety/drills/compliance?year=" + year)) {
			mvc.perform(get(path).with(adminA))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("乙"))));
		}
		mvc.perform(get("/api/v1/safety/letters?year=" + year).with(adminA))
			.andExpect(jsonPath("$.letters.length()").value(1))
			.andExpect(jsonPath("$.letters[0].unitId").value(county.schoolA().id()))
			.andExpect(content().string(not(containsString("乙"))));
		for (String path : List.of("/safety", "/safety/hazards", "/safety/hazards?overdue=true", "/safety/drills",
				"/safety/letters", "/safety/incidents", "/")) {
			mvc.perform(get(path).with(adminA).header("Accept-Language", "zh-CN"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("乙校"))));
		}
		// The inspector reads every school, B's hazard included.
		mvc.perform(get("/api/v1/safety/hazards/{id}", hazardB).with(inspector))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hazard.description").value("乙校河边无警示牌"));
		mvc.perform(get("/safety/hazards/{id}", hazardB).with(inspector)).andExpect(status().isOk());
	}

}
