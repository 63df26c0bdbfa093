package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Ownership;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitForm;
import io.edubureau.org.UnitType;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@EduBureauTest
class StaffManagementTests {

	@Autowired
	StaffManagement staff;

	@Autowired
	OrgManagement org;

	@Autowired
	TestAccounts accounts;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	StaffView create(String name, LocalDate birth, boolean female, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, female), name, unitCode)));
	}

	@Test
	void sexAndBirthDateComeFromTheIdentityNumber() {
		StaffView p = create("李梅", LocalDate.of(1980, 5, 17), true, county.schoolA().code());
		assertThat(p.sex()).isEqualTo(Sex.FEMALE);
		assertThat(p.birthDate()).isEqualTo(LocalDate.of(1980, 5, 17));
		assertThat(p.originalRetirementAge()).isEqualTo(55);
		assertThat(staff.history(DataScope.all(), p.id())).extracting(StaffEventView::kind)
			.containsExactly(StaffEventKind.HIRE);
	}

	@Test
	void defaultRetirementAgeIsSixtyForMenAndFiftyForWomenInSupportPosts() {
		assertThat(StaffMember.defaultRetirementAge(Sex.MALE, PostCategory.SUPPORT)).isEqualTo(60);
		assertThat(StaffMember.defaultRetirementAge(Sex.FEMALE, PostCategory.PROFESSIONAL)).isEqualTo(55);
		assertThat(StaffMember.defaultRetirementAge(Sex.FEMALE, PostCategory.SUPPORT)).isEqualTo(50);
	}

	@Test
	void givenSexOrBirthDateMustAgreeWithTheNumber() {
		String id = accounts.idNumber(LocalDate.of(1985, 3, 1), true);
		StaffForm base = TestAccounts.teacher(id, "王芳", county.schoolA().code());
		StaffForm wrong = StaffForm.builder()
			.idNumber(id)
			.name("王芳")
			.sex(Sex.MALE)
			.birthDate(LocalDate.of(1985, 3, 2))
			.politicalStatus(base.politicalStatus())
			.unitCode(base.unitCode())
			.employmentType(base.employmentType())
			.postCategory(base.postCategory())
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.backbone(false)
			.academicLeader(false)
			.titleLevel(TitleLevel.NONE)
			.build();
		assertThatThrownBy(() -> accounts.asSystem(() -> staff.create(DataScope.all(), wrong))).isInstanceOfSatisfying(
				Rejection.class, r -> assertThat(r.problems()).extracting(Rejection.Problem::messageKey)
					.containsExactlyInAnyOrder("staff.sex.mismatchId", "staff.birthDate.mismatchId"));
	}

	@Test
	void invalidNumbersAreRefusedWithTheRulesReason() {
		StaffForm bad = TestAccounts.teacher("110105194912310021", "赵六", county.schoolA().code());
		assertThatThrownBy(() -> accounts.asSystem(() -> staff.create(DataScope.all(), bad))).isInstanceOfSatisfying(
				Rejection.class, r -> assertThat(r.problems()).extracting(Rejection.Problem::messageKey)
					.containsExactly("rules.id.checksum"));
	}

	@Test
	void hireBeforeSixteenAndDatesInTheFutureOrBeforeBirthAreRefused() {
		LocalDate birth = LocalDate.of(1990, 6, 15);
		String id = accounts.idNumber(birth, false);
		StaffForm t = TestAccounts.teacher(id, "孙强", county.schoolA().code());
		StaffForm bad = StaffForm.builder()
			.idNumber(id)
			.name(t.name())
			.politicalStatus(PoliticalStatus.NONE)
			.partyJoinDate(LocalDate.of(2010, 1, 1))
			.workStartDate(birth.minusDays(1))
			.unitCode(t.unitCode())
			.employmentType(t.employmentType())
			.postCategory(t.postCategory())
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.backbone(false)
			.academicLeader(false)
			.hireDate(birth.plusYears(16).minusDays(1))
			.titleLevel(TitleLevel.SECOND)
			.titleDate(LocalDate.now().plusDays(1))
			.originalRetirementAge(58)
			.build();
		assertThatThrownBy(() -> accounts.asSystem(() -> staff.create(DataScope.all(), bad))).isInstanceOfSatisfying(
				Rejection.class,
				r -> assertThat(r.problems()).extracting(Rejection.Problem::messageKey)
					.containsExactlyInAnyOrder("staff.date.beforeBirth", "staff.hireDate.tooYoung", "staff.date.future",
							"staff.partyJoinDate.notMember", "staff.originalRetirementAge.values"));
	}

	@Test
	void hiredExactlyOnTheSixteenthBirthdayIsAccepted() {
		LocalDate birth = LocalDate.of(1990, 6, 15);
		String id = accounts.idNumber(birth, false);
		StaffForm t = TestAccounts.teacher(id, "周一", county.schoolA().code());
		StaffForm ok = StaffForm.builder()
			.idNumber(id)
			.name(t.name())
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(t.unitCode())
			.employmentType(t.employmentType())
			.postCategory(t.postCategory())
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.backbone(false)
			.academicLeader(false)
			.hireDate(birth.plusYears(16))
			.titleLevel(TitleLevel.NONE)
			.build();
		assertThat(accounts.asSystem(() -> staff.create(DataScope.all(), ok)).hireDate())
			.isEqualTo(birth.plusYears(16));
	}

	@Test
	void aPersonIsRecordedOnce() {
		String id = accounts.idNumber(LocalDate.of(1979, 1, 1), true);
		accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts.teacher(id, "甲", county.schoolA().code())));
		assertThatThrownBy(() -> accounts
			.asSystem(() -> staff.create(DataScope.all(), TestAccounts.teacher(id, "乙", county.schoolB().code()))))
			.isInstanceOfSatisfying(Rejection.class,
					r -> assertThat(r.problems().get(0).messageKey()).isEqualTo("staff.idNumber.duplicate"));
	}

	@Test
	void schoolScopeSeesOnlyItsSubtree() {
		StaffView a = create("甲校教师", LocalDate.of(1988, 2, 2), true, county.schoolA().code());
		StaffView point = create("教学点教师", LocalDate.of(1989, 2, 2), true, county.pointA().code());
		StaffView b = create("乙校教师", LocalDate.of(1987, 2, 2), false, county.schoolB().code());
		DataScope schoolA = DataScope.unitAndBelow(county.schoolA().id());
		var page = staff.search(schoolA, StaffFilter.none(), PageRequest.of(0, 50, Sort.by("id")));
		assertThat(page.getContent()).extracting(StaffView::id).containsExactlyInAnyOrder(a.id(), point.id());
		assertThatThrownBy(() -> staff.get(schoolA, b.id())).isInstanceOf(NotFound.class);
		assertThat(staff.search(DataScope.unit(county.schoolA().id()), StaffFilter.none(), PageRequest.of(0, 50))
			.getContent()).extracting(StaffView::id).containsExactly(a.id());
	}

	@Test
	void selfScopeSeesOnlyThePersonAndNothingWithoutOne() {
		StaffView a = create("本人", LocalDate.of(1991, 3, 3), true, county.schoolA().code());
		create("同事", LocalDate.of(1992, 3, 3), true, county.schoolA().code());
		var self = new DataScope(io.edubureau.org.ScopeKind.SELF, county.schoolA().id(), a.id());
		assertThat(staff.search(self, StaffFilter.none(), PageRequest.of(0, 50)).getContent()).extracting(StaffView::id)
			.containsExactly(a.id());
		var nobody = new DataScope(io.edubureau.org.ScopeKind.SELF, county.schoolA().id(), null);
		assertThat(staff.search(nobody, StaffFilter.none(), PageRequest.of(0, 50)).getTotalElements()).isZero();
	}

	@Test
	void searchByPartialChineseNameFullIdNumberAndAgeBand() {
		LocalDate today = LocalDate.now();
		StaffView young = create("欧阳晓明", today.minusYears(30), false, county.schoolB().code());
		StaffView old = create("欧阳建国", today.minusYears(50).minusDays(1), false, county.schoolB().code());
		DataScope b = DataScope.unitAndBelow(county.schoolB().id());
		assertThat(staff.search(b, filter("阳晓", null, null, null), PageRequest.of(0, 10)).getContent())
			.extracting(StaffView::id)
			.containsExactly(young.id());
		assertThat(staff.search(b, filter(null, old.idNumber(), null, null), PageRequest.of(0, 10)).getContent())
			.extracting(StaffView::id)
			.containsExactly(old.id());
		assertThat(staff.search(b, filter("欧阳", null, 30, 30), PageRequest.of(0, 10)).getContent())
			.extracting(StaffView::id)
			.containsExactly(young.id());
		assertThat(staff.search(b, filter("欧阳", null, 50, null), PageRequest.of(0, 10)).getContent())
			.extracting(StaffView::id)
			.containsExactly(old.id());
		assertThat(staff.search(b, filter("%", null, null, null), PageRequest.of(0, 10)).getTotalElements()).isZero();
	}

	static StaffFilter filter(String name, String id, Integer from, Integer to) {
		return new StaffFilter(name, id, null, null, null, null, null, null, from, to);
	}

	@Test
	void aTransferMovesTheWholeFileAndKeepsHistory() {
		StaffView p = create("调动者", LocalDate.of(1983, 8, 8), false, county.schoolA().code());
		StaffView moved = accounts.asSystem(() -> staff.transfer(DataScope.unitAndBelow(county.bureau().id()), p.id(),
				county.schoolB().code(), LocalDate.now(), "交流"));
		assertThat(moved.unitId()).isEqualTo(county.schoolB().id());
		assertThat(staff.history(DataScope.all(), p.id())).extracting(StaffEventView::kind)
			.containsExactly(StaffEventKind.HIRE, StaffEventKind.TRANSFER);
		assertThatThrownBy(() -> staff.get(DataScope.unitAndBelow(county.schoolA().id()), p.id()))
			.isInstanceOf(NotFound.class);
		assertThat(staff.get(DataScope.unitAndBelow(county.schoolB().id()), p.id()).name()).isEqualTo("调动者");
	}

	@Test
	void aSchoolCannotTransferIntoAnotherSchool() {
		StaffView p = create("待调", LocalDate.of(1984, 8, 8), false, county.schoolA().code());
		assertThatThrownBy(() -> accounts.asSystem(() -> staff.transfer(DataScope.unitAndBelow(county.schoolA().id()),
				p.id(), county.schoolB().code(), null, null)))
			.isInstanceOf(Rejection.class);
	}

	@Test
	void whenAUnitMovesItsStaffFollowInTheScope() {
		StaffView p = create("随迁", LocalDate.of(1986, 9, 9), true, county.pointA().code());
		accounts.asSystem(() -> org.update(DataScope.all(), county.schoolA().id(),
				new UnitForm(county.schoolA().code(), county.schoolA().name(), null, UnitType.SCHOOL,
						county.bureau().code(), Set.of(Stage.PRIMARY), Ownership.PUBLIC, Locality.RURAL, null, false,
						null, null, null)));
		assertThat(staff.search(DataScope.unitAndBelow(county.office().id()), StaffFilter.none(), PageRequest.of(0, 50))
			.getContent()).extracting(StaffView::id).doesNotContain(p.id());
		assertThat(staff.get(DataScope.unitAndBelow(county.schoolA().id()), p.id()).id()).isEqualTo(p.id());
	}

	@Test
	void retirementEndsServiceButKeepsTheRecord() {
		StaffView p = create("退休者", LocalDate.of(1966, 1, 1), false, county.schoolA().code());
		StaffView retired = accounts
			.asSystem(() -> staff.end(DataScope.all(), p.id(), StaffStatus.RETIRED, LocalDate.now(), null));
		assertThat(retired.status()).isEqualTo(StaffStatus.RETIRED);
		assertThat(staff.history(DataScope.all(), p.id())).extracting(StaffEventView::kind)
			.containsExactly(StaffEventKind.HIRE, StaffEventKind.RETIREMENT);
		assertThatThrownBy(() -> accounts
			.asSystem(() -> staff.transfer(DataScope.all(), p.id(), county.schoolB().code(), null, null)))
			.isInstanceOf(Rejection.class);
		assertThatThrownBy(() -> accounts
			.asSystem(() -> staff.end(DataScope.all(), p.id(), StaffStatus.LEFT, LocalDate.now(), null)))
			.isInstanceOf(Rejection.class);
		assertThat(List.of(staff.end(DataScope.all(), p.id(), StaffStatus.DECEASED, LocalDate.now(), null).status()))
			.containsExactly(StaffStatus.DECEASED);
	}

}
