package io.edubureau.training;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based completion rate against the per-person ledger: one teacher per school at
 * each boundary of the rule, so each school's row must say what that teacher's ledger
 * says; people who are no teachers of the scope on the date are not counted at all.
 */
@EduBureauTest
class CompletionSetTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Autowired
	StaffManagement staff;

	@Autowired
	TrainingManagement training;

	final LocalDate today = LocalDate.now();

	County county;

	DataScope scope;

	@Test
	void eachSchoolsRowIsItsTeachersLedgerVerdict() {
		county = accounts.county();
		scope = DataScope.unitAndBelow(county.bureau().id());
		ProgrammeView county360 = programme(TrainingLevel.COUNTY, 400);
		ProgrammeView school = programme(TrainingLevel.SCHOOL, 400);
		LocalDate threeYears = today.minusYears(3);
		// Hired seven years ago: the current cycle started two years ago.
		LocalDate sevenYears = today.minusYears(7);
		LocalDate cycleStart = sevenYears.plusYears(5);

		Map<StaffView, LedgerDecision> expected = new LinkedHashMap<>();
		StaffView t = teacher("三五九", threeYears, true);
		credit(t, county360, 359, today.minusMonths(1));
		expected.put(t, LedgerDecision.NOT_MET);
		t = teacher("三六零", threeYears, true);
		credit(t, county360, 300, today.minusMonths(1));
		credit(t, school, 60, today.minusYears(1));
		expected.put(t, LedgerDecision.MET);
		t = teacher("周期前一日", sevenYears, true);
		credit(t, county360, 360, cycleStart.minusDays(1));
		expected.put(t, LedgerDecision.NOT_MET);
		t = teacher("周期首日", sevenYears, true);
		credit(t, county360, 360, cycleStart);
		expected.put(t, LedgerDecision.MET);
		t = teacher("试用一一九", today.minusMonths(6), true);
		credit(t, county360, 119, today.minusDays(1));
		expected.put(t, LedgerDecision.NOT_MET);
		t = teacher("试用一二零", today.minusMonths(6), true);
		credit(t, county360, 120, today.minusDays(1));
		expected.put(t, LedgerDecision.MET);
		StaffView notCredited = teacher("未认定", threeYears, true);
		accounts.asSystem(() -> {
			TrainingRecordView r = training.enrol(DataScope.all(), county360.id(), notCredited.id());
			return training.complete(DataScope.all(), r.id(), new CompletionForm(400, today.minusDays(2), "P"));
		});
		t = notCredited;
		expected.put(t, LedgerDecision.NOT_MET);
		t = teacher("无学时", threeYears, true);
		expected.put(t, LedgerDecision.NOT_MET);

		// Not counted: not a full-time teacher, no longer active, another county's
		// teacher.
		StaffView notTeacher = teacher("非专任", threeYears, false);
		credit(notTeacher, county360, 400, today.minusMonths(1));
		StaffView left = teacher("已离职", threeYears, true);
		credit(left, county360, 400, today.minusMonths(1));
		accounts.asSystem(() -> staff.end(scope, left.id(), StaffStatus.LEFT, today.minusDays(1), "离职"));
		County other = accounts.county();
		StaffView elsewhere = person("外县教师", other.schoolA().code(), threeYears, true);
		credit(elsewhere, county360, 400, today.minusMonths(1));

		Completion completion = training.completion(scope, today);
		for (Map.Entry<StaffView, LedgerDecision> e : expected.entrySet()) {
			LedgerDecision ledger = training.ledger(scope, e.getKey().id(), today).decision();
			assertThat(ledger).as(e.getKey().name() + "'s ledger").isEqualTo(e.getValue());
			UnitCompletion row = completion.units()
				.stream()
				.filter(u -> u.unitId() == e.getKey().unitId())
				.findFirst()
				.orElseThrow();
			assertThat(row.teachers()).as(e.getKey().name() + "'s school").isEqualTo(1);
			assertThat(row.met()).as(e.getKey().name() + "'s school").isEqualTo(ledger == LedgerDecision.MET ? 1 : 0);
			assertThat(row.unitCode()).isNotNull();
		}
		Set<Long> counted = Set.of(notTeacher.unitId(), left.unitId());
		assertThat(completion.units()).noneMatch(u -> counted.contains(u.unitId()));
		assertThat(completion.total().teachers()).isEqualTo(expected.size());
		assertThat(completion.total().met()).isEqualTo(3);

		// A day before the probation teachers were hired they were no teachers yet.
		LocalDate before = today.minusMonths(6).minusDays(1);
		assertThat(training.completion(scope, before).total().teachers()).isEqualTo(expected.size() - 2);

		// The figure book's year figures read the same completion and sum hours in the
		// database.
		YearFigures year = training.yearFigures(DataScope.unitAndBelow(other.bureau().id()), today.getYear());
		assertThat(year.cycleCompletionRate()).isEqualByComparingTo("100.0");
		if (today.getMonthValue() > 1) {
			assertThat(year.participants()).isEqualTo(1);
			assertThat(year.hours()).isEqualTo(400);
		}
	}

	StaffView teacher(String name, LocalDate hired, boolean fullTime) {
		UnitView school = accounts.asSystem(() -> org.create(DataScope.all(),
				TestAccounts.unit(UnitType.SCHOOL, "测试完成率学校", county.bureau().code(), Set.of(Stage.PRIMARY))));
		return person(name, school.code(), hired, fullTime);
	}

	StaffView person(String name, String unitCode, LocalDate hired, boolean fullTime) {
		StaffForm t = TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 4, 2), false), name, unitCode);
		StaffForm f = t.toBuilder().fullTimeTeacher(fullTime).hireDate(hired).build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	ProgrammeView programme(TrainingLevel level, int hours) {
		String code = "T" + TestAccounts.uniqueCode();
		return accounts.asSystem(() -> training.createProgramme(scope,
				new ProgrammeForm(code, "完成率培训 " + code, level, TrainingCategory.CENTRALISED, hours,
						today.minusMonths(3), today.minusMonths(2), "县教师发展中心", null, null, null)));
	}

	void credit(StaffView person, ProgrammeView p, int hours, LocalDate on) {
		accounts.asSystem(() -> {
			TrainingRecordView r = training.enrol(DataScope.all(), p.id(), person.id());
			training.complete(DataScope.all(), r.id(), new CompletionForm(hours, on, "C-" + r.id()));
			return training.review(DataScope.all(), r.id(), new ReviewForm(true, null));
		});
	}

}
