package io.edubureau.facilities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports payments of the public operating funds (公用经费拨付), one row per payment, each
 * through {@link OperatingFunds#disburse} as the form: rows are paid in file order, so a
 * later row sees what the earlier ones left of the allocation. All rows are checked and
 * written in one transaction; any error, or a dry run, rolls the file back.
 */
@Component
class FundsImport {

	static final SheetLayout LAYOUT = new SheetLayout("facilities-fund-payments",
			SheetColumn.required("unit_code", "学校代码", "School code", "3607210001", "单位代码", "单位编码"),
			SheetColumn.required("paid_on", "拨付日期", "Paid on", "2026-03-15", "日期", "支付日期"),
			SheetColumn.required("amount", "金额（元）", "Amount (yuan)", "120000.00", "金额", "拨付金额"),
			SheetColumn.optional("purpose", "用途", "Purpose", "春季学期公用经费", "摘要", "说明"),
			SheetColumn.optional("fund_year", "经费年度", "Fund year", "2026", "年度"));

	private static final ImportSummary SUMMARY = new ImportSummary("facilities.fundImport.summary",
			List.of("payments"));

	private final OperatingFunds funds;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	FundsImport(OperatingFunds funds, OrgManagement org, AuditManagement audit, TransactionTemplate tx) {
		this.funds = funds;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file; money already in fen, the year by default the day's. */
	record Line(String unitCode, LocalDate paidOn, Long amountFen, String purpose, Integer year) {
	}

	/** Yuan with at most two decimals, in fen; {@code null} if not such an amount. */
	static Long fen(String yuan) {
		try {
			return new BigDecimal(yuan.strip().replace(",", "").replace("，", "")).movePointRight(2).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			return null;
		}
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
			Long fen = null;
			String value = row.text("amount");
			if (value == null) {
				row.error("amount", "facilities.required");
			}
			else {
				fen = fen(value);
				if (fen == null) {
					row.error("amount", "facilities.money.invalid");
				}
			}
			LocalDate paidOn = row.date("paid_on");
			Integer year = row.integer("fund_year");
			if (year == null && paidOn != null) {
				year = paidOn.getYear();
			}
			return new Line(row.text("unit_code"), paidOn, fen, row.text("purpose"), year);
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					if (l.unitCode() == null) {
						context.error(e.row(), "unit_code", "facilities.required");
						continue;
					}
					Optional<UnitView> unit = org.findByCode(scope, l.unitCode());
					if (unit.isEmpty()) {
						context.error(e.row(), "unit_code", "facilities.import.unit.unknown", l.unitCode());
						continue;
					}
					if (context.writeRow(e.row(),
							() -> funds.disburse(scope,
									new OperatingFunds.DisbursementForm(unit.get().id(), l.year(), l.paidOn(),
											l.amountFen(), l.purpose())),
							FundsImport::column, "unit_code", "facilities.import.unit.unknown", l.unitCode())) {
						count[0]++;
					}
				}
			}, audit.importEntry(OperatingFunds.ENTITY));
			return context.hasErrors() ? 0 : count[0];
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "unitId" -> "unit_code";
			case "paidOn" -> "paid_on";
			case "amountFen" -> "amount";
			case "note" -> "purpose";
			case "year" -> "fund_year";
			default -> null;
		};
	}

}
