package io.edubureau.exchange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.exchange.Views.PlanView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
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

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports exchange and support-teaching proposals (交流、支教) into the year's draft plan of
 * the caller's unit: each row adds a person of the scope at a host school through
 * {@link ExchangeManagement#addPosting}, the method the form and the API use, so a host
 * outside the scope, the person's own school or a plan already adopted is refused as
 * there. The start and return dates give the length in whole months (a part month
 * counts); the posting itself starts on the day the officer posts it once the plan is
 * adopted. All rows are checked and written in one transaction; any error, or a dry run,
 * rolls the file back.
 */
@Component
class ExchangeImport {

	static final SheetLayout LAYOUT = new SheetLayout("exchange-postings",
			SheetColumn.required("plan_year", "计划年度", "Plan year", "2026", "年度"),
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码"),
			SheetColumn.required("host_code", "接收学校代码", "Host school code", "3607210001", "接收学校", "交流学校代码"),
			SheetColumn.choice("kind", "交流形式", "Kind", "支教", ExchangeKind.class, true, "形式", "类别"),
			SheetColumn.required("start_on", "开始日期", "Start", "2026-09-01", "交流开始日期"),
			SheetColumn.required("return_on", "返回日期", "Return", "2027-08-31", "交流结束日期", "结束日期"));

	private static final ImportSummary SUMMARY = new ImportSummary("exchange.import.summary", List.of("added"));

	private final ExchangeManagement exchange;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	ExchangeImport(ExchangeManagement exchange, StaffManagement staff, OrgManagement org, AuditManagement audit,
			TransactionTemplate tx) {
		this.exchange = exchange;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(Integer year, String idNumber, String hostCode, ExchangeKind kind, LocalDate startOn,
			LocalDate returnOn) {
	}

	/**
	 * The whole months from the start to the return, a part month counted; {@code null}
	 * when the return is not after the start.
	 */
	static Integer months(LocalDate start, LocalDate back) {
		if (start == null || back == null || !back.isAfter(start)) {
			return null;
		}
		long months = ChronoUnit.MONTHS.between(start, back);
		if (start.plusMonths(months).isBefore(back)) {
			months++;
		}
		return (int) Math.min(months, 10_000);
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
			String id = row.text("id_number");
			String host = row.text("host_code");
			return new Line(row.integer("plan_year"), id == null ? null : id.strip().toUpperCase(Locale.ROOT),
					host == null ? null : host.strip(), row.choice("kind", ExchangeKind.class), row.date("start_on"),
					row.date("return_on"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "exchange.import.duplicateInFile");
				Map<Integer, Optional<PlanView>> plans = new HashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					Integer months = months(l.startOn(), l.returnOn());
					if (months == null) {
						context.error(e.row(), "return_on", "exchange.import.returnBeforeStart", l.returnOn(),
								l.startOn());
						continue;
					}
					Optional<PlanView> plan = plans.computeIfAbsent(l.year(), y -> exchange.planOf(scope, y));
					if (plan.isEmpty()) {
						context.error(e.row(), "plan_year", "exchange.import.noPlan", l.year());
						continue;
					}
					Optional<StaffView> person = staff.byIdNumber(scope, l.idNumber());
					if (person.isEmpty()) {
						context.error(e.row(), "id_number", "exchange.import.person.unknown", l.idNumber());
						continue;
					}
					Optional<UnitView> host = org.findByCode(scope, l.hostCode());
					if (host.isEmpty()) {
						context.error(e.row(), "host_code", "exchange.import.host.unknown", l.hostCode());
						continue;
					}
					if (!firstRows.admit(e.row(), l.year() + "/" + l.idNumber(), "id_number")) {
						continue;
					}
					if (context.writeRow(e.row(),
							() -> exchange.addPosting(scope, plan.get().id(),
									new Forms.PostingForm(person.get().id(), host.get().id(), l.kind(), months)),
							ExchangeImport::column, "id_number", "exchange.import.person.unknown", l.idNumber())) {
						count[0]++;
					}
				}
			}, audit.importEntry(ExchangeManagement.POSTING));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "staffId" -> "id_number";
			case "toUnitId" -> "host_code";
			case "months" -> "return_on";
			case "kind" -> "kind";
			default -> null;
		};
	}

}
