package io.edubureau.selfservice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.reports.FigureBook;
import io.edubureau.reports.FigureRecords;
import io.edubureau.reports.FigureValue;
import io.edubureau.reports.ReportsManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The self-service figures count an approval or a return in the year it was made (the
 * last instant of 31 December in that year, the first of 1 January in the next), each
 * change at the unit it was submitted from.
 */
@EduBureauTest
class SelfServiceFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	SelfServiceManagement selfService;

	@Autowired
	ReportsManagement reports;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	static final String COMPLETE = """
			{"ethnicity": "汉族", "nativePlace": "江西南昌", "politicalStatus": "NONE",
			 "workStartDate": "2010-09-01", "phone": "13800000007", "highestEducation": "BACHELOR"}""";

	static final LocalDateTime LAST_OF_2013 = LocalDateTime.of(2013, 12, 31, 23, 59, 59);

	static final LocalDateTime FIRST_OF_2014 = LocalDateTime.of(2014, 1, 1, 0, 0);

	@Test
	void anApprovalOrAReturnCountsInItsYearWithinTheScope() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		Submitted lastDay = submit(county.schoolA());
		Submitted returnedThenApproved = submit(county.schoolA());
		Submitted returnedOnNewYear = submit(county.schoolB());
		Submitted notOurs = submit(elsewhere.schoolA());
		accounts.asSystem(() -> {
			selfService.approveChange(DataScope.all(), lastDay.id(), null);
			selfService.returnChange(DataScope.all(), returnedThenApproved.id(), "电话号码有误");
			selfService.returnChange(DataScope.all(), returnedOnNewYear.id(), "民族有误");
			return selfService.approveChange(DataScope.all(), notOurs.id(), null);
		});
		resubmit(returnedThenApproved);
		accounts.asSystem(() -> selfService.approveChange(DataScope.all(), returnedThenApproved.id(), null));
		at(lastDay.id(), "APPROVED", LAST_OF_2013);
		at(returnedThenApproved.id(), "RETURNED", LAST_OF_2013);
		at(returnedThenApproved.id(), "APPROVED", FIRST_OF_2014);
		at(returnedOnNewYear.id(), "RETURNED", FIRST_OF_2014);
		at(notOurs.id(), "APPROVED", LocalDateTime.of(2014, 6, 1, 9, 0));

		DataScope countyScope = DataScope.unitAndBelow(county.bureau().id());
		FigureBook y2013 = reports.book(countyScope, 2013, null);
		assertThat(value(y2013, SelfServiceFigures.APPROVED)).as("approved at 23:59:59 on 31 December").isEqualTo(1);
		assertThat(value(y2013, SelfServiceFigures.RETURNED)).isEqualTo(1);
		FigureBook y2014 = reports.book(countyScope, 2014, null);
		assertThat(value(y2014, SelfServiceFigures.APPROVED)).as("at 00:00 on 1 January, not the other county's")
			.isEqualTo(1);
		assertThat(value(y2014, SelfServiceFigures.RETURNED)).isEqualTo(1);

		FigureBook schoolA = reports.book(DataScope.unitAndBelow(county.schoolA().id()), 2014, null);
		assertThat(value(schoolA, SelfServiceFigures.APPROVED)).isEqualTo(1);
		assertThat(value(schoolA, SelfServiceFigures.RETURNED)).isZero();
		FigureBook schoolB = reports.book(DataScope.unitAndBelow(county.schoolB().id()), 2014, null);
		assertThat(value(schoolB, SelfServiceFigures.APPROVED)).isZero();
		assertThat(value(schoolB, SelfServiceFigures.RETURNED)).isEqualTo(1);

		FigureRecords records = reports.records(countyScope, 2014, null, SelfServiceFigures.RETURNED, 0, 10);
		assertThat(records.total()).isEqualTo(1);
		assertThat(records.rows().get(0)).startsWith(returnedOnNewYear.person().name(), county.schoolB().name());
		assertThat(records.staffId(0)).isEqualTo(returnedOnNewYear.person().id());
	}

	record Submitted(long id, StaffView person, String teacher) {
	}

	Submitted submit(UnitView school) throws Exception {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1987, 7, 7), true),
						"自助统计" + TestAccounts.uniqueCode().substring(7), school.code())));
		String teacher = accounts.account("TEACHER", school, p.id());
		Submitted s = new Submitted(0, p, teacher);
		resubmit(s);
		long id = selfService.changeQueue(DataScope.unitAndBelow(school.id()), 0, 200)
			.stream()
			.filter(r -> r.staffId() == p.id())
			.findFirst()
			.orElseThrow()
			.id();
		return new Submitted(id, p, teacher);
	}

	void resubmit(Submitted s) throws Exception {
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(s.teacher()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE)).andExpect(status().isCreated());
	}

	// Dates the step to this status as if it had been taken then.
	void at(long requestId, String to, LocalDateTime when) {
		tx.executeWithoutResult(s -> assertThat(em
			.createNativeQuery(
					"update staff_change_step set occurred_at = :at where request_id = :id and to_status = :to")
			.setParameter("at", when.atZone(ZoneId.systemDefault()).toInstant())
			.setParameter("id", requestId)
			.setParameter("to", to)
			.executeUpdate()).isEqualTo(1));
	}

	static long value(FigureBook book, String key) {
		return book.figure(key)
			.map(FigureValue::value)
			.orElseThrow(() -> new AssertionError("no figure " + key))
			.longValueExact();
	}

}
