package io.edubureau.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.training.CompletionForm;
import io.edubureau.training.ProgrammeForm;
import io.edubureau.training.ProgrammeView;
import io.edubureau.training.ReviewForm;
import io.edubureau.training.TrainingCategory;
import io.edubureau.training.TrainingLevel;
import io.edubureau.training.TrainingManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.registration.RegistrationScopeTests.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The due and overdue lists are cut in the query on the last confirmed pass's validity:
 * on the last valid day a teacher is due (the day included) and not overdue, the next day
 * overdue; every row agrees with the rule's standing of that person on that day; page 2
 * is the list sliced; a school sees its own teachers.
 */
@EduBureauTest
class RegistrationListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

	@Autowired
	RegistrationManagement registration;

	LocalDate today = LocalDate.now();

	String tag = TestAccounts.uniqueCode();

	StaffView veteran(String name, UnitView unit, DataScope bureau) {
		StaffView p = asOfficer(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag,
				unit.code(), LocalDate.of(1980, 6, 6), today.minusYears(10))));
		for (int y = today.getYear() - 3; y < today.getYear(); y++) {
			int year = y;
			asOfficer(() -> staff.addFileEntry(DataScope.all(), p.id(), FileCategory.APPRAISALS,
					Map.of("year", year, "result", AppraisalResult.COMPETENT.name(), "ethics", "PASSED")));
		}
		String code = "Q" + TestAccounts.uniqueCode();
		asOfficer(() -> {
			ProgrammeView pr = training.createProgramme(bureau,
					new ProgrammeForm(code, "注册分页培训 " + code, TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 360,
							today.minusMonths(3), today.minusMonths(2), null, null, null, null));
			var r = training.enrol(bureau, pr.id(), p.id());
			training.complete(bureau, r.id(), new CompletionForm(360, today.minusMonths(2), "C-" + r.id()));
			return training.review(bureau, r.id(), new ReviewForm(true, null));
		});
		return p;
	}

	List<Long> ids(List<RegistrationListEntry> rows) {
		return rows.stream().map(r -> r.person().id()).toList();
	}

	@Test
	void dueAndOverdueAgreeWithTheRuleOnTheBoundaryPagedAndScoped() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		DataScope schoolA = DataScope.unit(county.schoolA().id());
		List<StaffView> people = new ArrayList<>();
		for (String n : List.of("甲", "乙", "丙")) {
			people.add(veteran("注册分页" + n, county.schoolA(), bureau));
		}
		people.add(veteran("注册分页丁", county.schoolB(), bureau));
		CycleView cycle = asOfficer(() -> registration.openCycle(bureau, new CycleForm("分页注册 " + tag, today)));
		List<EvaluationView> evaluated = new ArrayList<>();
		for (UnitView school : List.of(county.schoolA(), county.schoolB())) {
			evaluated.addAll(asOfficer(() -> registration.evaluate(DataScope.unitAndBelow(school.id()), cycle.id())));
		}
		for (EvaluationView e : evaluated) {
			asOfficer(() -> registration.submit(DataScope.all(), e.id()));
			asOfficer(() -> registration.confirm(DataScope.all(), e.id(), null));
		}
		LocalDate validUntil = asOfficer(() -> registration.standing(bureau, people.get(0).id(), null)).validUntil();
		assertThat(validUntil).isNotNull();
		List<Long> ours = people.stream().map(StaffView::id).toList();

		// The last valid day: due (included), not overdue; the day after: overdue.
		for (LocalDate day : List.of(validUntil.minusMonths(1), validUntil, validUntil.plusDays(1))) {
			List<Long> due = ids(asOfficer(() -> registration.due(bureau, day, 1)));
			List<Long> overdue = ids(asOfficer(() -> registration.overdue(bureau, day)));
			for (long id : ours) {
				RegistrationStanding s = asOfficer(() -> registration.standing(bureau, id, day));
				boolean ruleDue = s.validUntil() != null && !s.validUntil().isBefore(day)
						&& !s.validUntil().isAfter(day.plusMonths(1));
				boolean ruleOverdue = s.validUntil() != null && s.validUntil().isBefore(day);
				assertThat(due.contains(id)).as("due on %s", day).isEqualTo(ruleDue);
				assertThat(overdue.contains(id)).as("overdue on %s", day).isEqualTo(ruleOverdue);
			}
		}
		assertThat(ids(asOfficer(() -> registration.due(bureau, validUntil, 1)))).containsAll(ours);
		assertThat(ids(asOfficer(() -> registration.overdue(bureau, validUntil)))).doesNotContainAnyElementsOf(ours);
		LocalDate after = validUntil.plusDays(1);
		List<Long> overdue = ids(asOfficer(() -> registration.overdue(bureau, after)));
		assertThat(overdue).containsAll(ours);

		// Page 2 is the list sliced; a school sees its own three.
		var second = asOfficer(() -> registration.overdue(bureau, after, 1, 3));
		assertThat(second.getTotalElements()).isEqualTo(overdue.size());
		assertThat(ids(second.getContent())).containsExactlyElementsOf(overdue.subList(3, overdue.size()));
		assertThat(ids(asOfficer(() -> registration.overdue(schoolA, after, 0, 50)).getContent()))
			.containsExactlyInAnyOrder(ours.get(0), ours.get(1), ours.get(2));
		assertThat(ids(asOfficer(() -> registration.due(schoolA, validUntil, 1, 0, 2)).getContent())).hasSize(2);

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/registration/due").param("months", "60")
			.param("page", "1")
			.param("size", "3")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.content.length()").value(1));
		mvc.perform(get("/api/v1/registration/overdue").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(0));
	}

}
