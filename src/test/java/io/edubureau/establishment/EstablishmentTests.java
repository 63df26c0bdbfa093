package io.edubureau.establishment;

import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class EstablishmentTests {

	// A school year far from the demo's, so other tests' enrolment does not mix in.
	static final int YEAR = 2001;

	@Autowired
	EstablishmentManagement establishment;

	@Autowired
	OrgManagement org;

	@Autowired
	StaffManagement staff;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MockMvc mvc;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	@ParameterizedTest
	@CsvSource({ "PRIMARY, 190, 10", "PRIMARY, 191, 11", "PRIMARY, 0, 0", "JUNIOR, 135, 10", "JUNIOR, 136, 11",
			"SENIOR, 125, 10", "SENIOR, 126, 11", "PRESCHOOL, 300, 0" })
	void requiredPostsRoundUpAtTheRatioEdge(Stage stage, int students, int posts) {
		assertThat(establishment.required(stage, students)).isEqualTo(posts);
	}

	@Test
	void aSchoolWithMoreStaffThanApprovedIsOverAndItsTeachersCountAsSurplus() {
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolA().id(),
				new EnrolmentView(YEAR, Stage.PRIMARY, 38, 1)));
		// four for two approved posts: two over, beyond the default tolerance of one
		for (int i = 0; i < 4; i++) {
			int n = i;
			accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
				.teacher(accounts.idNumber(LocalDate.of(1980 + n, 1, 1), true), "教师" + n, county.schoolA().code())));
		}
		accounts.asSystem(() -> establishment.approve(DataScope.all(), county.schoolA().id(),
				Map.of(PostCategory.PROFESSIONAL, 2)));
		EstablishmentOverview o = establishment.overview(DataScope.unitAndBelow(county.schoolA().id()), YEAR);
		UnitEstablishment a = o.units()
			.stream()
			.filter(u -> u.unit().id() == county.schoolA().id())
			.findFirst()
			.orElseThrow();
		assertThat(a.required()).isEqualTo(2);
		assertThat(a.approved()).isEqualTo(2);
		assertThat(a.actual()).isEqualTo(4);
		assertThat(a.balance()).isEqualTo(2);
		assertThat(a.state()).isEqualTo(UnitEstablishment.State.OVER);
		assertThat(o.overUnits()).isEqualTo(1);
		assertThat(o.surplusBySubject()).containsEntry("数学", 4);
	}

	@Test
	void withoutApprovalTheBalanceIsAgainstTheRequirement() {
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolB().id(),
				new EnrolmentView(YEAR, Stage.JUNIOR, 270, 6)));
		EstablishmentOverview o = establishment.overview(DataScope.unitAndBelow(county.schoolB().id()), YEAR);
		UnitEstablishment b = o.units()
			.stream()
			.filter(u -> u.unit().id() == county.schoolB().id())
			.findFirst()
			.orElseThrow();
		assertThat(b.required()).isEqualTo(20);
		assertThat(b.balance()).isEqualTo(-20);
		assertThat(b.state()).isEqualTo(UnitEstablishment.State.UNDER);
	}

	@Test
	void approvingIsScopedAndValidated() {
		assertThatThrownBy(
				() -> accounts.asSystem(() -> establishment.approve(DataScope.unitAndBelow(county.schoolA().id()),
						county.schoolB().id(), Map.of(PostCategory.SUPPORT, 1))))
			.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> accounts.asSystem(
				() -> establishment.approve(DataScope.all(), county.schoolB().id(), Map.of(PostCategory.SUPPORT, -1))))
			.isInstanceOf(Rejection.class);
	}

	@Test
	void thePageListsUnitsInBothLanguagesAndTeachersCannotOpenIt() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.schoolB().id(),
				new EnrolmentView(YEAR, Stage.SENIOR, 125, 3)));
		mvc.perform(get("/establishment").param("year", String.valueOf(YEAR))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("缺编")))
			.andExpect(content().string(containsString(county.schoolB().name())));
		mvc.perform(get("/establishment").header("Accept-Language", "en").with(accounts.as(officer)))
			.andExpect(content().string(containsString("Units under establishment")));
		String teacher = accounts.account("TEACHER", county.schoolA());
		mvc.perform(get("/establishment").with(accounts.as(teacher))).andExpect(status().isForbidden());
	}

}
