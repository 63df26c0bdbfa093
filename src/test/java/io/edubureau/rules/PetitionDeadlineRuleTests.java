package io.edubureau.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The day counting on its own, with a calendar given in the test. */
class PetitionDeadlineRuleTests {

	static final List<HolidayDay> OCTOBER_2025 = java.util.stream.IntStream.rangeClosed(1, 8)
		.mapToObj(d -> new HolidayDay(LocalDate.of(2025, 10, d), HolidayKind.REST, "国庆节、中秋节"))
		.toList();

	static HolidayCalendar calendar() {
		List<HolidayDay> days = new java.util.ArrayList<>(OCTOBER_2025);
		days.add(new HolidayDay(LocalDate.of(2025, 10, 11), HolidayKind.WORK, "国庆节、中秋节"));
		return new HolidayCalendar(days);
	}

	@Test
	void workingDaysSkipHolidaysAndCountMakeUpDays() {
		// Working days after Tuesday 2025-09-30: 10-09 (1), 10-10 (2), Saturday 10-11 (3,
		// make-up).
		assertThat(PetitionDeadlineRule.count(LocalDate.of(2025, 9, 30), 3, true, calendar()))
			.isEqualTo(LocalDate.of(2025, 10, 11));
	}

	@Test
	void theExtensionRunsFromTheUnshiftedHandlingEnd() {
		// Accepted 2025-08-02: day 60 is 2025-10-01 (shifted to 10-09), day 90 is
		// 2025-10-31.
		PetitionDeadlines d = PetitionDeadlineRule.decide(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2),
				new PetitionDeadlineRule.Units(false, false, false), calendar());
		assertThat(d.handlingDue()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(d.latestExtendedDue()).isEqualTo(LocalDate.of(2025, 10, 31));
	}

	@Test
	void inWorkingDaysTheExtensionCountsWorkingDaysAfterTheHandlingEnd() {
		// Handling in calendar days ends 2025-09-26, a Friday.
		PetitionDeadlines d = PetitionDeadlineRule.decide(LocalDate.of(2025, 7, 20), LocalDate.of(2025, 7, 28),
				new PetitionDeadlineRule.Units(false, false, true), calendar());
		assertThat(d.handlingDue()).isEqualTo(LocalDate.of(2025, 9, 26));
		// 30 working days after 09-26 with 10-01..10-08 off and 10-11 on: 2025-11-14.
		assertThat(d.latestExtendedDue()).isEqualTo(LocalDate.of(2025, 11, 14));
	}

	@Test
	void aShiftThatRunsIntoAYearWithoutCalendarFlagsThatYear() {
		HolidayCalendar only2025 = calendar();
		PetitionDeadlines d = PetitionDeadlineRule.decide(LocalDate.of(2025, 12, 13), null,
				new PetitionDeadlineRule.Units(false, false, false), only2025);
		// Day 15 is Sunday 2025-12-28, moved to Monday 12-29: 2026 is never looked at.
		assertThat(d.acceptanceDue()).isEqualTo(LocalDate.of(2025, 12, 29));
		assertThat(d.reasons()).extracting(Reason::messageKey).doesNotContain("rules.petition.noCalendar");
		PetitionDeadlines later = PetitionDeadlineRule.decide(LocalDate.of(2025, 12, 20), null,
				new PetitionDeadlineRule.Units(false, false, false), calendar());
		assertThat(later.acceptanceDue()).isEqualTo(LocalDate.of(2026, 1, 5));
		assertThat(later.reasons()).filteredOn(r -> r.messageKey().equals("rules.petition.noCalendar"))
			.singleElement()
			.satisfies(r -> assertThat(r.args()).containsExactly("2026"));
	}

}
