package io.edubureau.retirement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.MISSING;
import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static io.edubureau.security.ScopeChecks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Retirement data scope: the upcoming list and its export, proposals and the bureau's
 * queue, death records and survivor benefits, through pages, API and guessed ids.
 */
@EduBureauTest
class RetirementScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RetirementManagement retirements;

	LocalDate today = LocalDate.now();

	String tag = TestAccounts.uniqueCode();

	/** A man whose statutory month lies two months ahead. */
	StaffView upcoming(String name, UnitView unit) {
		LocalDate birth = today.minusYears(60).plusMonths(2).withDayOfMonth(10);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name + tag, unit.code(), birth, today.minusYears(30))));
	}

	RetirementRequestView propose(StaffView person) {
		return accounts.asSystem(() -> retirements.proposeRetirement(DataScope.unitAndBelow(person.unitId()),
				new RetirementProposalForm(person.id(), null, 35, 0, "到龄")));
	}

	String survivorId;

	StaffView deceased(String name, UnitView unit) {
		survivorId = accounts.idNumber(LocalDate.of(1976, 1, 1), true);
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag,
				unit.code(), LocalDate.of(1975, 2, 2), today.minusYears(20))));
		accounts.asSystem(() -> retirements.recordDeath(DataScope.all(), p.id(),
				new DeathForm(today.minusDays(10), "病故", null,
						new SurvivorBenefitForm("遗属" + tag, SurvivorRelation.SPOUSE, survivorId, null, BigDecimal.TEN,
								BigDecimal.ONE, today.minusDays(5), null))));
		return p;
	}

	@Test
	void schoolAdministratorTeacherInspectorAndOfficer() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		StaffView a = upcoming("甲校退休", county.schoolA());
		StaffView b = upcoming("乙校退休", county.schoolB());
		StaffView far = upcoming("外县退休", elsewhere.schoolA());
		RetirementRequestView pA = propose(a);
		RetirementRequestView pB = propose(b);
		RetirementRequestView pFar = propose(far);
		StaffView deadB = deceased("乙校身故", county.schoolB());
		StaffView me = accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, "甲校本人" + tag,
				county.schoolA().code(), LocalDate.of(1990, 1, 1), today.minusYears(5))));

		var adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		var teacherA = accounts.as(accounts.account("TEACHER", county.schoolA(), me.id()));
		var inspector = accounts.as(accounts.account("INSPECTOR", county.bureau()));
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		var farOfficer = accounts.as(accounts.account("BUREAU_OFFICER", elsewhere.bureau()));

		// (1) The upcoming list and the bureau's queue.
		String list = "/staff/retirements?months=12";
		assertThat(read(mvc, adminA, list)).contains(a.name()).doesNotContain(b.name(), far.name());
		assertThat(read(mvc, teacherA, list)).doesNotContain(a.name(), b.name());
		assertThat(read(mvc, inspector, list)).contains(a.name(), b.name(), far.name());
		for (String url : new String[] { "/staff/retirements/queue", "/api/v1/staff/retirements/queue" }) {
			assertThat(read(mvc, officer, url)).contains(a.name(), b.name()).doesNotContain(far.name());
			assertThat(read(mvc, farOfficer, url)).contains(far.name()).doesNotContain(a.name(), b.name());
			answers(mvc, adminA, 403, url);
		}
		// (2) The export: the rows of the .xlsx.
		String export = "/staff/retirements/export?months=12";
		assertThat(xlsx(mvc, adminA, export)).contains(a.name()).doesNotContain(b.name(), far.name());
		assertThat(xlsx(mvc, inspector, export)).contains(a.name(), b.name(), far.name());
		assertThat(xlsx(mvc, farOfficer, export)).contains(far.name()).doesNotContain(a.name(), b.name());
		answers(mvc, teacherA, 403, export);
		// The inspector's list is masked, the administrator's is not.
		assertThat(xlsx(mvc, inspector, export)).doesNotContain(a.idNumber(), b.idNumber());
		assertThat(xlsx(mvc, adminA, export)).contains(a.idNumber());

		// (3) B's ids and ids that do not exist: 404.
		for (long proposal : new long[] { pB.id(), pFar.id(), MISSING }) {
			answers(mvc, adminA, 404, "/staff/retirements/proposals/" + proposal,
					"/api/v1/staff/retirements/proposals/" + proposal);
			answers(mvc,
					post("/api/v1/staff/retirements/proposals/" + proposal + "/withdraw").with(adminA)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"comment\": \"撤回\"}"),
					404);
		}
		answers(mvc,
				post("/api/v1/staff/retirements/proposals/" + pFar.id() + "/approve").with(officer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}"),
				404);
		for (long person : new long[] { b.id(), deadB.id(), MISSING }) {
			answers(mvc, adminA, 404, "/api/v1/staff/" + person + "/retirements", "/api/v1/staff/" + person + "/death");
			answers(mvc, teacherA, 404, "/api/v1/staff/" + person + "/death");
			// the person page's panels, served by this module
			answers(mvc, adminA, 404, "/staff/" + person + "/retirement-panel", "/staff/" + person + "/death-panel");
			answers(mvc, post("/api/v1/staff/retirements/proposals").with(adminA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"staffId\": %d, \"contributionYears\": 35, \"contributionMonths\": 0}".formatted(person)),
					404);
		}
		String benefit = "{\"survivorName\": \"外县遗属\", \"relation\": \"CHILD\", \"funeralAllowance\": 1}";
		answers(mvc,
				post("/api/v1/staff/" + deadB.id() + "/survivor-benefits").with(farOfficer)
					.contentType(MediaType.APPLICATION_JSON)
					.content(benefit),
				404);
		answers(mvc,
				post("/api/v1/staff/" + deadB.id() + "/death").with(farOfficer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"diedOn\": \"" + today.minusDays(1) + "\"}"),
				404);

		answers(mvc, post("/staff/" + b.id() + "/retirement-proposal").with(adminA), 404);
		answers(mvc, post("/staff/retirements/proposals/" + pB.id() + "/withdraw").with(adminA), 404);

		// Inspector and officer see B's.
		assertThat(read(mvc, inspector, "/api/v1/staff/" + deadB.id() + "/death")).contains("遗属" + tag)
			.doesNotContain(survivorId);
		assertThat(read(mvc, officer, "/api/v1/staff/" + deadB.id() + "/death")).contains(survivorId);
		// the death panel masks the survivor's identity number as the API does
		assertThat(read(mvc, inspector, "/staff/" + deadB.id() + "/death-panel")).contains("遗属" + tag)
			.doesNotContain(survivorId);
		assertThat(read(mvc, officer, "/staff/" + deadB.id() + "/death-panel")).contains(survivorId);
		assertThat(read(mvc, adminA, "/staff/" + a.id() + "/retirement-panel")).contains("#" + pA.id());
		for (var all : List.of(inspector, officer)) {
			answers(mvc, all, 200, "/api/v1/staff/" + deadB.id() + "/death");
		}
		answers(mvc, officer, 200, "/staff/retirements/proposals/" + pB.id(),
				"/api/v1/staff/retirements/proposals/" + pB.id(), "/api/v1/staff/" + b.id() + "/retirements");
	}

}
