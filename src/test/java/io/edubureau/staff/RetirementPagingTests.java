package io.edubureau.staff;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The upcoming statutory retirements are paged in the query: the window's last month is
 * included, the next month anyone retires in is not, the page holds the same people in
 * the same order (by retirement month) as the rule applied per person, page 2 is that
 * list sliced, and a school sees its own.
 */
@EduBureauTest
class RetirementPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	RulesManagement rules;

	LocalDate birthRetiringIn(YearMonth month) {
		for (YearMonth birth = month.minusYears(63); birth
			.isBefore(month.minusYears(59)); birth = birth.plusMonths(1)) {
			if (rules.retirement(birth, 60).statutoryRetirement().equals(month)) {
				return birth.atDay(10);
			}
		}
		throw new IllegalStateException("no birth month retires in " + month);
	}

	boolean retiresIn(YearMonth month) {
		for (YearMonth birth = month.minusYears(63); birth
			.isBefore(month.minusYears(59)); birth = birth.plusMonths(1)) {
			if (rules.retirement(birth, 60).statutoryRetirement().equals(month)) {
				return true;
			}
		}
		return false;
	}

	StaffView man(YearMonth retires, String name, String unitCode) {
		LocalDate birth = birthRetiringIn(retires);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name, unitCode)));
	}

	@Test
	void theWindowIsCutInTheQueryAndOrderedByTheRetirementMonth() throws Exception {
		County county = accounts.county();
		YearMonth first = YearMonth.now();
		// The delay skips some months: the first four months a man of 60 retires in.
		List<YearMonth> months = new java.util.ArrayList<>();
		for (YearMonth m = first; months.size() < 4; m = m.plusMonths(1)) {
			if (retiresIn(m)) {
				months.add(m);
			}
		}
		// The window ends on the third of them (its last month included), the fourth is
		// out.
		int window = (int) first.until(months.get(2), java.time.temporal.ChronoUnit.MONTHS) + 1;
		StaffView last = man(months.get(2), "窗末退休", county.schoolA().code());
		StaffView now = man(months.get(0), "首月退休", county.schoolA().code());
		StaffView outside = man(months.get(3), "窗外退休", county.schoolA().code());
		StaffView otherSchool = man(months.get(1), "乙校退休", county.schoolB().code());
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());

		List<Long> rule = staff.upcomingRetirements(bureau, window).stream().map(u -> u.person().id()).toList();
		assertThat(rule).containsExactly(now.id(), otherSchool.id(), last.id());
		var page = staff.upcomingRetirements(bureau, window, 0, 200);
		assertThat(page.getContent()).extracting(u -> u.person().id()).containsExactlyElementsOf(rule);
		assertThat(page.getContent()).extracting(u -> u.decision().statutoryRetirement())
			.containsExactly(months.get(0), months.get(1), months.get(2));
		var second = staff.upcomingRetirements(bureau, window, 1, 2);
		assertThat(second.getTotalElements()).isEqualTo(3);
		assertThat(second.getContent()).extracting(u -> u.person().id()).containsExactly(last.id());
		int wider = (int) first.until(months.get(3), java.time.temporal.ChronoUnit.MONTHS) + 1;
		assertThat(staff.upcomingRetirements(bureau, wider, 0, 200).getContent()).extracting(u -> u.person().id())
			.contains(outside.id());
		assertThat(staff.upcomingRetirements(DataScope.unit(county.schoolA().id()), window, 0, 200).getContent())
			.extracting(u -> u.person().id())
			.containsExactly(now.id(), last.id());

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/staff/retirements").param("months", String.valueOf(window))
			.param("page", "1")
			.param("size", "2")
			.with(TestAccounts.basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content[0].person.id").value(last.id()));
	}

}
