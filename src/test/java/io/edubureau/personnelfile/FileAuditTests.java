package io.edubureau.personnelfile;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class FileAuditTests {

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement file;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	StaffView person(LocalDate birth, LocalDate workStart, PoliticalStatus politics, LocalDate partyJoin,
			LocalDate hire) {
		String id = accounts.idNumber(birth, true);
		StaffForm t = TestAccounts.teacher(id, "档案人", county.schoolA().code());
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				StaffForm.builder()
					.idNumber(id)
					.name(t.name())
					.politicalStatus(politics)
					.partyJoinDate(partyJoin)
					.workStartDate(workStart)
					.unitCode(t.unitCode())
					.employmentType(t.employmentType())
					.postCategory(t.postCategory())
					.fullTimeTeacher(true)
					.backbone(false)
					.academicLeader(false)
					.hireDate(hire)
					.titleLevel(TitleLevel.NONE)
					.build()));
	}

	@Test
	void checksFlagWorkBeforeSixteenAndPartyBeforeEighteenAtTheBoundary() {
		LocalDate birth = LocalDate.of(1980, 3, 10);
		StaffView early = person(birth, birth.plusYears(16).minusDays(1), PoliticalStatus.PARTY_MEMBER,
				birth.plusYears(18).minusDays(1), birth.plusYears(16).minusDays(1).plusYears(1));
		assertThat(file.fileChecks(DataScope.all(), early.id())).extracting(Discrepancy::check)
			.containsExactlyInAnyOrder("WORK_START_BEFORE_16", "PARTY_JOIN_BEFORE_18");
		StaffView onTime = person(birth, birth.plusYears(16), PoliticalStatus.PARTY_MEMBER, birth.plusYears(18),
				birth.plusYears(17));
		assertThat(file.fileChecks(DataScope.all(), onTime.id())).isEmpty();
	}

	@Test
	void hireBeforeWorkStartIsFlaggedWithBothValues() {
		LocalDate birth = LocalDate.of(1985, 1, 1);
		StaffView p = person(birth, LocalDate.of(2008, 9, 1), PoliticalStatus.NONE, null, LocalDate.of(2007, 9, 1));
		assertThat(file.fileChecks(DataScope.all(), p.id())).singleElement().satisfies(d -> {
			assertThat(d.check()).isEqualTo("HIRE_BEFORE_WORK_START");
			assertThat(d.value()).isEqualTo("2007-09-01");
			assertThat(d.against()).isEqualTo("2008-09-01");
		});
	}

	@Test
	void conclusionsNeedEvidenceAndAreKeptAsHistoryAndCountTowardsCoverage() {
		LocalDate birth = LocalDate.of(1975, 6, 6);
		StaffView a = person(birth, birth.plusYears(20), PoliticalStatus.NONE, null, null);
		person(birth.plusDays(1), birth.plusYears(21), PoliticalStatus.NONE, null, null);
		DataScope scope = DataScope.unitAndBelow(county.schoolA().id());
		assertThatThrownBy(() -> accounts.asSystem(
				() -> file.concludeFileAudit(scope, a.id(), new FileAuditForm(birth, null, null, null, null, " "))))
			.isInstanceOfSatisfying(Rejection.class,
					r -> assertThat(r.problems().get(0).messageKey()).isEqualTo("fileAudit.evidence.required"));
		accounts.asSystem(() -> file.concludeFileAudit(scope, a.id(),
				new FileAuditForm(birth, birth.plusYears(20), null, "本科", "干部", "招工表、毕业证")));
		accounts.asSystem(() -> file.concludeFileAudit(scope, a.id(),
				new FileAuditForm(birth, birth.plusYears(20).plusMonths(1), null, "本科", "干部", "复核：工资表")));
		assertThat(file.fileAuditConclusions(scope, a.id())).hasSize(2);
		FileAuditCoverage coverage = file.fileAuditCoverage(scope)
			.stream()
			.filter(c -> c.unitId() == county.schoolA().id())
			.findFirst()
			.orElseThrow();
		assertThat(coverage.audited()).isEqualTo(1);
		assertThat(coverage.total()).isEqualTo(2);
		assertThat(coverage.permille()).isEqualTo(500);
		// the API's page of the same grouped query agrees
		assertThat(file.fileAuditCoverage(scope, 0, 200).getContent()).contains(coverage);
		assertThat(file.fileAuditCoverage(scope, 0, 200).getTotalElements())
			.isEqualTo(file.fileAuditCoverage(scope).size());
	}

	@Test
	void theCoveragePageShowsTheRate() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		person(LocalDate.of(1990, 1, 1), LocalDate.of(2012, 9, 1), PoliticalStatus.NONE, null, null);
		mvc.perform(get("/staff/file-audit").header("Accept-Language", "zh-CN").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("覆盖率")))
			.andExpect(content().string(containsString(county.schoolA().name())));
		String teacher = accounts.account("TEACHER", county.schoolA());
		mvc.perform(get("/staff/file-audit").with(accounts.as(teacher))).andExpect(status().isForbidden());
		// the API answers one page of units, paged in the query
		mvc.perform(get("/api/v1/staff/file-audit/coverage").param("size", "1").with(TestAccounts.basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.page.size").value(1));
		mvc.perform(get("/api/v1/staff/file-audit/coverage").param("size", "0").with(TestAccounts.basic(officer)))
			.andExpect(status().isBadRequest());
	}

}
