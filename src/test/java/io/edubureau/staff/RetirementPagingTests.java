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
 * The upcoming statutory retirements are paged in the query: the window's first and last
 * months are included, the month after is not, the page holds the same people in the same
 * order (by retirement month) as the rule applied per person, page 2 is that list sliced,
 * and a school sees its own.
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

	StaffView man(YearMonth retires, String name, String unitCode) {
		LocalDate birth = birthRetiringIn(retires);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name, unitCode)));
	}

	@Test
	void theWindowIsCutInTheQueryAndOrderedByTheRetirementMonth() throws Exception {
		County county = accounts.county();
		YearMonth first = YearMonth.now();
		// A three-month window: this month and the third are in, the fourth is out.
		StaffView last = man(first.plusMonths(2), "窗末退休", county.schoolA().code());
		StaffView now = man(first, "本月退休", county.schoolA().code());
		StaffView outside = man(first.plusMonths(3), "窗外退休", county.schoolA().code());
		StaffView otherSchool = man(first.plusMonths(1), "乙校退休", county.schoolB().code());
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());

		List<Long> rule = staff.upcomingRetirements(bureau, 3).stream().map(u -> u.person().id()).toList();
		assertThat(rule).containsExactly(now.id(), otherSchool.id(), last.id());
		var page = staff.upcomingRetirements(bureau, 3, 0, 200);
		assertThat(page.getContent()).extracting(u -> u.person().id()).containsExactlyElementsOf(rule);
		assertThat(page.getContent()).extracting(u -> u.decision().statutoryRetirement())
			.containsExactly(first, first.plusMonths(1), first.plusMonths(2));
		var second = staff.upcomingRetirements(bureau, 3, 1, 2);
		assertThat(second.getTotalElements()).isEqualTo(3);
		assertThat(second.getContent()).extracting(u -> u.person().id()).containsExactly(last.id());
		assertThat(staff.upcomingRetirements(bureau, 4, 0, 200).getContent()).extracting(u -> u.person().id())
			.contains(outside.id());
		assertThat(staff.upcomingRetirements(DataScope.unit(county.schoolA().id()), 3, 0, 200).getContent())
			.extracting(u -> u.person().id())
			.containsExactly(now.id(), last.id());

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/staff/retirements").param("months", "3")
			.param("page", "1")
			.param("size", "2")
			.with(TestAccounts.basic(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content[0].person.id").value(last.id()));
	}

}
