package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.RoundForm;
import io.edubureau.cadres.Forms.TallyForm;
import io.edubureau.cadres.Forms.TeamAssessmentForm;
import io.edubureau.cadres.Forms.TeamForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.cadres.Views.TeamAssessmentView;
import io.edubureau.cadres.Views.TeamView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 班子考核: an assessment team of a round grades each school's leadership team from the team
 * ballots; the grade comes with reasons and each cadre's own democratic evaluation, is
 * corrected while entered, frozen once confirmed, scoped, audited and counted.
 */
@EduBureauTest
class LeadershipAssessmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Autowired
	CadresFigures figures;

	@Autowired
	AuditManagement audit;

	String tag = TestAccounts.uniqueCode().substring(6);

	int year = LocalDate.now().getYear();

	StaffView person(String name, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag, unitCode,
				LocalDate.of(1980, 5, 5), LocalDate.of(2005, 9, 1))));
	}

	@Test
	void aTeamGradesASchoolsLeadershipWithReasonsAndTheCadresResults() throws Exception {
		County county = accounts.county();
		long round = accounts.asSystem(() -> cadres.openRound(DataScope.all(),
				new RoundForm(year, "班子测评" + tag, List.of(county.schoolA().id(), county.schoolB().id()))))
			.id();
		StaffView head = person("班子校长", county.schoolA().code());
		StaffView inspectorA = person("考核员甲", county.bureau().code());
		StaffView inspectorB = person("考核员乙", county.bureau().code());
		AppointmentView appointment = accounts.asSystem(() -> {
			PostView post = cadres.createPost(DataScope.all(),
					new PostForm(county.schoolA().id(), PostKind.PRINCIPAL, "校长"));
			return cadres.appoint(DataScope.all(),
					new AppointmentForm(post.id(), head.id(), LocalDate.of(year, 1, 3), "任" + tag));
		});
		accounts
			.asSystem(() -> cadres.enterTally(DataScope.all(), round, new TallyForm(appointment.id(), 10, 20, 5, 5)));

		// Entering before any team assesses the school is refused.
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.enterTeamAssessment(DataScope.all(), round,
				new TeamAssessmentForm(county.schoolA().id(), null, 6, 0, 4, 0, null))))
			.isInstanceOf(Rejection.class)
			.satisfies(
					ex -> assertThat(((Rejection) ex).problems().get(0).messageKey()).isEqualTo("cadres.team.noTeam"));
		TeamView team = accounts.asSystem(() -> cadres.createTeam(DataScope.all(), round,
				new TeamForm("第一考核组", List.of(inspectorA.id(), inspectorB.id()), List.of(county.schoolA().id()))));
		assertThat(team.memberNames()).containsExactlyInAnyOrder(inspectorA.name(), inspectorB.name());
		// A second team may not take the same school, nor the same name.
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.createTeam(DataScope.all(), round,
				new TeamForm("第二考核组", List.of(inspectorA.id()), List.of(county.schoolA().id())))))
			.isInstanceOf(Rejection.class);
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.createTeam(DataScope.all(), round,
				new TeamForm("第一考核组", List.of(inspectorA.id()), List.of(county.schoolB().id())))))
			.isInstanceOf(Rejection.class);
		assertThat(cadres.teams(DataScope.all(), round)).hasSize(1);

		// 5 of 10 good: average; corrected to 6 of 10: good (以上 includes 60%).
		TeamAssessmentView first = accounts.asSystem(() -> cadres.enterTeamAssessment(DataScope.all(), round,
				new TeamAssessmentForm(county.schoolA().id(), null, 5, 0, 5, 0, null)));
		assertThat(first.grade()).isEqualTo(TeamGrade.AVERAGE);
		TeamAssessmentView corrected = accounts.asSystem(() -> cadres.enterTeamAssessment(DataScope.all(), round,
				new TeamAssessmentForm(county.schoolA().id(), null, 6, 0, 4, 0, "复核")));
		assertThat(corrected.id()).isEqualTo(first.id());
		assertThat(corrected.grade()).isEqualTo(TeamGrade.GOOD);

		// Bad counts change nothing.
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.enterTeamAssessment(DataScope.all(), round,
				new TeamAssessmentForm(county.schoolA().id(), null, -1, 0, 4, 0, null))))
			.isInstanceOf(Rejection.class);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(post("/api/v1/cadres/rounds/{id}/leadership", round).with(accounts.as(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + county.schoolA().id() + ",\"good\":0,\"fairlyGood\":0,\"average\":0,\"poor\":0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors").isArray());
		assertThat(cadres.teamAssessment(DataScope.all(), first.id()).grade()).isEqualTo(TeamGrade.GOOD);

		// The detail links each cadre's democratic evaluation of the same round.
		TeamAssessmentView detail = cadres.teamAssessment(DataScope.all(), first.id());
		assertThat(detail.cadres()).singleElement().satisfies(l -> {
			assertThat(l.appointment().staffId()).isEqualTo(head.id());
			assertThat(l.tally().outcome()).isEqualTo(io.edubureau.rules.CadreOutcome.ADMONISH);
		});
		assertThat(detail.history()).hasSize(2);

		// Not counted before it is confirmed; confirmed, it is frozen and counted.
		FigureQuery query = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), year,
				LocalDate.of(year, 12, 31), null);
		assertThat(figures.compute(query).get("cadres.teams.assessed")).isEqualByComparingTo("0");
		mvc.perform(post("/api/v1/cadres/leadership/{id}/confirm", first.id()).with(accounts.as(officer)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.enterTeamAssessment(DataScope.all(), round,
				new TeamAssessmentForm(county.schoolA().id(), null, 1, 0, 9, 0, null))))
			.isInstanceOf(Rejection.class);
		assertThatThrownBy(() -> accounts.asSystem(() -> cadres.confirmTeamAssessment(DataScope.all(), first.id())))
			.isInstanceOf(Rejection.class);
		assertThat(cadres.teamAssessment(DataScope.all(), first.id()).history()).hasSize(3);
		assertThat(figures.compute(query).get("cadres.teams.assessed")).isEqualByComparingTo("1");
		assertThat(figures.compute(query).get("cadres.teams.good")).isEqualByComparingTo("1");
		assertThat(figures.compute(query).get("cadres.teams.poor")).isEqualByComparingTo("0");
		assertThat(figures.records("cadres.teams.good", query, 0, 10).rows()).singleElement()
			.satisfies(row -> assertThat(row).containsExactly(county.schoolA().name(), "第一考核组", Integer.toString(year),
					"enum.TeamGrade.GOOD"));

		// Pages in Chinese show the grade and the reasons, no codes; the other school's
		// admin sees the assessment as not found, the own school's admin reads it.
		String page = read(mvc, accounts.as(officer), "/cadres/leadership/" + first.id());
		assertThat(page).contains("好").contains("“好”票占 60%").contains(head.name()).doesNotContain("GOOD");
		assertThat(read(mvc, accounts.as(officer), "/cadres/rounds/" + round + "/leadership")).contains("第一考核组")
			.contains(county.schoolA().name());
		var other = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		answers(mvc, other, 404, "/api/v1/cadres/leadership/" + first.id(), "/cadres/leadership/" + first.id());
		assertThat(read(mvc, other, "/api/v1/cadres/rounds/" + round + "/leadership"))
			.doesNotContain(county.schoolA().name());
		var own = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		answers(mvc, own, 200, "/api/v1/cadres/leadership/" + first.id(),
				"/api/v1/cadres/units/" + county.schoolA().id() + "/leadership");
		answers(mvc, post("/api/v1/cadres/leadership/" + first.id() + "/confirm").with(own).with(csrf()), 403);
	}

}
