package io.edubureau.safety;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Drills and their compliance list at the boundary (exactly one evacuation drill in a
 * period is compliant, none is not, other kinds do not count), responsibility letters
 * with the missing list, incidents with the reporting deadline, and the figures with
 * their lineage.
 */
@EduBureauTest
class SafetyRecordsTests {

	// A past year, so every period has ended.
	static final int YEAR = 2025;

	@Autowired
	SafetyManagement safety;

	@Autowired
	SafetyFigures figures;

	@Autowired
	OrgManagement units;

	@Autowired
	RulesManagement rules;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	County county;

	DataScope bureau;

	UnitView kindergarten;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
		kindergarten = accounts.asSystem(() -> units.create(DataScope.all(),
				TestAccounts.unit(UnitType.SCHOOL, "测试丙幼儿园", county.bureau().code(), Set.of(Stage.PRESCHOOL))));
	}

	void drill(UnitView unit, DrillKind kind, LocalDate day) {
		accounts.asSystem(() -> safety.recordDrill(bureau, new DrillForm(unit.id(), kind, day, 100, null)));
	}

	SchoolDrillCompliance row(DrillCompliance c, UnitView unit) {
		return c.schools().stream().filter(s -> s.unitId() == unit.id()).findFirst().orElseThrow();
	}

	@Test
	void exactlyOneEvacuationDrillAPeriodIsCompliantAndAMissingOneIsNot() {
		for (int m = 1; m <= 12; m++) {
			// School A: exactly one a month, on the last day of the month.
			drill(county.schoolA(), DrillKind.EVACUATION, LocalDate.of(YEAR, m, 1).plusMonths(1).minusDays(1));
			// School B: one a month except March, where only a fire drill was held.
			drill(county.schoolB(), m == 3 ? DrillKind.FIRE : DrillKind.EVACUATION, LocalDate.of(YEAR, m, 15));
		}
		// The kindergarten: exactly one a quarter.
		for (int q = 0; q < 4; q++) {
			drill(kindergarten, DrillKind.EVACUATION, LocalDate.of(YEAR, 3 * q + 2, 10));
		}
		DrillCompliance c = safety.drillCompliance(bureau, YEAR, LocalDate.of(YEAR + 1, 1, 1));
		assertThat(c.schools()).hasSize(3);

		SchoolDrillCompliance a = row(c, county.schoolA());
		assertThat(a.compliant()).isTrue();
		assertThat(a.intervalMonths()).isEqualTo(1);
		assertThat(a.periods()).hasSize(12).allMatch(p -> p.evacuationDrills() == 1 && p.met());

		SchoolDrillCompliance b = row(c, county.schoolB());
		assertThat(b.compliant()).isFalse();
		assertThat(b.periods().get(2).evacuationDrills()).isZero();
		assertThat(b.periods().stream().filter(p -> !p.met()).count()).isEqualTo(1);
		assertThat(rules.explain(b.reasons(), Locale.SIMPLIFIED_CHINESE)).singleElement()
			.asString()
			.contains("2025-03-01 至 2025-03-31 未开展疏散演练")
			.contains("教基一厅〔2014〕2号");

		SchoolDrillCompliance k = row(c, kindergarten);
		assertThat(k.kindergarten()).isTrue();
		assertThat(k.intervalMonths()).isEqualTo(3);
		assertThat(k.periods()).hasSize(4).allMatch(p -> p.evacuationDrills() == 1);
		assertThat(k.compliant()).isTrue();

		assertThat(c.compliant()).isEqualTo(2);
		assertThat(c.percent()).isEqualByComparingTo("66.7");
		Map<String, BigDecimal> values = figures.compute(query(YEAR));
		assertThat(values.get("safety.drillCompliance")).isEqualByComparingTo("66.7");
		assertThat(values.get("safety.drills")).isEqualByComparingTo("28");
		FigureRecords lineage = figures.records("safety.drillCompliance", query(YEAR), 0, 10);
		assertThat(lineage.total()).isEqualTo(3);
	}

	@Test
	void aPeriodStillRunningIsNotYetMissed() {
		// Until 15 May: January to April have ended (monthly), only the first quarter
		// (kindergarten).
		drill(county.schoolA(), DrillKind.EVACUATION, LocalDate.of(YEAR, 1, 5));
		drill(county.schoolA(), DrillKind.EVACUATION, LocalDate.of(YEAR, 2, 5));
		drill(county.schoolA(), DrillKind.EVACUATION, LocalDate.of(YEAR, 3, 5));
		drill(county.schoolA(), DrillKind.EVACUATION, LocalDate.of(YEAR, 4, 30));
		drill(kindergarten, DrillKind.EVACUATION, LocalDate.of(YEAR, 1, 20));
		DrillCompliance c = safety.drillCompliance(bureau, YEAR, LocalDate.of(YEAR, 5, 15));
		assertThat(row(c, county.schoolA()).periods()).hasSize(4);
		assertThat(row(c, county.schoolA()).compliant()).isTrue();
		assertThat(row(c, kindergarten).periods()).hasSize(1);
		assertThat(row(c, kindergarten).compliant()).isTrue();
		assertThat(row(c, county.schoolB()).compliant()).isFalse();
	}

	FigureQuery query(int year) {
		return new FigureQuery(bureau, year, LocalDate.of(year, 12, 31), null);
	}

	@Test
	void lettersAreIssuedOncePerSchoolAndSignedWithTheScanAndTheMissingAreListed() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(post("/api/v1/safety/letters").with(accounts.as(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\": " + YEAR + ", \"issuedOn\": \"" + YEAR + "-02-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issued").value(3));
		// Issuing again issues nothing new.
		assertThat(accounts.asSystem(() -> safety.issueLetters(bureau, YEAR, LocalDate.of(YEAR, 2, 2)))).isZero();
		LetterOverview issued = safety.letters(bureau, YEAR);
		assertThat(issued.missing()).hasSize(3).allMatch(LetterOverview.MissingLetter::issued);
		long letterA = issued.letters()
			.stream()
			.filter(l -> l.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow()
			.id();
		// The school signs its own letter; a scan is required and the day must follow the
		// issue.
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(multipart("/api/v1/safety/letters/{id}/signed", letterA).param("signedOn", YEAR + "-01-15")
			.param("signatory", "甲校长")
			.with(accounts.as(school))
			.with(csrf())
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItems("signedOn", "file")));
		mvc.perform(multipart("/api/v1/safety/letters/{id}/signed", letterA)
			.file(new MockMultipartFile("file", "责任书.pdf", "application/pdf", SafetyHazardFlowTests.PDF))
			.param("signedOn", YEAR + "-02-10")
			.param("signatory", "甲校长")
			.with(accounts.as(school))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.signed").value(true));
		LetterOverview signed = safety.letters(bureau, YEAR);
		assertThat(signed.missing()).extracting(LetterOverview.MissingLetter::unitId)
			.containsExactlyInAnyOrder(county.schoolB().id(), kindergarten.id());
		assertThatThrownBy(() -> accounts.asSystem(() -> safety.signLetter(bureau, letterA, LocalDate.of(YEAR, 3, 1),
				"x", "x.pdf", SafetyHazardFlowTests.PDF)))
			.isInstanceOf(Rejection.class);
		assertThat(figures.compute(query(YEAR)).get("safety.lettersSigned")).isEqualByComparingTo("1");
		assertThat(figures.records("safety.lettersSigned", query(YEAR), 0, 10).rows()).singleElement()
			.satisfies(r -> assertThat(r).contains("甲校长"));
	}

	@Test
	void anIncidentReportedLaterThanTheDeadlineIsFlaggedAndOneOnTheLastDayIsNot() throws Exception {
		LocalDate day = LocalDate.of(YEAR, 6, 1);
		IncidentView onTime = accounts.asSystem(() -> safety.reportIncident(bureau,
				new IncidentForm(county.schoolA().id(), IncidentKind.FALL, day, day.plusDays(1), 1, "学生摔伤", null)));
		IncidentView late = accounts
			.asSystem(() -> safety.reportIncident(bureau, new IncidentForm(county.schoolB().id(), IncidentKind.TRAFFIC,
					day, day.plusDays(2), 2, "校门口交通事故", null)));
		assertThat(onTime.late()).isFalse();
		assertThat(onTime.deadlineDays()).isEqualTo(1);
		assertThat(late.late()).isTrue();
		assertThatThrownBy(() -> accounts.asSystem(() -> safety.reportIncident(bureau,
				new IncidentForm(county.schoolA().id(), IncidentKind.FALL, day, day.minusDays(1), 0, "x", null))))
			.isInstanceOf(Rejection.class);

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(post("/api/v1/safety/incidents/{id}/close", late.id()).with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"closedOn\": \"" + YEAR + "-06-20\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("handling"));
		mvc.perform(post("/api/v1/safety/incidents/{id}/close", late.id()).with(accounts.as(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"closedOn\": \"" + YEAR + "-06-20\", \"handling\": \"已送医，保险理赔\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closedOn").value(YEAR + "-06-20"));
		// The school reads its incidents but does not report them through the bureau's
		// permission.
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		mvc.perform(get("/api/v1/safety/incidents?year=" + YEAR).with(accounts.as(school)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].late").value(false));
		mvc.perform(get("/safety/incidents?year=" + YEAR).with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("迟报（时限 1 日）")));
		assertThat(figures.compute(query(YEAR)).get("safety.incidents")).isEqualByComparingTo("2");
	}

	@Test
	void theHazardFiguresCountTheYearAndTheOverdueOn31December() {
		LocalDate found = LocalDate.of(YEAR, 11, 1);
		InspectionView i = accounts.asSystem(() -> safety.recordInspection(bureau,
				new InspectionForm(county.schoolA().id(), InspectionKind.FOOD, found, "食安检查", null,
						InspectionKind.FOOD.items().stream().map(c -> new ItemResult(c, true, null)).toList())));
		// Due in December and never rectified: overdue on 31 December.
		accounts.asSystem(() -> safety.recordHazard(bureau, i.id(),
				new HazardForm(null, HazardLevel.GENERAL, "留样柜温度不足", "王厨师长", LocalDate.of(YEAR, 12, 1))));
		// Due on 31 December itself: not yet overdue that day.
		accounts.asSystem(() -> safety.recordHazard(bureau, i.id(),
				new HazardForm(null, HazardLevel.GENERAL, "消毒记录不全", "王厨师长", LocalDate.of(YEAR, 12, 31))));
		Map<String, BigDecimal> values = figures.compute(query(YEAR));
		assertThat(values.get("safety.inspections")).isEqualByComparingTo("1");
		assertThat(values.get("safety.hazardsFound")).isEqualByComparingTo("2");
		assertThat(values.get("safety.hazardsFixed")).isEqualByComparingTo("0");
		assertThat(values.get("safety.hazardsOverdue")).isEqualByComparingTo("1");
		assertThat(figures.records("safety.hazardsOverdue", query(YEAR), 0, 10).rows()).singleElement()
			.satisfies(r -> assertThat(r).contains("留样柜温度不足"));
		// Nothing of this county in another county's figures.
		DataScope other = DataScope.unitAndBelow(accounts.county().bureau().id());
		assertThat(figures.compute(new FigureQuery(other, YEAR, LocalDate.of(YEAR, 12, 31), null))
			.get("safety.hazardsFound")).isEqualByComparingTo("0");
		// A year before records began asks for nothing.
		assertThat(figures.compute(query(1999))).isEmpty();
		assertThat(List.of(values.keySet().toArray())).contains("safety.drills", "safety.lettersSigned");
	}

}
