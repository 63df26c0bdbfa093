package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports nominations: each row nominates a person of the scope in a round that is taking
 * nominations, through {@link AwardsManagement#nominate} so the veto, the conditions and
 * the quota decide row by row. All rows are checked and written in one transaction; any
 * error, or a dry run, rolls the file back.
 */
@Component
class AwardsImport {

	static final SheetLayout LAYOUT = new SheetLayout("award-nominations",
			SheetColumn.required("round", "表彰评选", "Round", "2026年度全县优秀教师", "评选名称", "评选编号", "round name", "round id"),
			SheetColumn.optional("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码"),
			SheetColumn.optional("staff_id", "人员编号", "Staff id", "", "人员ID"),
			SheetColumn.optional("nominated_on", "推荐日期", "Nominated on", "2026-06-10", "推荐时间"),
			SheetColumn.optional("merits", "主要事迹", "Merits", "教学成绩突出，所带班级学业质量监测连续位居全县前列。", "事迹"));

	private static final ImportSummary SUMMARY = new ImportSummary("awards.import.summary", List.of("nominated"));

	private final AwardsManagement awards;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	AwardsImport(AwardsManagement awards, StaffManagement staff, AuditManagement audit, TransactionTemplate tx) {
		this.awards = awards;
		this.staff = staff;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String round, String idNumber, Long staffId, LocalDate nominatedOn, String merits) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			Integer staffId = row.integer("staff_id");
			String idNumber = row.text("id_number");
			if (staffId == null && (idNumber == null || idNumber.isBlank()) && !row.hasErrors()) {
				row.error("id_number", "awards.import.person.required");
			}
			return new Line(row.text("round"), idNumber == null ? null : idNumber.strip().toUpperCase(Locale.ROOT),
					staffId == null ? null : staffId.longValue(), row.date("nominated_on"), row.text("merits"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			Locale before = LocaleContextHolder.getLocale();
			// The rules' reasons are worded in the language of the person importing.
			LocaleContextHolder.setLocale(context.locale());
			try {
				List<Views.RoundView> rounds = awards.rounds(scope);
				LocalDate today = LocalDate.now();
				context.writeAllOrNothing(tx, SUMMARY, count, () -> {
					FirstRows<String> firstRows = new FirstRows<>(context, "awards.import.duplicateInFile");
					for (SheetEntry<Line> e : entries) {
						if (context.hasErrors(e.row())) {
							continue;
						}
						Line line = e.value();
						Optional<Views.RoundView> round = round(rounds, line.round());
						if (round.isEmpty()) {
							context.error(e.row(), "round", "awards.import.round.unknown",
									String.valueOf(line.round()));
							continue;
						}
						String personColumn = line.staffId() != null ? "staff_id" : "id_number";
						Optional<StaffView> person = person(line);
						if (person.isEmpty()) {
							context.error(e.row(), personColumn, "awards.import.person.unknown",
									line.staffId() != null ? line.staffId().toString() : line.idNumber());
							continue;
						}
						if (!firstRows.admit(e.row(), round.get().id() + "/" + person.get().id(), personColumn)) {
							continue;
						}
						if (context
							.writeRow(e.row(),
									() -> awards.nominate(scope, round.get().id(),
											new Forms.NominationForm(person.get().id(), line.nominatedOn(),
													line.merits()),
											today),
									field -> column(field, personColumn), personColumn, "awards.import.person.unknown",
									String.valueOf(person.get().id()))) {
							count[0]++;
						}
					}
				}, audit.importEntry(AwardsManagement.NOMINATION));
			}
			finally {
				LocaleContextHolder.setLocale(before);
			}
			return count[0];
		}

		private Optional<Views.RoundView> round(List<Views.RoundView> rounds, String given) {
			if (given == null || given.isBlank()) {
				return Optional.empty();
			}
			String wanted = given.strip();
			return rounds.stream()
				.filter(r -> r.name().equals(wanted) || String.valueOf(r.id()).equals(wanted))
				.findFirst();
		}

		private Optional<StaffView> person(Line line) {
			if (line.staffId() != null) {
				return Optional.ofNullable(staff.visible(scope, List.of(line.staffId())).get(line.staffId()));
			}
			return staff.byIdNumber(scope, line.idNumber());
		}

	}

	private static String column(String field, String personColumn) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "staffId" -> personColumn;
			case "status" -> "round";
			case "on" -> "nominated_on";
			default -> field;
		};
	}

}
