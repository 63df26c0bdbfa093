package io.edubureau.facilities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public operating funds per pupil (生均公用经费): the allocation of 2025 from the pupils of
 * the school year 2024–2025 times the default standards (600 yuan a primary pupil, 800 a
 * junior one; senior pupils are not funded), payments up to the allocation and not a fen
 * beyond, dated in the year; the figures with their lineage; only the bureau pays out.
 */
@EduBureauTest
class FacilitiesFundsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OrgManagement org;

	@Autowired
	OperatingFunds funds;

	@Autowired
	FacilitiesFigures figures;

	County county;

	RequestPostProcessor officer;

	DataScope bureau;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		bureau = DataScope.unitAndBelow(county.bureau().id());
		accounts.asSystem(() -> {
			org.recordEnrolment(DataScope.all(), county.schoolA().id(), new EnrolmentView(2024, Stage.PRIMARY, 100, 4));
			org.recordEnrolment(DataScope.all(), county.schoolB().id(), new EnrolmentView(2024, Stage.JUNIOR, 50, 2));
			return org.recordEnrolment(DataScope.all(), county.schoolB().id(),
					new EnrolmentView(2024, Stage.SENIOR, 80, 2));
		});
	}

	ResultActions pay(RequestPostProcessor who, long unitId, String paidOn, long fen) throws Exception {
		return mvc.perform(post("/api/v1/facilities/funds/disbursements").with(who)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "year": 2025, "paidOn": "%s", "amountFen": %d, "note": "第一批"}""".formatted(unitId,
					paidOn, fen)));
	}

	@Test
	void theAllocationIsPupilsTimesTheStandardAndPaymentsStopAtIt() throws Exception {
		List<FundAllocation> rows = funds.allocations(bureau, 2025);
		assertThat(rows).hasSize(2);
		FundAllocation a = rows.stream().filter(r -> r.unitId() == county.schoolA().id()).findFirst().orElseThrow();
		FundAllocation b = rows.stream().filter(r -> r.unitId() == county.schoolB().id()).findFirst().orElseThrow();
		assertThat(a.allocatedFen()).isEqualTo(100 * 60000L);
		assertThat(b.allocatedFen()).isEqualTo(50 * 80000L);
		assertThat(b.lines()).extracting(FundAllocation.Line::stage).containsExactly(Stage.JUNIOR);

		long schoolA = county.schoolA().id();
		// Dated in the year: 31 December 2024 is refused, 1 January 2025 accepted.
		pay(officer, schoolA, "2024-12-31", 100).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("paidOn"));
		pay(officer, schoolA, "2025-01-01", 1_000_000).andExpect(status().isOk())
			.andExpect(jsonPath("$.balanceFen").value(5_000_000));
		// What is left may be paid, not a fen more.
		pay(officer, schoolA, "2025-03-01", 5_000_001).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amountFen"))
			.andExpect(jsonPath("$.errors[0].message", containsString("50000.00")));
		pay(officer, schoolA, "2025-03-01", 5_000_000).andExpect(status().isOk())
			.andExpect(jsonPath("$.balanceFen").value(0));
		pay(officer, schoolA, "2025-03-02", 0).andExpect(status().isUnprocessableContent());
		// A school reads its funds but does not pay them out.
		pay(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())), schoolA, "2025-03-02", 1)
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/facilities/funds").param("year", "2025")
			.with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].unitId").value((int) county.schoolB().id()));

		FigureQuery q = new FigureQuery(bureau, 2025, LocalDate.of(2025, 12, 31), null);
		Map<String, BigDecimal> values = figures.compute(q);
		assertThat(values.get("funds.allocated")).isEqualByComparingTo("10.00");
		assertThat(values.get("funds.disbursed")).isEqualByComparingTo("6.00");
		assertThat(figures.records("funds.allocated", q, 0, 10).rows()).hasSize(2)
			.anySatisfy(r -> assertThat(r).containsExactly("测试甲小学", "100", "0", "60000.00"));
		assertThat(figures.records("funds.disbursed", q, 0, 10).total()).isEqualTo(2);

		mvc.perform(get("/facilities/funds").param("year", "2025").with(officer).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("生均公用经费")))
			.andExpect(content().string(containsString("小学：100 人（2024–2025 学年）× 600.00 元 = 60000.00 元。")))
			.andExpect(content().string(containsString("100,000.00")));
	}

	@Test
	void theTotalsSummedInTheDatabaseEqualTheSchoolsAllocationsRowByRow() throws Exception {
		// A teaching point with primary pupils, and payments to three units.
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.pointA().id(),
				new EnrolmentView(2024, Stage.PRIMARY, 37, 3)));
		pay(officer, county.schoolA().id(), "2025-02-03", 123_456).andExpect(status().isOk());
		pay(officer, county.schoolA().id(), "2025-05-06", 1).andExpect(status().isOk());
		pay(officer, county.schoolB().id(), "2025-04-01", 4_000_000).andExpect(status().isOk());
		pay(officer, county.pointA().id(), "2025-06-30", 99).andExpect(status().isOk());

		List<FundAllocation> rows = funds.allocations(bureau, 2025);
		OperatingFunds.Totals totals = funds.totals(bureau, 2025);
		assertThat(totals.allocatedFen()).isEqualTo(rows.stream().mapToLong(FundAllocation::allocatedFen).sum())
			.isEqualTo(100 * 60000L + 50 * 80000L + 37 * 60000L);
		assertThat(totals.disbursedFen()).isEqualTo(rows.stream().mapToLong(FundAllocation::disbursedFen).sum())
			.isEqualTo(123_456L + 1 + 4_000_000 + 99);
		// Per unit, the sums grouped in the database match the payments one by one.
		java.util.Map<Long, Long> byRow = new java.util.HashMap<>();
		funds.disbursementRows(bureau, 2025).forEach(d -> byRow.merge(d.getUnitId(), d.getAmountFen(), Long::sum));
		assertThat(funds.paidByUnit(bureau, 2025)).isEqualTo(byRow).containsEntry(county.schoolA().id(), 123_457L);
		// One school's scope sees its own totals only; another year has none paid.
		DataScope one = DataScope.unit(county.schoolB().id());
		assertThat(funds.totals(one, 2025)).isEqualTo(new OperatingFunds.Totals(50 * 80000L, 4_000_000L));
		assertThat(funds.totals(bureau, 2024).disbursedFen()).isZero();
	}

	@Test
	void theListIsPagedInTheQueryAndItsPagesAddUpToTheTotals() throws Exception {
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.pointA().id(),
				new EnrolmentView(2024, Stage.PRIMARY, 37, 3)));
		pay(officer, county.pointA().id(), "2025-06-30", 99).andExpect(status().isOk());
		pay(officer, county.schoolB().id(), "2025-04-01", 4_000_000).andExpect(status().isOk());
		// Paid, then its pupils corrected to none: still listed, for what was paid.
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), county.pointA().id(),
				new EnrolmentView(2024, Stage.PRIMARY, 0, 0)));

		Map<Long, FundAllocation> whole = new java.util.HashMap<>();
		funds.allocations(bureau, 2025).forEach(a -> whole.put(a.unitId(), a));
		assertThat(whole).hasSize(3);
		List<FundAllocation> paged = new java.util.ArrayList<>();
		for (int page = 0; page < 3; page++) {
			Page<FundAllocation> one = funds.allocationPage(bureau, 2025, PageRequest.of(page, 1), true);
			assertThat(one.getTotalElements()).isEqualTo(3);
			assertThat(one.getContent()).hasSize(1);
			paged.addAll(one.getContent());
		}
		// Each unit once, each row as the whole list computes it.
		assertThat(paged).extracting(FundAllocation::unitId).doesNotHaveDuplicates();
		assertThat(paged).allSatisfy(a -> assertThat(a).isEqualTo(whole.get(a.unitId())));
		assertThat(paged).extracting(FundAllocation::unitName).isSorted();
		FundAllocation point = whole.get(county.pointA().id());
		assertThat(point.allocatedFen()).isZero();
		assertThat(point.disbursedFen()).isEqualTo(99);
		OperatingFunds.Totals totals = funds.totals(bureau, 2025);
		assertThat(paged.stream().mapToLong(FundAllocation::allocatedFen).sum()).isEqualTo(totals.allocatedFen())
			.isEqualTo(100 * 60000L + 50 * 80000L);
		assertThat(paged.stream().mapToLong(FundAllocation::disbursedFen).sum()).isEqualTo(totals.disbursedFen())
			.isEqualTo(4_000_099L);
		assertThat(funds.allocationPage(bureau, 2025, PageRequest.of(3, 1), true).getContent()).isEmpty();

		// The API's page 2 (number 1) is the second row, in the one page shape.
		mvc.perform(get("/api/v1/facilities/funds").param("year", "2025")
			.param("page", "1")
			.param("size", "1")
			.with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].unitId").value((int) paged.get(1).unitId()))
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.page.number").value(1));
		// The figure's records: only the units with an allocation, counted in the query.
		FigureQuery q = new FigureQuery(bureau, 2025, LocalDate.of(2025, 12, 31), null);
		assertThat(figures.records("funds.allocated", q, 1, 1).total()).isEqualTo(2);
		assertThat(figures.records("funds.allocated", q, 1, 1).rows()).hasSize(1);
	}

}
