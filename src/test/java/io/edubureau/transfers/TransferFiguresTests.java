package io.edubureau.transfers;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.persistence.EntityManager;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureBook;
import io.edubureau.reports.FigureRecords;
import io.edubureau.reports.FigureValue;
import io.edubureau.reports.ReportsManagement;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The transfer figures count a decision in the year it was taken (the last instant of 31
 * December in that year, the first of 1 January in the next), a request still open at the
 * year's end as waiting, each at the unit that made it; the summary names them, a zero
 * left out.
 */
@EduBureauTest
class TransferFiguresTests {

	@Autowired
	TransfersManagement transfers;

	@Autowired
	StaffManagement staff;

	@Autowired
	ReportsManagement reports;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EntityManager em;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	MockMvc mvc;

	static final LocalDateTime LAST_OF_2011 = LocalDateTime.of(2011, 12, 31, 23, 59, 59);

	static final LocalDateTime FIRST_OF_2012 = LocalDateTime.of(2012, 1, 1, 0, 0);

	@Test
	void aDecisionCountsInItsYearAndAnOpenRequestAtTheYearsEndWithinTheScope() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		long lastDay = request(county, county.schoolA().code(), county.schoolB().code());
		long firstDay = request(county, county.schoolA().code(), county.schoolB().code());
		long refused = request(county, county.schoolB().code(), county.schoolA().code());
		long open = request(county, county.schoolA().code(), county.schoolB().code());
		long notOurs = request(elsewhere, elsewhere.schoolA().code(), elsewhere.schoolB().code());
		accounts.asSystem(() -> {
			transfers.approve(DataScope.all(), lastDay, "同意");
			transfers.approve(DataScope.all(), firstDay, "同意");
			transfers.reject(DataScope.all(), refused, "编制已满");
			return transfers.approve(DataScope.all(), notOurs, "同意");
		});
		at(lastDay, "REQUESTED", LocalDateTime.of(2011, 6, 1, 9, 0));
		at(lastDay, "APPROVED", LAST_OF_2011);
		at(firstDay, "REQUESTED", LocalDateTime.of(2011, 12, 1, 9, 0));
		at(firstDay, "APPROVED", FIRST_OF_2012);
		at(refused, "REQUESTED", LocalDateTime.of(2012, 3, 1, 9, 0));
		at(refused, "REJECTED", LocalDateTime.of(2012, 12, 31, 23, 59, 59));
		at(open, "REQUESTED", LocalDateTime.of(2012, 12, 31, 23, 59, 59));
		at(notOurs, "REQUESTED", LocalDateTime.of(2012, 3, 1, 9, 0));
		at(notOurs, "APPROVED", LocalDateTime.of(2012, 3, 2, 9, 0));

		DataScope countyScope = DataScope.unitAndBelow(county.bureau().id());
		FigureBook y2011 = reports.book(countyScope, 2011, null);
		assertThat(value(y2011, TransferFigures.APPROVED)).as("approved at 23:59:59 on 31 December").isEqualTo(1);
		assertThat(value(y2011, TransferFigures.REFUSED)).isZero();
		assertThat(value(y2011, TransferFigures.WAITING)).as("decided only on 1 January").isEqualTo(1);
		FigureBook y2012 = reports.book(countyScope, 2012, null);
		assertThat(value(y2012, TransferFigures.APPROVED)).as("approved at 00:00 on 1 January, not the other county's")
			.isEqualTo(1);
		assertThat(value(y2012, TransferFigures.REFUSED)).isEqualTo(1);
		assertThat(value(y2012, TransferFigures.WAITING)).as("made at the year's last instant").isEqualTo(1);
		assertThat(value(reports.book(countyScope, 2013, null), TransferFigures.WAITING)).isEqualTo(1);

		// A school's scope holds the requests it made.
		FigureBook schoolA = reports.book(DataScope.unitAndBelow(county.schoolA().id()), 2012, null);
		assertThat(value(schoolA, TransferFigures.APPROVED)).isEqualTo(1);
		assertThat(value(schoolA, TransferFigures.REFUSED)).isZero();
		FigureBook schoolB = reports.book(DataScope.unitAndBelow(county.schoolB().id()), 2012, null);
		assertThat(value(schoolB, TransferFigures.REFUSED)).isEqualTo(1);
		assertThat(value(schoolB, TransferFigures.APPROVED)).isZero();
		assertThat(value(reports.book(DataScope.all(), 2012, elsewhere.bureau().code()), TransferFigures.APPROVED))
			.isEqualTo(1);

		// Lineage: the request counted, its person linked.
		FigureRecords records = reports.records(countyScope, 2012, null, TransferFigures.REFUSED, 0, 10);
		assertThat(records.total()).isEqualTo(1);
		long refusedPerson = transfers.view(DataScope.all(), refused).staffId();
		assertThat(records.rows().get(0).get(0)).isEqualTo(staff.get(DataScope.all(), refusedPerson).name());
		assertThat(records.staffId(0)).isEqualTo(refusedPerson);
		assertThat(reports.records(countyScope, 2011, null, TransferFigures.WAITING, 0, 10).total()).isEqualTo(1);

		// The summary's sentences, a zero left out.
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String zh2011 = summary(officer, 2011, county.bureau().code(), "zh");
		assertThat(zh2011).contains("全年批准教职工调动申请1件。", "年末尚有1件调动申请待审批。").doesNotContain("驳回调动申请");
		assertThat(summary(officer, 2012, county.bureau().code(), "en"))
			.contains("1 transfer request was approved during the year.", "1 transfer request was refused.")
			.doesNotContain("requests were");
	}

	long request(County county, String from, String to) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, "调动统计" + TestAccounts.uniqueCode().substring(6), from,
						LocalDate.of(1985, 5, 5), LocalDate.of(2008, 9, 1))));
		return accounts.asSystem(
				() -> transfers.request(DataScope.all(), new TransferRequestForm(p.id(), to, LocalDate.now(), "工作需要")))
			.id();
	}

	// Dates the step to this status as if it had been taken then.
	void at(long requestId, String to, LocalDateTime when) {
		tx.executeWithoutResult(s -> assertThat(em
			.createNativeQuery(
					"update staff_transfer_step set occurred_at = :at where request_id = :id and to_status = :to")
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

	String summary(String account, int year, String unit, String lang) throws Exception {
		return mvc
			.perform(get("/api/v1/reports/annual-summary/document").param("year", String.valueOf(year))
				.param("unit", unit)
				.param("format", "html")
				.param("lang", lang)
				.with(TestAccounts.basic(account)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
