package io.edubureau.retirement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.rules.RetirementDecision;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static io.edubureau.security.ScopeChecks.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retirement figures of last year for a fresh county: three men with the same
 * statutory month retire one month early, in the statutory month and one month late
 * through approved proposals (applied at once, their dates having passed); a proposal
 * approved but dated next year, one still waiting and one in another county count
 * nowhere; a school sees its own; lineage names the people with their statutory month.
 */
@EduBureauTest
class RetirementFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RetirementManagement retirements;

	@Autowired
	RulesManagement rules;

	@Autowired
	RetirementFigures figures;

	final int year = LocalDate.now().getYear() - 1;

	final String tag = TestAccounts.uniqueCode();

	// A man's birth month whose statutory month lies in the year with a flexible month
	// on either side of it within the year.
	YearMonth birth() {
		for (YearMonth b = YearMonth.of(year - 61, 1); b.isBefore(YearMonth.of(year - 58, 1)); b = b.plusMonths(1)) {
			RetirementDecision d = rules.retirement(b, 60);
			YearMonth s = d.statutoryRetirement();
			if (s.getYear() == year && s.getMonthValue() >= 2 && s.getMonthValue() <= 11
					&& d.earliestFlexible().isBefore(s) && d.latestFlexible().isAfter(s)) {
				return b;
			}
		}
		throw new IllegalStateException("no birth month for " + year);
	}

	StaffView man(String name, County county, YearMonth birth, boolean schoolB) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + tag,
				(schoolB ? county.schoolB() : county.schoolA()).code(), birth.atDay(12), LocalDate.of(1985, 9, 1))));
	}

	long propose(StaffView p, LocalDate on) {
		return accounts
			.asSystem(() -> retirements.proposeRetirement(DataScope.all(),
					new RetirementProposalForm(p.id(), on, 35, 0, "按规定办理退休")))
			.id();
	}

	void approve(long request) {
		accounts.asSystem(() -> retirements.approveRetirement(DataScope.all(), request, null));
	}

	@Test
	void retirementsOfTheYearByKind() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		YearMonth birth = birth();
		YearMonth statutory = rules.retirement(birth, 60).statutoryRetirement();
		StaffView early = man("提前", county, birth, false);
		StaffView onTime = man("到龄", county, birth, false);
		StaffView late = man("延迟", county, birth, true);
		StaffView waiting = man("待批", county, birth, true);
		StaffView far = man("外县", elsewhere, birth, false);
		approve(propose(early, statutory.minusMonths(1).atDay(1)));
		approve(propose(onTime, statutory.atDay(1)));
		approve(propose(late, statutory.plusMonths(1).atDay(1)));
		propose(waiting, statutory.atDay(1));
		approve(propose(far, statutory.atDay(1)));

		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		FigureQuery q = new FigureQuery(bureau, year, LocalDate.of(year, 12, 31), null);
		Map<String, BigDecimal> values = figures.compute(q);
		assertThat(values).containsEntry("retirement.byKind.EARLY", BigDecimal.ONE)
			.containsEntry("retirement.byKind.STATUTORY", BigDecimal.ONE)
			.containsEntry("retirement.byKind.DEFERRED", BigDecimal.ONE);
		assertThat(figures.compute(new FigureQuery(bureau, year - 1, LocalDate.of(year - 1, 12, 31), null)))
			.containsEntry("retirement.byKind.STATUTORY", BigDecimal.ZERO);
		DataScope schoolB = DataScope.unitAndBelow(county.schoolB().id());
		assertThat(figures.compute(new FigureQuery(schoolB, year, LocalDate.of(year, 12, 31), null)))
			.containsEntry("retirement.byKind.DEFERRED", BigDecimal.ONE)
			.containsEntry("retirement.byKind.EARLY", BigDecimal.ZERO);

		FigureRecords rows = figures.records("retirement.byKind.EARLY", q, 0, 10);
		assertThat(rows.total()).isEqualTo(1);
		assertThat(rows.rows().get(0)).containsExactly(early.name(), county.schoolA().name(),
				statutory.minusMonths(1).atDay(1).toString(), statutory.toString(), "enum.RetirementKind.EARLY");
		assertThat(figures.records("retirement.byKind.STATUTORY", q, 0, 10).rows().toString()).contains(onTime.name())
			.doesNotContain(far.name(), waiting.name());
		assertThatThrownBy(() -> figures.records("retirement.byKind.NOPE", q, 0, 10)).isInstanceOf(NotFound.class);

		// The summary breaks the year's retirements down by kind.
		var officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		String zh = read(mvc, officer, "/api/v1/reports/annual-summary/document?year=" + year + "&format=html&lang=zh");
		assertThat(zh).contains("全年办理退休3人，其中按法定年龄退休1人，弹性提前退休1人，弹性延迟退休1人。");
		String en = read(mvc, officer, "/api/v1/reports/annual-summary/document?year=" + year + "&format=html&lang=en");
		assertThat(en).contains(
				"3 staff retired during the year: 1 at the statutory age, 1 by flexible early retirement and 1 by flexible deferred retirement.");
	}

	@Test
	void theKindIsTheMonthAgainstTheStatutoryMonth() {
		YearMonth s = YearMonth.of(2026, 5);
		assertThat(RetirementKind.of(YearMonth.of(2026, 4), s)).isEqualTo(RetirementKind.EARLY);
		assertThat(RetirementKind.of(YearMonth.of(2026, 5), s)).isEqualTo(RetirementKind.STATUTORY);
		assertThat(RetirementKind.of(YearMonth.of(2026, 6), s)).isEqualTo(RetirementKind.DEFERRED);
	}

}
