package io.edubureau.cadres;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.EndForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitForm;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit's principal comes from the cadre roster (the holder of the 校长 post on the
 * day); the unit's free-text field is only the fallback and cannot contradict the roster.
 */
@EduBureauTest
class RosterPrincipalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Autowired
	OrgManagement org;

	String tag = TestAccounts.uniqueCode().substring(6);

	LocalDate today = LocalDate.now();

	StaffView person(String name, UnitView school) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag,
				school.code(), LocalDate.of(1980, 5, 5), LocalDate.of(2005, 9, 1))));
	}

	UnitForm withPrincipal(UnitView u, String principal) {
		return new UnitForm(u.code(), u.name(), u.shortName(), u.type(), u.parentCode(), u.stages(), u.ownership(),
				u.locality(), u.address(), u.boarding(), principal, u.phone(), u.foundedDate());
	}

	@Test
	void theRosterNamesThePrincipalAndTheFreeTextIsTheFallback() throws Exception {
		County county = accounts.county();
		UnitView school = county.schoolA();
		accounts.asSystem(() -> org.update(DataScope.all(), school.id(), withPrincipal(school, "登记校长")));
		assertThat(org.get(DataScope.all(), school.id())).satisfies(u -> {
			assertThat(u.principal()).isEqualTo("登记校长");
			assertThat(u.principalFromRoster()).isFalse();
		});
		StaffView head = person("名册校长", school);
		StaffView vice = person("名册副校长", school);
		PostView principalPost = accounts
			.asSystem(() -> cadres.createPost(DataScope.all(), new PostForm(school.id(), PostKind.PRINCIPAL, "校长")));
		PostView vicePost = accounts.asSystem(
				() -> cadres.createPost(DataScope.all(), new PostForm(school.id(), PostKind.VICE_PRINCIPAL, "副校长")));
		// A vice principal is not the principal.
		accounts.asSystem(() -> cadres.appoint(DataScope.all(),
				new AppointmentForm(vicePost.id(), vice.id(), today.minusYears(1), "副" + tag)));
		assertThat(org.get(DataScope.all(), school.id()).principal()).isEqualTo("登记校长");

		// An appointment that starts tomorrow does not name today's principal; one that
		// starts today does.
		AppointmentView appointed = accounts.asSystem(() -> cadres.appoint(DataScope.all(),
				new AppointmentForm(principalPost.id(), head.id(), today, "任" + tag)));
		UnitView shown = org.get(DataScope.all(), school.id());
		assertThat(shown.principal()).isEqualTo(head.name());
		assertThat(shown.principalFromRoster()).isTrue();
		assertThat(shown.principalStaffId()).isEqualTo(head.id());
		assertThat(shown.principalSince()).isEqualTo(today);
		assertThat(org.byIds(java.util.List.of(school.id())).get(school.id()).principal()).isEqualTo(head.name());
		assertThat(org.listAll(DataScope.unit(school.id()), io.edubureau.org.UnitFilter.none()))
			.anySatisfy(u -> assertThat(u.principal()).isEqualTo(head.name()));

		// The API shows the roster; a different name sent for the principal is refused
		// and
		// changes nothing, the roster's own name is accepted and the free text kept.
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/units/{id}", school.id()).with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.principal").value(head.name()))
			.andExpect(jsonPath("$.principalFromRoster").value(true));
		mvc.perform(put("/api/v1/units/{id}", school.id()).with(accounts.as(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"" + school.code() + "\",\"name\":\"" + school.name()
					+ "\",\"type\":\"SCHOOL\",\"parentCode\":\"" + school.parentCode()
					+ "\",\"stages\":[\"PRIMARY\"],\"ownership\":\"PUBLIC\",\"locality\":\"RURAL\","
					+ "\"principal\":\"别人\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("principal"));
		assertThatThrownBy(
				() -> accounts.asSystem(() -> org.update(DataScope.all(), school.id(), withPrincipal(shown, "别人"))))
			.isInstanceOf(Rejection.class);
		accounts.asSystem(() -> org.update(DataScope.all(), school.id(), withPrincipal(shown, head.name())));
		accounts.asSystem(() -> org.update(DataScope.all(), school.id(), withPrincipal(shown, null)));

		// An appointment ending today still holds today; ended, the fallback shows again.
		accounts.asSystem(() -> cadres.endAppointment(DataScope.all(), appointed.id(),
				new EndForm(today, EndReason.TRANSFERRED, null)));
		assertThat(org.get(DataScope.all(), school.id()).principal()).isEqualTo(head.name());
		StaffView next = person("下任校长", school);
		accounts.asSystem(() -> cadres.appoint(DataScope.all(),
				new AppointmentForm(principalPost.id(), next.id(), today.plusDays(1), "下" + tag)));
		assertThat(org.get(DataScope.all(), school.id()).principal()).isEqualTo(head.name());
		assertThat(org.get(DataScope.all(), county.schoolB().id()).principalFromRoster()).isFalse();
	}

	@Test
	void anEndedAppointmentLeavesTheFreeTextAsTheFallback() {
		County county = accounts.county();
		UnitView school = county.schoolB();
		accounts.asSystem(() -> org.update(DataScope.all(), school.id(), withPrincipal(school, "登记")));
		StaffView head = person("前任校长", school);
		PostView post = accounts
			.asSystem(() -> cadres.createPost(DataScope.all(), new PostForm(school.id(), PostKind.PRINCIPAL, "校长")));
		AppointmentView a = accounts.asSystem(() -> cadres.appoint(DataScope.all(),
				new AppointmentForm(post.id(), head.id(), today.minusYears(3), "前" + tag)));
		accounts.asSystem(() -> cadres.endAppointment(DataScope.all(), a.id(),
				new EndForm(today.minusDays(1), EndReason.RETIRED, null)));
		UnitView shown = org.get(DataScope.all(), school.id());
		assertThat(shown.principal()).isEqualTo("登记");
		assertThat(shown.principalFromRoster()).isFalse();
		assertThat(shown.principalSince()).isNull();
	}

}
