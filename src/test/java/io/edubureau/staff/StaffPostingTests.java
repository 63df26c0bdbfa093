package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitMoved;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dated postings transfers leave: written by every transfer, backfilled paths filled
 * at start-up, paths following a unit that moves in the tree, and the headcount of a past
 * day per unit of that day.
 */
@EduBureauTest
class StaffPostingTests {

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffPostings postings;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	StaffView person(County county, String name) {
		StaffForm f = StaffForm.builder()
			.idNumber(accounts.idNumber(LocalDate.of(1980, 5, 5), true))
			.name(name)
			.politicalStatus(PoliticalStatus.NONE)
			.unitCode(county.schoolA().code())
			.employmentType(EmploymentType.IN_ESTABLISHMENT)
			.postCategory(PostCategory.PROFESSIONAL)
			.fullTimeTeacher(true)
			.stage(Stage.PRIMARY)
			.subject("语文")
			.backbone(false)
			.academicLeader(false)
			.hireDate(LocalDate.of(2005, 9, 1))
			.hireChannel(HireChannel.OPEN_RECRUITMENT)
			.highestEducation(Education.BACHELOR)
			.graduateSchoolTier(SchoolTier.OTHER)
			.titleLevel(TitleLevel.FIRST)
			.build();
		return accounts.asSystem(() -> staff.create(DataScope.all(), f));
	}

	List<Map<String, Object>> postingsOf(long staffId) {
		return jdbc.queryForList("select unit_id, unit_path, valid_from, valid_to from staff_posting"
				+ " where member_id = ? order by valid_to", staffId);
	}

	@Test
	void eachTransferLeavesAPostingFromThePreviousTransferToItsDate() {
		County county = accounts.county();
		StaffView p = person(county, "两次调动");
		accounts.asSystem(
				() -> staff.transfer(DataScope.all(), p.id(), county.schoolB().code(), LocalDate.of(2018, 9, 1), "交流"));
		accounts.asSystem(() -> staff.transfer(DataScope.all(), p.id(), county.schoolA().code(),
				LocalDate.of(2021, 9, 1), "回原校"));
		List<Map<String, Object>> rows = postingsOf(p.id());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("unit_id", county.schoolA().id())
			.containsEntry("unit_path", county.schoolA().path())
			.containsEntry("valid_from", null)
			.containsEntry("valid_to", java.sql.Date.valueOf("2018-09-01"));
		assertThat(rows.get(1)).containsEntry("unit_id", county.schoolB().id())
			.containsEntry("unit_path", county.schoolB().path())
			.containsEntry("valid_from", java.sql.Date.valueOf("2018-09-01"))
			.containsEntry("valid_to", java.sql.Date.valueOf("2021-09-01"));

		// In-establishment headcount of a past day counts the person at B in 2019 only.
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		assertThat(staff.inEstablishmentHeadcount(bureau, LocalDate.of(2019, 12, 31)))
			.containsExactly(new Headcount(county.schoolB().id(), "PROFESSIONAL", 1));
		assertThat(staff.inEstablishmentHeadcount(bureau, LocalDate.of(2021, 8, 31)))
			.containsExactly(new Headcount(county.schoolB().id(), "PROFESSIONAL", 1));
		assertThat(staff.inEstablishmentHeadcount(bureau, LocalDate.of(2021, 9, 1)))
			.containsExactly(new Headcount(county.schoolA().id(), "PROFESSIONAL", 1));
		assertThat(staff.inEstablishmentHeadcount(bureau, LocalDate.of(2005, 8, 31))).isEmpty();

		// Lists of a past year show the unit of that day.
		assertThat(staff.unitsOn(List.of(p.id()), LocalDate.of(2018, 8, 31)).get(p.id()).id())
			.isEqualTo(county.schoolA().id());
		assertThat(staff.unitsOn(List.of(p.id()), LocalDate.of(2019, 12, 31)).get(p.id()).id())
			.isEqualTo(county.schoolB().id());
		assertThat(staff.unitsOn(List.of(p.id()), LocalDate.of(2021, 9, 1)).get(p.id()).id())
			.isEqualTo(county.schoolA().id());
	}

	@Test
	void backfilledPostingsGetTheirPathAndPathsFollowAMovedUnit() {
		County county = accounts.county();
		StaffView p = person(county, "迁移补录");
		long id = -Math.abs(System.nanoTime() % 1_000_000_000L);
		jdbc.update(
				"insert into staff_posting (id, member_id, unit_id, unit_path, valid_from, valid_to)"
						+ " values (?, ?, ?, null, null, ?)",
				id, p.id(), county.schoolB().id(), LocalDate.of(2010, 1, 1));
		postings.fillPaths();
		assertThat(jdbc.queryForObject("select unit_path from staff_posting where id = ?", String.class, id))
			.isEqualTo(county.schoolB().path());

		String newPath = county.office().path() + county.schoolB().id() + "/";
		transactions.executeWithoutResult(
				s -> events.publishEvent(new UnitMoved(county.schoolB().id(), county.schoolB().path(), newPath)));
		assertThat(jdbc.queryForObject("select unit_path from staff_posting where id = ?", String.class, id))
			.isEqualTo(newPath);
	}

}
