package io.edubureau.retirement;

import java.time.LocalDate;
import java.time.YearMonth;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffEventKind;
import io.edubureau.staff.StaffEventView;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.rules.RetirementDecision;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retirement proposals (school proposes, bureau approves or returns), death records and
 * survivor benefits: the flexible window and contribution boundaries, scope, permissions,
 * masking and both languages.
 */
@EduBureauTest
class RetirementWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RetirementManagement retirements;

	@Autowired
	RulesManagement rules;

	@Autowired
	AuditManagement audit;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	County county;

	String schoolA;

	String schoolB;

	String bureau;

	String inspector;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		inspector = accounts.account("INSPECTOR", county.bureau());
	}

	/** A man at school A who reached his statutory month this year or last. */
	StaffView retiree(String name) {
		LocalDate birth = LocalDate.now().minusYears(61).withDayOfMonth(10);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name, county.schoolA().code())));
	}

	/** A man at school A whose statutory month lies a few months ahead. */
	StaffView upcoming(String name) {
		LocalDate birth = LocalDate.now().minusYears(60).plusMonths(2).withDayOfMonth(10);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name, county.schoolA().code())));
	}

	RetirementDecision decision(StaffView p) {
		return rules.retirement(YearMonth.from(p.birthDate()), p.originalRetirementAge());
	}

	String proposal(long staffId, LocalDate retireOn, int years) {
		return """
				{"staffId": %d, "retireOn": %s, "contributionYears": %d, "contributionMonths": 0, "note": "到龄"}"""
			.formatted(staffId, retireOn == null ? "null" : "\"" + retireOn + "\"", years);
	}

	long propose(String user, long staffId, LocalDate retireOn) throws Exception {
		String body = mvc
			.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content(proposal(staffId, retireOn, 30)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).get("id").asLong();
	}

	@Test
	void aDateOutsideTheFlexibleWindowIsRejectedWithTheRangeAndNothingIsWritten() throws Exception {
		StaffView p = retiree("窗口" + TestAccounts.uniqueCode());
		RetirementDecision d = decision(p);
		LocalDate tooLate = d.latestFlexible().plusMonths(1).atDay(1);
		mvc.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(proposal(p.id(), tooLate, 30)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("retireOn"))
			.andExpect(jsonPath("$.errors[0].message",
					containsString("from " + d.earliestFlexible() + " to " + d.latestFlexible())));
		// the last allowed month is accepted by the same rule (boundary), after the one
		// before the earliest is refused too
		LocalDate tooEarly = d.earliestFlexible().minusMonths(1).atEndOfMonth();
		mvc.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(proposal(p.id(), tooEarly, 30)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("超出弹性退休范围")));
		// contribution one month short of the minimum for the year
		int minimum = rules.minimumContributionMonths(LocalDate.now().getYear());
		mvc.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"staffId": %d, "retireOn": "%s", "contributionYears": %d, "contributionMonths": %d}"""
				.formatted(p.id(), LocalDate.now(), (minimum - 1) / 12, (minimum - 1) % 12)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("contributionYears"))
			.andExpect(jsonPath("$.errors[0].message", containsString("below the minimum of " + minimum / 12)));
		assertThat(accounts.asSystem(() -> retirements.retirementRequests(DataScope.all(), p.id()))).isEmpty();
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).status()).isEqualTo(StaffStatus.ACTIVE);

		// exactly the minimum and the latest flexible month: accepted
		mvc.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"staffId": %d, "retireOn": "%s", "contributionYears": 20, "contributionMonths": 0}"""
				.formatted(p.id(), d.latestFlexible().atEndOfMonth())))
			.andExpect(status().isCreated());
	}

	@Test
	void approvalRetiresThePersonWithHistoryAndAudit() throws Exception {
		StaffView p = retiree("批准" + TestAccounts.uniqueCode());
		long id = propose(schoolA, p.id(), LocalDate.now());
		// one open proposal per person
		mvc.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content(proposal(p.id(), LocalDate.now(), 30))).andExpect(status().isUnprocessableContent());
		// the school cannot approve; another school does not see the proposal
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/approve").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/staff/retirements/proposals/" + id).with(TestAccounts.basic(schoolB)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/retirements/queue").param("size", "200").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		// paged in the query: bad page or size values are malformed requests
		mvc.perform(get("/api/v1/staff/retirements/queue").param("size", "0").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/staff/retirements/queue").param("page", "-1").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());

		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/approve").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"同意\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.appliedAt").isNotEmpty())
			.andExpect(jsonPath("$.steps.length()").value(2));
		StaffView after = accounts.asSystem(() -> staff.get(DataScope.all(), p.id()));
		assertThat(after.status()).isEqualTo(StaffStatus.RETIRED);
		assertThat(after.statusDate()).isEqualTo(LocalDate.now());
		assertThat(accounts.asSystem(() -> staff.history(DataScope.all(), p.id())))
			.anySatisfy(e -> assertThat(e.kind()).isEqualTo(StaffEventKind.RETIREMENT));
		assertThat(audit
			.search(new AuditQuery(null, RetirementWorkflow.REQUEST, String.valueOf(id), null, null, null),
					PageRequest.of(0, 10))
			.getContent()).extracting(e -> e.action()).contains(AuditAction.CREATE, AuditAction.UPDATE);
		assertThat(audit
			.search(new AuditQuery(null, "staff.member", String.valueOf(p.id()), AuditAction.ARCHIVE, null, null),
					PageRequest.of(0, 10))
			.getContent()).isNotEmpty();
		// decided: no second decision, off the queue
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/return").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"x\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/staff/retirements/queue").param("size", "200").with(TestAccounts.basic(bureau)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
	}

	@Test
	void returnedProposalIsProposedAgainThenApprovedForAFutureDate() throws Exception {
		StaffView p = retiree("退回" + TestAccounts.uniqueCode());
		long id = propose(schoolA, p.id(), null);
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/return").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/return").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"缴费年限请核实\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		// a returned proposal cannot be approved
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/approve").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());
		LocalDate later = LocalDate.now().plusMonths(2).withDayOfMonth(1);
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/repropose").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content(proposal(p.id(), later, 31)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.retireOn").value(later.toString()))
			.andExpect(jsonPath("$.contributionMonths").value(31 * 12))
			.andExpect(jsonPath("$.steps[*].to")
				.value(org.hamcrest.Matchers.contains("PROPOSED", "RETURNED", "PROPOSED")));
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/approve").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.appliedAt").isEmpty());
		// the date lies ahead: still active until then
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).status()).isEqualTo(StaffStatus.ACTIVE);
		// when the date has come, the nightly job retires the person through the end path
		jdbc.update("update staff_retirement_request set retire_on = ? where id = ?", LocalDate.now(), id);
		assertThat(accounts.asSystem(() -> retirements.applyDueRetirements())).isPositive();
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).status()).isEqualTo(StaffStatus.RETIRED);
		assertThat(accounts.asSystem(() -> retirements.retirementRequest(DataScope.all(), id)).appliedAt()).isNotNull();
		assertThat(accounts.asSystem(() -> retirements.applyDueRetirements())).isZero();
	}

	@Test
	void theNightlyJobRetiresEachPersonOnItsOwnSoOneRefusalUndoesNoOther() throws Exception {
		LocalDate later = LocalDate.now().plusMonths(2).withDayOfMonth(1);
		StaffView refused = retiree("拒退" + TestAccounts.uniqueCode());
		StaffView retired = retiree("照退" + TestAccounts.uniqueCode());
		long refusedId = propose(schoolA, refused.id(), later);
		long retiredId = propose(schoolA, retired.id(), later);
		for (long id : new long[] { refusedId, retiredId }) {
			mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/approve").with(TestAccounts.basic(bureau))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}")).andExpect(status().isOk());
		}
		// A date the end path refuses (before birth), applied first; the other falls due
		// today.
		jdbc.update("update staff_retirement_request set retire_on = ? where id = ?", LocalDate.of(1900, 1, 1),
				refusedId);
		jdbc.update("update staff_retirement_request set retire_on = ? where id = ?", LocalDate.now(), retiredId);
		try {
			assertThat(accounts.asSystem(() -> retirements.applyDueRetirements())).isPositive();
			assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), retired.id())).status())
				.isEqualTo(StaffStatus.RETIRED);
			assertThat(accounts.asSystem(() -> retirements.retirementRequest(DataScope.all(), retiredId)).appliedAt())
				.isNotNull();
			assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), refused.id())).status())
				.isEqualTo(StaffStatus.ACTIVE);
			assertThat(accounts.asSystem(() -> retirements.retirementRequest(DataScope.all(), refusedId)).appliedAt())
				.isNull();
		}
		finally {
			// The database outlives the run: leave no proposal the job refuses every
			// night.
			jdbc.update("update staff_retirement_request set retire_on = ? where id = ?", later, refusedId);
		}
	}

	@Test
	void anotherSchoolsPersonIsNotFoundAndWithdrawingClosesTheProposal() throws Exception {
		StaffView p = retiree("撤回" + TestAccounts.uniqueCode());
		mvc.perform(post("/api/v1/staff/retirements/proposals").with(TestAccounts.basic(schoolB))
			.contentType(MediaType.APPLICATION_JSON)
			.content(proposal(p.id(), LocalDate.now(), 30))).andExpect(status().isNotFound());
		long id = propose(schoolA, p.id(), LocalDate.now());
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/withdraw").with(TestAccounts.basic(schoolB))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/staff/retirements/proposals/" + id + "/withdraw").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
		// a new proposal may follow
		propose(schoolA, p.id(), LocalDate.now());
	}

	String death(LocalDate diedOn, String survivorId) {
		return """
				{"diedOn": "%s", "cause": "病故", "survivor": {"survivorName": "李梅", "relation": "SPOUSE",
				 "idNumber": "%s", "phone": "13912345678", "funeralAllowance": 12000.00,
				 "survivorPension": 1500.50, "decidedOn": "%s"}}""".formatted(diedOn, survivorId, diedOn);
	}

	@Test
	void deathWithAnInvalidSurvivorIdentityNumberIsRejectedAndNothingWritten() throws Exception {
		StaffView p = retiree("死亡" + TestAccounts.uniqueCode());
		String good = accounts.idNumber(LocalDate.of(1968, 3, 4), true);
		String bad = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		mvc.perform(post("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(bureau))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(death(LocalDate.now().minusDays(3), bad)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("survivor.idNumber"));
		mvc.perform(post("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content(death(LocalDate.now().minusDays(3), good).replace("1500.50", "-0.01")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("survivor.survivorPension"));
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).status()).isEqualTo(StaffStatus.ACTIVE);
		assertThat(accounts.asSystem(() -> retirements.death(DataScope.all(), p.id())).death()).isNull();
		// recording a death is the bureau's (staff:person:end), not the school's
		mvc.perform(post("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content(death(LocalDate.now(), good))).andExpect(status().isForbidden());

		// valid: DECEASED through the end path, benefits kept, history shows both
		mvc.perform(post("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content(death(LocalDate.now().minusDays(3), good)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.death.cause").value("病故"))
			.andExpect(jsonPath("$.benefits[0].idNumber").value(good))
			.andExpect(jsonPath("$.benefits[0].survivorPension").value(1500.50));
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).status())
			.isEqualTo(StaffStatus.DECEASED);
		assertThat(accounts.asSystem(() -> staff.history(DataScope.all(), p.id()))).extracting(StaffEventView::kind)
			.contains(StaffEventKind.DEATH, StaffEventKind.BENEFIT);
		// a second death record is refused
		mvc.perform(post("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"diedOn\": \"" + LocalDate.now() + "\"}")).andExpect(status().isUnprocessableContent());

		// masking: the inspector (no staff:sensitive:read) sees masked numbers, on the
		// API
		// and the page; a teacher sees only their own record
		mvc.perform(get("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(inspector)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.benefits[0].idNumber").value(good.substring(0, 6) + "********" + good.substring(14)))
			.andExpect(jsonPath("$.benefits[0].phone").value("139****5678"));
		// (the person's page loads the death panel from the retirement module)
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(inspector)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/staff/" + p.id() + "/death-panel")))
			.andExpect(content().string(not(containsString(good))));
		mvc.perform(get("/staff/" + p.id() + "/death-panel").with(accounts.as(inspector))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("死亡登记与遗属待遇")))
			.andExpect(content().string(not(containsString(good))))
			.andExpect(content().string(containsString("139****5678")));
		mvc.perform(get("/staff/" + p.id() + "/death-panel").with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Death and survivor benefits")))
			.andExpect(content().string(containsString(good)));
		String teacher = accounts.account("TEACHER", county.schoolA());
		mvc.perform(get("/api/v1/staff/" + p.id() + "/death").with(TestAccounts.basic(teacher)))
			.andExpect(status().isNotFound());
	}

	@Test
	void pagesInBothLanguages() throws Exception {
		StaffView p = upcoming("页面" + TestAccounts.uniqueCode());
		String month = decision(p).statutoryRetirement().toString();
		mvc.perform(get("/staff/retirements?months=24&group=unit").with(accounts.as(schoolA))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("按单位")))
			.andExpect(content().string(containsString("申报退休")));
		// the person's page loads the retirement module's panel, which has the propose
		// form
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("/staff/" + p.id() + "/retirement-panel")))
			.andExpect(content().string(containsString("/staff/" + p.id() + "/death-panel")));
		mvc.perform(get("/staff/" + p.id() + "/retirement-panel").with(accounts.as(schoolA))
			.header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Propose retirement")))
			.andExpect(content().string(containsString("id=\"retirement-proposal\"")));
		// proposing through the page, then the proposal and the queue in both languages
		mvc.perform(post("/staff/" + p.id() + "/retirement-proposal").with(accounts.as(schoolA))
			.with(csrf())
			.param("contributionYears", "30"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/staff/retirements/proposals/")));
		long id = accounts.asSystem(() -> retirements.retirementRequests(DataScope.all(), p.id())).get(0).id();
		mvc.perform(
				get("/staff/retirements/proposals/" + id).with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("已申报，待教育局审批")))
			.andExpect(content().string(containsString(month)))
			.andExpect(content().string(containsString("退回学校")));
		mvc.perform(get("/staff/retirements/queue").with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Retirement proposals awaiting approval")))
			.andExpect(content().string(containsString(p.name())));
		mvc.perform(get("/staff/retirements/queue").with(accounts.as(schoolA))).andExpect(status().isForbidden());
		mvc.perform(post("/staff/retirements/proposals/" + id + "/approve").with(accounts.as(bureau)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// the statutory month lies ahead: the date is recorded, the status changes on it
		assertThat(accounts.asSystem(() -> retirements.retirementRequest(DataScope.all(), id)).status())
			.isEqualTo(RetirementStatus.APPROVED);
		assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).status()).isEqualTo(StaffStatus.ACTIVE);
		mvc.perform(get("/staff/retirements?months=24").with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Approved " + decision(p).statutoryRetirement().atDay(1))));
	}

	@Test
	void exportOfTheUpcomingListIsAnAuditedWorkbook() throws Exception {
		upcoming("导出" + TestAccounts.uniqueCode());
		byte[] xlsx = mvc
			.perform(get("/staff/retirements/export?months=24&format=xlsx").with(accounts.as(bureau))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(xlsx).startsWith(0x50, 0x4B);
		assertThat(audit
			.search(new AuditQuery(null, "staff.member", null, AuditAction.EXPORT, null, null), PageRequest.of(0, 20))
			.getContent()).anySatisfy(e -> assertThat(e.summary()).contains("upcoming retirements"));
		mvc.perform(get("/staff/retirements/export?months=0&format=xlsx").with(accounts.as(bureau)))
			.andExpect(status().isBadRequest());
	}

}
