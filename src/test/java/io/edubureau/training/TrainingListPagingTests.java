package io.edubureau.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A programme's enrolments and the review queue are paged in the query: the staff module
 * names who the scope sees and the page is cut on those people; page 2 equals the whole
 * list sliced, a school sees its own people, another county nobody.
 */
@EduBureauTest
class TrainingListPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

	LocalDate today = LocalDate.now();

	StaffView teacher(String name, UnitView unit) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name, unit.code(), LocalDate.of(1985, 5, 5), today.minusYears(5))));
	}

	@Test
	void enrolmentsAndReviewsArePagedOnThePeopleInScope() throws Exception {
		County county = accounts.county();
		County other = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		DataScope schoolA = DataScope.unit(county.schoolA().id());
		String tag = TestAccounts.uniqueCode();
		List<StaffView> people = new ArrayList<>();
		for (String n : List.of("甲", "乙", "丙")) {
			people.add(teacher("分页培训" + n + tag, county.schoolA()));
		}
		people.add(teacher("分页培训丁" + tag, county.schoolB()));
		ProgrammeView p = accounts.asSystem(() -> training.createProgramme(bureau,
				new ProgrammeForm("P" + tag, "分页培训 " + tag, TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 24,
						today.minusMonths(2), today.minusMonths(1), null, null, null, null)));
		for (StaffView person : people) {
			TrainingRecordView r = accounts.asSystem(() -> training.enrol(bureau, p.id(), person.id()));
			accounts.asSystem(() -> training.complete(bureau, r.id(),
					new CompletionForm(24, today.minusMonths(1), "C-" + r.id())));
		}

		// Enrolments: the page equals the list sliced; a school sees its own three.
		List<Long> all = training.enrolments(bureau, p.id()).stream().map(TrainingRecordView::id).toList();
		assertThat(all).hasSize(4);
		Page<TrainingRecordView> second = training.enrolments(bureau, p.id(), 1, 3);
		assertThat(second.getTotalElements()).isEqualTo(4);
		assertThat(second.getContent()).extracting(TrainingRecordView::id).containsExactly(all.get(3));
		assertThat(training.enrolments(schoolA, p.id(), 0, 50).getContent()).extracting(TrainingRecordView::staffId)
			.containsExactlyInAnyOrder(people.get(0).id(), people.get(1).id(), people.get(2).id());

		// The review queue: the county's four, oldest first, page by page; another
		// county's officer sees none of them.
		List<Long> queue = training.reviewQueue(bureau).stream().map(TrainingRecordView::id).toList();
		Page<TrainingRecordView> first = training.reviewQueue(bureau, 0, 2);
		Page<TrainingRecordView> next = training.reviewQueue(bureau, 1, 2);
		assertThat(first.getTotalElements()).isEqualTo(queue.size()).isGreaterThanOrEqualTo(4);
		List<Long> paged = new ArrayList<>(first.getContent().stream().map(TrainingRecordView::id).toList());
		paged.addAll(next.getContent().stream().map(TrainingRecordView::id).toList());
		assertThat(paged).containsExactlyElementsOf(queue.subList(0, Math.min(4, queue.size())));
		assertThat(training.reviewQueue(DataScope.unitAndBelow(other.bureau().id()), 0, 200).getContent())
			.extracting(TrainingRecordView::staffId)
			.doesNotContainAnyElementsOf(people.stream().map(StaffView::id).toList());

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/training/programmes/{id}/enrolments", p.id()).param("page", "1")
			.param("size", "2")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.content.length()").value(2));
		mvc.perform(get("/api/v1/training/reviews").param("size", "1").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(queue.size()))
			.andExpect(jsonPath("$.content.length()").value(1));
		mvc.perform(get("/api/v1/training/reviews").param("page", "-1").with(accounts.as(officer)))
			.andExpect(status().isBadRequest());
	}

	// Issue 23: the scope is a predicate the database evaluates, not ids in pieces of a
	// thousand; a programme with more people than one such piece is paged whole.
	@Test
	void aProgrammeWithMorePeopleThanOnePieceIsPagedWhole() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		String tag = TestAccounts.uniqueCode();
		int people = 1001;
		ProgrammeView p = accounts.asSystem(() -> training.createProgramme(bureau,
				new ProgrammeForm("P" + tag, "大型培训 " + tag, TrainingLevel.COUNTY, TrainingCategory.ONLINE, 24,
						today.minusMonths(2), today.minusMonths(1), null, null, null, null)));
		accounts.asSystem(() -> {
			for (int i = 0; i < people; i++) {
				StaffView t = staff.create(DataScope.all(), ScopeChecks.teacher(accounts, "大型培训" + i + tag,
						county.schoolA().code(), LocalDate.of(1985, 5, 5), today.minusYears(5)));
				training.enrol(bureau, p.id(), t.id());
			}
			return null;
		});

		Page<TrainingRecordView> last = training.enrolments(bureau, p.id(), 5, 200);
		assertThat(last.getTotalElements()).isEqualTo(people);
		assertThat(last.getContent()).hasSize(1);
		assertThat(training.enrolments(DataScope.unit(county.schoolA().id()), p.id(), 0, 200).getTotalElements())
			.isEqualTo(people);
		assertThat(training.enrolments(DataScope.unit(county.schoolB().id()), p.id(), 0, 200).getTotalElements())
			.isZero();
		assertThat(training.enrolments(DataScope.all(), p.id(), 0, 200).getTotalElements()).isEqualTo(people);

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/training/programmes/{id}/enrolments", p.id()).param("page", "5")
			.param("size", "200")
			.with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(people))
			.andExpect(jsonPath("$.content.length()").value(1));
	}

}
