package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.platform.Rejection;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffEventKind;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.training.CompletionForm;
import io.edubureau.training.ProgrammeForm;
import io.edubureau.training.ProgrammeView;
import io.edubureau.training.ReviewForm;
import io.edubureau.training.TrainingCategory;
import io.edubureau.training.TrainingLevel;
import io.edubureau.training.TrainingManagement;
import io.edubureau.training.TrainingRecordView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Figures of a year for a unit subtree count people at the unit they were at on the
 * figure's day (31 December for stock figures, the hire date for recruitment), not at the
 * unit they are at now.
 */
@EduBureauTest
class UnitOnDateFiguresTests {

	@Autowired
	ReportsManagement reports;

	@Autowired
	StaffManagement staff;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TrainingManagement training;

	County county;

	DataScope bureau;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
	}

	StaffView person(String name, String unitCode, LocalDate hired, HireChannel channel) {
		StaffForm f = StaffForm.builder()
			.idNumber(accounts.idNumber(LocalDate.of(1985, 3, 3), false))
			.name(name)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(unitCode)
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("数学")
			.backbone(false)
			.academicLeader(false)
			.hireDate(hired)
			.hireChannel(channel)
			.highestEducation(Education.BACHELOR)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(TitleLevel.SECOND)
			.build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	void transfer(StaffView p, String toUnitCode, LocalDate on) {
		accounts.asSystem(() -> staff.transfer(DataScope.all(), p.id(), toUnitCode, on, "调动"));
	}

	BigDecimal value(int year, String unitCode, String key) {
		return reports.book(bureau, year, unitCode)
			.figure(key)
			.map(FigureValue::value)
			.orElseThrow(() -> new AssertionError("no figure " + key));
	}

	List<String> names(DataScope scope, int year, String unitCode, String key) {
		return reports.records(scope, year, unitCode, key, 0, 50).rows().stream().map(r -> r.get(0)).toList();
	}

	@Test
	void aPastYearCountsPeopleAtTheUnitTheyWereAtOn31December() {
		String a = county.schoolA().code();
		String b = county.schoolB().code();
		StaffView stayedTillNewYear = person("元旦调走", a, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		transfer(stayedTillNewYear, b, LocalDate.of(2025, 1, 1));
		StaffView leftOnNewYearsEve = person("除夕调走", a, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		transfer(leftOnNewYearsEve, b, LocalDate.of(2024, 12, 31));

		// On 31 December 2024 the first was still at A; the second had moved that day.
		assertThat(value(2024, a, "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2024, b, "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2023, a, "staff.active")).isEqualByComparingTo("2");
		assertThat(value(2023, b, "staff.active")).isEqualByComparingTo("0");
		assertThat(value(2025, a, "staff.active")).isEqualByComparingTo("0");
		assertThat(value(2025, b, "staff.active")).isEqualByComparingTo("2");
		assertThat(value(2024, a, "staff.byStage.PRIMARY")).isEqualByComparingTo("1");
		assertThat(value(2024, a, "staff.byTitle.SECOND")).isEqualByComparingTo("1");
		assertThat(value(2024, a, "staff.byAgeBand.35_39")).isEqualByComparingTo("1");
		// The whole bureau counts both every year, whichever school they were at.
		assertThat(value(2024, null, "staff.active")).isEqualByComparingTo("2");

		// The lineage lists the person at the unit they were counted at.
		List<List<String>> rows = reports.records(bureau, 2024, a, "staff.active", 0, 10).rows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).subList(0, 2)).containsExactly("元旦调走", county.schoolA().name());
		assertThat(names(bureau, 2024, b, "staff.active")).containsExactly("除夕调走");
		// A school administrator's own book follows the same rule.
		assertThat(names(DataScope.unitAndBelow(county.schoolA().id()), 2024, null, "staff.active"))
			.containsExactly("元旦调走");
		assertThat(names(DataScope.unit(county.schoolB().id()), 2025, null, "staff.active"))
			.containsExactlyInAnyOrder("元旦调走", "除夕调走");
	}

	@Test
	void severalTransfersEachCountTheirOwnYears() {
		String a = county.schoolA().code();
		String b = county.schoolB().code();
		StaffView p = person("三地任教", a, LocalDate.of(2010, 9, 1), HireChannel.OPEN_RECRUITMENT);
		transfer(p, b, LocalDate.of(2020, 5, 1));
		transfer(p, county.pointA().code(), LocalDate.of(2023, 3, 1));

		assertThat(value(2019, a, "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2019, b, "staff.active")).isEqualByComparingTo("0");
		assertThat(value(2021, a, "staff.active")).isEqualByComparingTo("0");
		assertThat(value(2021, b, "staff.active")).isEqualByComparingTo("1");
		// The teaching point lies below school A: A's subtree has the person again.
		assertThat(value(2024, a, "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2024, county.pointA().code(), "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2024, b, "staff.active")).isEqualByComparingTo("0");
		assertThat(reports.records(bureau, 2021, b, "staff.active", 0, 10).rows().get(0).get(1))
			.isEqualTo(county.schoolB().name());
		// The previous year is counted the same way: 2021 at B after 2020 at B.
		assertThat(reports.book(bureau, 2021, b).figure("staff.active").orElseThrow().previous())
			.isEqualByComparingTo("1");
	}

	@Test
	void recruitmentCountsTheUnitThatHiredThePerson() {
		String a = county.schoolA().code();
		String b = county.schoolB().code();
		StaffView hired = person("秋季转岗", a, LocalDate.of(2024, 6, 1), HireChannel.OPEN_RECRUITMENT);
		transfer(hired, b, LocalDate.of(2024, 9, 1));
		person("乙校新人", b, LocalDate.of(2024, 3, 1), HireChannel.SPECIAL_POST);

		assertThat(value(2024, a, "recruitment.total")).isEqualByComparingTo("1");
		assertThat(value(2024, a, "recruitment.byChannel.OPEN_RECRUITMENT")).isEqualByComparingTo("1");
		assertThat(value(2024, b, "recruitment.total")).isEqualByComparingTo("1");
		assertThat(value(2024, b, "recruitment.byChannel.OPEN_RECRUITMENT")).isEqualByComparingTo("0");
		assertThat(names(bureau, 2024, a, "recruitment.total")).containsExactly("秋季转岗");
		assertThat(reports.records(bureau, 2024, a, "recruitment.total", 0, 10).rows().get(0).get(1))
			.isEqualTo(county.schoolA().name());
		// On 31 December the recruit was at B.
		assertThat(value(2024, a, "staff.active")).isEqualByComparingTo("0");
		assertThat(value(2024, b, "staff.active")).isEqualByComparingTo("2");
		assertThat(value(2024, null, "recruitment.total")).isEqualByComparingTo("2");
	}

	@Test
	void aTransferDatedBeforeThePreviousOneIsRefusedAndChangesNothing() {
		String a = county.schoolA().code();
		String b = county.schoolB().code();
		StaffView p = person("倒签调动", a, LocalDate.of(2010, 9, 1), HireChannel.OPEN_RECRUITMENT);
		transfer(p, b, LocalDate.of(2022, 3, 1));
		assertThatThrownBy(() -> transfer(p, a, LocalDate.of(2022, 2, 28))).isInstanceOf(Rejection.class)
			.satisfies(ex -> assertThat(((Rejection) ex).problems().get(0).messageKey())
				.isEqualTo("staff.transfer.beforeLast"));
		StaffView now = accounts.asSystem(() -> staff.get(DataScope.all(), p.id()));
		assertThat(now.unitCode()).isEqualTo(b);
		assertThat(accounts.asSystem(() -> staff.history(DataScope.all(), p.id())))
			.filteredOn(e -> e.kind() == StaffEventKind.TRANSFER)
			.hasSize(1);
		// The same day as the last transfer is allowed: it only corrects where they went.
		transfer(p, a, LocalDate.of(2022, 3, 1));
		assertThat(value(2022, a, "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2021, a, "staff.active")).isEqualByComparingTo("1");
		assertThat(value(2021, b, "staff.active")).isEqualByComparingTo("0");
	}

	@Test
	void trainingOfAPastYearCountsPeopleAtTheirUnitOn31December() {
		String a = county.schoolA().code();
		String b = county.schoolB().code();
		String code = "T" + TestAccounts.uniqueCode();
		ProgrammeView p = accounts.asSystem(() -> training.createProgramme(bureau,
				new ProgrammeForm(code, "调动前培训 " + code, TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 40,
						LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 30), "县教师发展中心", null, null, null)));
		StaffView stayed = person("培训后次年调走", a, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		StaffView arrived = person("培训后除夕调入", b, LocalDate.of(2015, 9, 1), HireChannel.OPEN_RECRUITMENT);
		for (StaffView t : List.of(stayed, arrived)) {
			accounts.asSystem(() -> {
				TrainingRecordView r = training.enrol(DataScope.all(), p.id(), t.id());
				training.complete(DataScope.all(), r.id(),
						new CompletionForm(40, LocalDate.of(2024, 6, 30), "C-" + r.id()));
				return training.review(DataScope.all(), r.id(), new ReviewForm(true, null));
			});
		}
		transfer(stayed, b, LocalDate.of(2025, 2, 1));
		transfer(arrived, a, LocalDate.of(2024, 12, 31));

		assertThat(value(2024, a, "training.participants")).isEqualByComparingTo("2");
		assertThat(value(2024, a, "training.hours")).isEqualByComparingTo("80");
		assertThat(value(2024, b, "training.participants")).isEqualByComparingTo("0");
		assertThat(names(bureau, 2024, a, "training.participants")).containsExactlyInAnyOrder("培训后次年调走", "培训后除夕调入");
		assertThat(names(bureau, 2024, b, "training.participants")).isEmpty();
		// The whole installation reads no day at all and counts everyone trained.
		assertThat(reports.book(DataScope.all(), 2024, null).figure("training.participants").orElseThrow().value())
			.isGreaterThanOrEqualTo(BigDecimal.valueOf(2));
	}

}
