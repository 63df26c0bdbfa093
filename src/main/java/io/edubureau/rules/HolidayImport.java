package io.edubureau.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.edubureau.platform.Actor;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a holiday calendar: every year the file names is replaced by the file's rows
 * (the year's earlier rows are superseded, never deleted), all or nothing, with one audit
 * entry per year.
 */
@Component
class HolidayImport implements SheetImport<HolidayDay> {

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	private static final ImportSummary SUMMARY = new ImportSummary("rules.holiday.imported", List.of("years", "days"));

	private final HolidayRepository holidays;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	HolidayImport(HolidayRepository holidays, AuditManagement audit, TransactionTemplate tx) {
		this.holidays = holidays;
		this.audit = audit;
		this.tx = tx;
	}

	@Override
	public SheetLayout layout() {
		return HolidaySheet.LAYOUT;
	}

	@Override
	public HolidayDay read(SheetRow row) {
		LocalDate date = row.date("date");
		if (date == null && row.text("date") == null) {
			row.error("date", "rules.holiday.required");
		}
		else if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
			row.error("date", "rules.holiday.yearRange", date.toString(), FIRST_YEAR, LAST_YEAR);
		}
		HolidayKind kind = row.choice("kind", HolidayKind.class);
		if (kind == null && row.text("kind") == null) {
			row.error("kind", "rules.holiday.required");
		}
		if (kind == HolidayKind.WORK && date != null && !HolidayCalendar.isWeekend(date)) {
			row.error("kind", "rules.holiday.workOnWeekday", date.toString());
		}
		String name = row.text("name");
		if (name == null) {
			row.error("name", "rules.holiday.required");
		}
		else if (name.length() > 100) {
			row.error("name", "rules.holiday.nameLength");
		}
		return new HolidayDay(date, kind, name);
	}

	@Override
	public int write(List<SheetEntry<HolidayDay>> entries, ImportContext context) {
		FirstRows<LocalDate> firstRows = new FirstRows<>(context, "rules.holiday.duplicate");
		Map<Integer, List<HolidayDay>> byYear = new TreeMap<>();
		for (SheetEntry<HolidayDay> e : entries) {
			HolidayDay day = e.value();
			if (day.date() == null) {
				continue;
			}
			firstRows.admit(e.row(), day.date(), "date", day.date().toString());
			byYear.computeIfAbsent(day.date().getYear(), y -> new java.util.ArrayList<>()).add(day);
		}
		if (entries.isEmpty()) {
			context.error(0, null, "rules.holiday.empty");
		}
		if (context.hasErrors()) {
			return 0;
		}
		String actor = Actor.current();
		Instant now = Instant.now();
		String file = context.filename() == null || context.filename().isBlank() ? "upload" : context.filename();
		String source = file.length() > 200 ? file.substring(0, 200) : file;
		int[] counts = { byYear.size(), entries.size() };
		Map<Integer, Integer> supersededByYear = new HashMap<>();
		context.writeAllOrNothing(tx, SUMMARY, counts, () -> byYear.forEach((year, days) -> {
			List<Holiday> before = holidays.findByYearAndActiveTrueOrderByDate(year);
			before.forEach(Holiday::supersede);
			supersededByYear.put(year, before.size());
			holidays.saveAll(days.stream().map(d -> new Holiday(d, source, actor, now)).toList());
		}),
				// The calendar of each year is what is audited: one entry per year, in
				// the
				// import's transaction.
				(summary, fields) -> byYear.forEach((year, days) -> {
					long rest = days.stream().filter(d -> d.kind() == HolidayKind.REST).count();
					audit.record(AuditAction.IMPORT, "rules.holiday", year.toString(),
							year + ": " + days.size() + " days (" + rest + " rest, " + (days.size() - rest)
									+ " make-up working) from " + source,
							List.of(new Change("days", Integer.toString(supersededByYear.get(year)),
									Integer.toString(days.size())), new Change("file", null, source)));
				}));
		if (context.hasErrors()) {
			return 0;
		}
		byYear.forEach((year, days) -> context.note(
				context.dryRun() ? "rules.holiday.summary.dryRun" : "rules.holiday.summary", year.toString(),
				days.size()));
		return entries.size();
	}

}
