package io.edubureau.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.CertificateStatus;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sanctions and certificate status from real files in a registration cycle, and in title
 * eligibility (§3, §7).
 */
@EduBureauTest
class RegistrationSanctionTests {

	static final AtomicLong IDS = new AtomicLong(-(System.nanoTime() % 1_000_000_000L) - 2_000_000_000L);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	RegistrationManagement registration;

	@Autowired
	JdbcTemplate jdbc;

	/** A teacher ten years in service, every appraisal competent, hours complete. */
	StaffView clean(County county, String name) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), name,
				county.schoolA().code());
		StaffForm f = StaffForm.builder()
			.idNumber(t.idNumber())
			.name(name)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(county.schoolA().code())
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("数学")
			.backbone(false)
			.academicLeader(false)
			.hireDate(LocalDate.now().minusYears(10))
			.hireChannel(HireChannel.OPEN_RECRUITMENT)
			.highestEducation(Education.BACHELOR)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(TitleLevel.FIRST)
			.titleDate(LocalDate.now().minusYears(8))
			.build();
		StaffView v = accounts.asSystem(() -> staff.create(DataScope.all(), f));
		int year = LocalDate.now().getYear();
		for (int y = year - 3; y <= year; y++) {
			int appraised = y;
			asOfficer(() -> staff.addFileEntry(DataScope.all(), v.id(), FileCategory.APPRAISALS,
					Map.of("year", appraised, "result", AppraisalResult.COMPETENT.name())));
		}
		long programme = IDS.decrementAndGet();
		LocalDate completed = LocalDate.now().minusYears(1);
		jdbc.update("""
				insert into training_programme (id, code, name, level, category, hours, start_date, end_date, unit_id,
				plan_year, archived, updated_by, updated_at, version)
				values (?, ?, '测试培训', 'COUNTY', 'CENTRALISED', 360, ?, ?, ?, ?, false, 'test', current_timestamp, 0)""",
				programme, "SAN" + programme, completed, completed, county.bureau().id(), completed.getYear());
		jdbc.update("""
				insert into training_record (id, programme_id, staff_id, staff_name, status, hours, completed_on,
				updated_by, updated_at, version)
				values (?, ?, ?, ?, 'CREDITED', 360, ?, 'test', current_timestamp, 0)""", IDS.decrementAndGet(),
				programme, v.id(), v.name(), completed);
		return v;
	}

	SanctionRecord sanction(StaffView t, SanctionKind kind, LocalDate decided) {
		return asOfficer(() -> personnelFile.recordSanction(DataScope.all(), t.id(),
				new SanctionForm(kind, decided, "县教育局", "违反师德", "X教〔2026〕1号", null)));
	}

	// The file checks the caller's permission for entries; the fixture acts as an
	// officer.
	<T> T asOfficer(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				List.of(new SimpleGrantedAuthority("staff:appraisal:update"),
						new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@Test
	void sanctionsPostponeDismissalAndARevokedCertificateFail() throws Exception {
		County county = accounts.county();
		String bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		String school = accounts.account("SCHOOL_ADMIN", county.schoolA());
		LocalDate due = LocalDate.now().plusMonths(1);
		StaffView inside = clean(county, "警告期内");
		// Decided so that the warning's last day is the due date (or later at a month
		// end).
		SanctionRecord lastDay = sanction(inside, SanctionKind.WARNING, due.minusMonths(6).plusDays(1));
		StaffView after = clean(county, "警告期满");
		SanctionRecord ended = sanction(after, SanctionKind.WARNING, due.minusMonths(6));
		StaffView revoked = clean(county, "处分撤销");
		SanctionRecord demerit = sanction(revoked, SanctionKind.DEMERIT, LocalDate.now().minusMonths(1));
		asOfficer(() -> personnelFile.revokeSanction(DataScope.all(), revoked.id(), demerit.id(), LocalDate.now(),
				"复核撤销"));
		StaffView dismissed = clean(county, "开除");
		sanction(dismissed, SanctionKind.DISMISSAL, LocalDate.now().minusMonths(1));
		StaffView lost = clean(county, "资格撤销");
		var certificate = asOfficer(() -> staff.addFileEntry(DataScope.all(), lost.id(), FileCategory.CERTIFICATES,
				Map.of("type", "PRIMARY", "number", "20063400000077", "issuedOn", "2006-07-01")));
		asOfficer(() -> staff.certificateStatus(DataScope.all(), lost.id(), certificate.id(), CertificateStatus.REVOKED,
				LocalDate.now(), "弄虚作假"));

		String body = mvc
			.perform(post("/api/v1/registration/cycles").with(TestAccounts.basic(bureau))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"%d年定期注册（处分）\",\"dueDate\":\"%s\"}".formatted(due.getYear(), due)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long cycle = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		io.edubureau.sheet.BackgroundJobs.awaitDone(mvc,
				mvc.perform(post("/api/v1/registration/cycles/" + cycle + "/evaluate").with(TestAccounts.basic(school)))
					.andReturn(),
				TestAccounts.basic(school));
		List<EvaluationView> all = accounts.asSystem(() -> registration.evaluations(DataScope.all(), cycle));
		java.util.function.Function<StaffView, EvaluationView> of = t -> all.stream()
			.filter(e -> e.staffId() == t.id())
			.findFirst()
			.orElseThrow();
		assertThat(lastDay.periodEnd()).isAfterOrEqualTo(due);
		assertThat(of.apply(inside).outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(ended.periodEnd()).isBefore(due);
		assertThat(of.apply(after).outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(of.apply(revoked).outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(of.apply(dismissed).outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(of.apply(lost).outcome()).isEqualTo(RegistrationOutcome.FAILED);

		String url = "/api/v1/registration/evaluations/" + of.apply(inside).id();
		mvc.perform(get(url).with(TestAccounts.basic(school)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.reasons[0].key").value("registration.reason.sanction.WARNING"))
			.andExpect(jsonPath("$.reasons[0].text",
					containsString("sanction period 6 months, to " + lastDay.periodEnd())))
			.andExpect(jsonPath("$.reasons[0].text", containsString("ETHICS_SANCTIONS")));
		mvc.perform(get(url).with(TestAccounts.basic(school)).header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.reasons[0].text", containsString("受警告处分")))
			.andExpect(jsonPath("$.reasons[0].text", containsString("暂缓注册")))
			// The one-vote veto flags the evaluation after the rule's own reasons, its
			// terms kept through the stored reasons.
			.andExpect(jsonPath("$.reasons[*].key", hasItem("ethics.veto.sanction")))
			.andExpect(jsonPath("$.reasons[*].text", hasItem(containsString("不得定期注册合格"))));
		mvc.perform(get("/api/v1/registration/evaluations/" + of.apply(lost).id()).with(TestAccounts.basic(school))
			.header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.reasons[0].key").value("registration.reason.certificate.REVOKED"))
			.andExpect(jsonPath("$.reasons[0].text", containsString("教师资格证 20063400000077")));

		// Titles, judged today: the warning in force blocks, the revoked demerit does
		// not.
		mvc.perform(get("/api/v1/titles/eligibility/{id}", inside.id()).param("target", "SENIOR")
			.with(TestAccounts.basic(bureau))
			.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("NOT_ELIGIBLE"))
			.andExpect(jsonPath("$.criteria[?(@.code == 'VETO')].met", hasItem(false)))
			.andExpect(jsonPath("$.reasons", hasItem(containsString("Warning (警告) decided on"))));
		mvc.perform(get("/api/v1/titles/eligibility/{id}", revoked.id()).param("target", "SENIOR")
			.with(TestAccounts.basic(bureau)))
			.andExpect(jsonPath("$.criteria[?(@.code == 'VETO')].met", hasItem(true)));
	}

}
