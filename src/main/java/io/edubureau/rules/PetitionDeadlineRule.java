package io.edubureau.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Petition deadlines under 信访工作条例 (2022): acceptance decided within 15 days of receipt
 * (art. 22), the matter concluded within 60 days of acceptance, extendable by at most 30
 * days (art. 34). Days are counted as 民法典 第二百零一条/第二百零三条 count them: the start day is not
 * counted (day N is start + N) and a last day that is a rest day moves to the next
 * working day; in working-day mode only working days after the start count. The extension
 * runs from the unextended period's own last day before any rest-day shift (90 days after
 * acceptance in calendar days), then shifts.
 */
final class PetitionDeadlineRule {

	static final int ACCEPTANCE_DAYS = 15;

	static final int HANDLING_DAYS = 60;

	static final int EXTENSION_DAYS = 30;

	private PetitionDeadlineRule() {
	}

	/** Whether each period counts working days rather than calendar days. */
	record Units(boolean acceptanceInWorkingDays, boolean handlingInWorkingDays, boolean extensionInWorkingDays) {
	}

	static PetitionDeadlines decide(LocalDate received, LocalDate accepted, Units units, HolidayCalendar calendar) {
		List<Reason> reasons = new ArrayList<>();
		LocalDate acceptanceEnd = count(received, ACCEPTANCE_DAYS, units.acceptanceInWorkingDays(), calendar);
		reasons.add(new Reason(PolicyRule.PETITION_DEADLINES,
				units.acceptanceInWorkingDays() ? "rules.petition.acceptance.workingDays"
						: "rules.petition.acceptance.days",
				received.toString(), ACCEPTANCE_DAYS, acceptanceEnd.toString()));
		LocalDate acceptanceDue = shift(acceptanceEnd, calendar, reasons);
		LocalDate handlingDue = null;
		LocalDate latestExtendedDue = null;
		if (accepted != null) {
			LocalDate handlingEnd = count(accepted, HANDLING_DAYS, units.handlingInWorkingDays(), calendar);
			reasons.add(new Reason(PolicyRule.PETITION_DEADLINES,
					units.handlingInWorkingDays() ? "rules.petition.handling.workingDays"
							: "rules.petition.handling.days",
					accepted.toString(), HANDLING_DAYS, handlingEnd.toString()));
			handlingDue = shift(handlingEnd, calendar, reasons);
			LocalDate extendedEnd = count(handlingEnd, EXTENSION_DAYS, units.extensionInWorkingDays(), calendar);
			reasons.add(new Reason(PolicyRule.PETITION_DEADLINES,
					units.extensionInWorkingDays() ? "rules.petition.extension.workingDays"
							: "rules.petition.extension.days",
					handlingEnd.toString(), EXTENSION_DAYS, extendedEnd.toString(), HANDLING_DAYS + EXTENSION_DAYS));
			latestExtendedDue = shift(extendedEnd, calendar, reasons);
		}
		for (Integer year : calendar.yearsMissing()) {
			reasons.add(new Reason(PolicyRule.DAY_COUNTING, "rules.petition.noCalendar", year.toString()));
		}
		return new PetitionDeadlines(received, accepted, acceptanceDue, handlingDue, latestExtendedDue,
				List.copyOf(reasons));
	}

	/** Day {@code days} after {@code start}, the start not counted. */
	static LocalDate count(LocalDate start, int days, boolean workingDays, HolidayCalendar calendar) {
		if (!workingDays) {
			return start.plusDays(days);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The period's last day, moved to the next working day when it is a rest day. */
	static LocalDate shift(LocalDate end, HolidayCalendar calendar, List<Reason> reasons) {
		HolidayDay listed = calendar.day(end);
		if (calendar.isWorkingDay(end)) {
			if (listed != null && HolidayCalendar.isWeekend(end)) {
				reasons.add(
						new Reason(PolicyRule.DAY_COUNTING, "rules.petition.makeUpDay", end.toString(), listed.name()));
			}
			return end;
		}
		LocalDate day = end;
		while (!calendar.isWorkingDay(day)) {
			day = day.plusDays(1);
		}
		if (listed != null) {
			reasons.add(new Reason(PolicyRule.DAY_COUNTING, "rules.petition.movedHoliday", end.toString(),
					listed.name(), day.toString()));
		}
		else {
			reasons.add(new Reason(PolicyRule.DAY_COUNTING, end.getDayOfWeek() == DayOfWeek.SATURDAY
					? "rules.petition.movedSaturday" : "rules.petition.movedSunday", end.toString(), day.toString()));
		}
		return day;
	}

}
