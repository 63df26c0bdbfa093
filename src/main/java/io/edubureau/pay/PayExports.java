package io.edubureau.pay;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.pay.Views.ExportRow;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A month as the bank's batch file (the columns the bank asks for, in its order) or as
 * the payroll register (工资册: one column per line code and the gross). Amounts are yuan
 * with two decimals, made from fen exactly, or *** without pay:sensitive:read.
 */
@Component
class PayExports {

	/** The columns a bank batch may have. */
	static final List<String> BANK_COLUMNS = List.of("index", "account", "name", "amount", "unit", "month");

	static final String DEFAULT_BANK_COLUMNS = "account,name,amount";

	/** What a masked amount shows. */
	static final String MASK = PayManagement.MASK;

	/** The permission that shows a person's amounts in an export unmasked. */
	static final String SENSITIVE = PayManagement.SENSITIVE;

	private final PayManagement pay;

	private final SheetManagement sheets;

	private final MessageSource messages;

	PayExports(PayManagement pay, SheetManagement sheets, MessageSource messages) {
		this.pay = pay;
		this.sheets = sheets;
		this.messages = messages;
	}

	void write(DataScope scope, String month, String layout, String columns, String format, Locale locale,
			HttpServletResponse response) throws IOException {
		SheetFormat f = SheetFormat.parse(format == null || format.isBlank() ? "xlsx" : format)
			.orElseThrow(() -> new Rejection("format", "sheet.format.unknown", String.valueOf(format)));
		boolean bank = "bank".equals(layout);
		if (!bank && !"register".equals(layout)) {
			throw new Rejection("layout", "pay.export.layout", String.valueOf(layout));
		}
		List<String> bankColumns = Arrays
			.stream((columns == null || columns.isBlank() ? DEFAULT_BANK_COLUMNS : columns).split(","))
			.map(String::strip)
			.toList();
		if (bank) {
			for (String c : bankColumns) {
				if (!BANK_COLUMNS.contains(c)) {
					throw new Rejection("columns", "pay.export.column", c, String.join(",", BANK_COLUMNS));
				}
			}
		}
		PayManagement.parseMonth(month);
		boolean reveal = revealsPay();
		List<ExportRow> rows = pay.export(scope, month, layout, !reveal);
		Map<Long, String> units = pay.unitNames(rows.stream().map(ExportRow::unitId).distinct().toList());
		String base = (bank ? "pay-bank-" : "pay-register-") + month;
		if (bank) {
			List<String> headers = bankColumns.stream().map(c -> text("pay.export.column." + c, locale)).toList();
			sheets.write(sheets.download(response, f, base), f, base, headers, w -> {
				int i = 0;
				for (ExportRow r : rows) {
					i++;
					List<Object> cells = new ArrayList<>();
					for (String c : bankColumns) {
						cells.add(switch (c) {
							case "index" -> i;
							case "account" -> r.bankAccount() == null ? "" : r.bankAccount();
							case "name" -> r.name();
							case "amount" -> reveal ? PayCalculator.yuan(r.grossFen()) : MASK;
							case "unit" -> units.getOrDefault(r.unitId(), "");
							default -> month;
						});
					}
					w.row(cells);
				}
			});
			return;
		}
		List<String> headers = new ArrayList<>();
		headers.add(text("pay.export.column.unit", locale));
		headers.add(text("pay.export.column.name", locale));
		for (PayLineCode c : PayLineCode.values()) {
			headers.add(text("enum.PayLineCode." + c.name(), locale));
		}
		headers.add(text("pay.export.column.gross", locale));
		sheets.write(sheets.download(response, f, base), f, base, headers, w -> {
			for (ExportRow r : rows) {
				List<Object> cells = new ArrayList<>();
				cells.add(units.getOrDefault(r.unitId(), ""));
				cells.add(r.name());
				for (PayLineCode c : PayLineCode.values()) {
					Long fen = r.amounts().get(c);
					cells.add(fen == null ? "" : reveal ? BigDecimal.valueOf(fen, 2) : MASK);
				}
				cells.add(reveal ? BigDecimal.valueOf(r.grossFen(), 2) : MASK);
				w.row(cells);
			}
		});
	}

	/**
	 * A reward plan as a sheet (for the school's notice and the bureau's file): each
	 * person's grade, weight and share in yuan; one EXPORT entry.
	 */
	void writeReward(DataScope scope, long planId, String format, Locale locale, HttpServletResponse response,
			PayRewards rewards) throws IOException {
		SheetFormat f = SheetFormat.parse(format == null || format.isBlank() ? "xlsx" : format)
			.orElseThrow(() -> new Rejection("format", "sheet.format.unknown", String.valueOf(format)));
		Views.RewardPlanDetail d = rewards.export(scope, planId);
		String base = "pay-reward-" + d.plan().year() + "-" + d.plan().unitId();
		List<String> headers = List.of(text("pay.month.unit", locale), text("pay.month.name", locale),
				text("pay.reward.appraisal", locale), text("pay.reward.weight", locale),
				text("pay.reward.amount", locale), text("pay.slip.reason", locale));
		sheets.write(sheets.download(response, f, base), f, base, headers, w -> {
			for (Views.RewardShareView s : d.shares()) {
				w.row(List.of(d.plan().unitName(), s.name(),
						s.appraisal() == null ? text("pay.reward.notAppraised", locale)
								: text("enum.AppraisalResult." + s.appraisal().name(), locale),
						PayCalculator.percent(s.weightBp()) + "%", BigDecimal.valueOf(s.amountFen(), 2),
						String.join("；", s.reasons().stream().map(r -> r.words(messages, locale, false)).toList())));
			}
		});
	}

	/**
	 * A back-pay batch as a sheet with Chinese headings: each difference in yuan with its
	 * reasons; one EXPORT entry.
	 */
	void writeBackPay(DataScope scope, long id, String format, Locale locale, HttpServletResponse response,
			PayBackPays backPays) throws IOException {
		SheetFormat f = SheetFormat.parse(format == null || format.isBlank() ? "xlsx" : format)
			.orElseThrow(() -> new Rejection("format", "sheet.format.unknown", String.valueOf(format)));
		boolean reveal = revealsPay();
		Views.BackPayDetail d = backPays.export(scope, id, !reveal);
		String base = "pay-back-" + d.batch().fromMonth() + "-" + d.batch().id();
		List<String> headers = List.of(text("pay.month.name", locale), text("pay.back.month", locale),
				text("pay.back.code", locale), text("pay.back.paid", locale), text("pay.back.due", locale),
				text("pay.back.difference", locale), text("pay.slip.reason", locale));
		sheets.write(sheets.download(response, f, base), f, base, headers, w -> {
			for (Views.BackPayLineView l : d.lines()) {
				if (!reveal) {
					w.row(List.of(l.name(), l.month(), text("enum.PayLineCode." + l.code().name(), locale), MASK, MASK,
							MASK, MASK));
					continue;
				}
				w.row(List.of(l.name(), l.month(), text("enum.PayLineCode." + l.code().name(), locale),
						BigDecimal.valueOf(l.paidFen(), 2), BigDecimal.valueOf(l.dueFen(), 2),
						BigDecimal.valueOf(l.differenceFen(), 2),
						String.join("；", l.reasons().stream().map(r -> r.words(messages, locale, false)).toList())));
			}
		});
	}

	/**
	 * The annual salary report as a sheet: one row per unit, then the total, then the
	 * months not locked; amounts in yuan; one EXPORT entry.
	 */
	void writeAnnual(DataScope scope, int year, Long unitId, String format, Locale locale, HttpServletResponse response,
			PayAnnualReports annual) throws IOException {
		SheetFormat f = SheetFormat.parse(format == null || format.isBlank() ? "xlsx" : format)
			.orElseThrow(() -> new Rejection("format", "sheet.format.unknown", String.valueOf(format)));
		Views.AnnualReport r = annual.export(scope, year, unitId);
		String base = "pay-annual-" + year;
		List<String> headers = new ArrayList<>();
		headers.add(text("pay.month.unit", locale));
		headers.add(text("pay.annual.people", locale));
		headers.add(text("pay.annual.personMonths", locale));
		r.total().byEmployment().keySet().forEach(k -> headers.add(text(employmentLabel(k), locale)));
		r.total().byPostCategory().keySet().forEach(k -> headers.add(text(categoryLabel(k), locale)));
		r.total().componentsFen().keySet().forEach(k -> headers.add(text("pay.annual.component." + k, locale)));
		headers.add(text("pay.annual.gross", locale));
		headers.add(text("pay.annual.average", locale));
		sheets.write(sheets.download(response, f, base), f, base, headers, w -> {
			for (Views.AnnualRow row : r.units()) {
				w.row(annualCells(row.unitName(), row));
			}
			w.row(annualCells(text("pay.annual.total", locale), r.total()));
			if (!r.missing().isEmpty()) {
				w.row(List.of(text("pay.annual.missing", locale), String.join("、",
						r.missing().stream().map(m -> m.month() + " " + m.ownerName()).distinct().toList())));
			}
		});
	}

	static String employmentLabel(String key) {
		return PayAnnualReports.UNKNOWN.equals(key) ? "pay.annual.unknown" : "enum.EmploymentType." + key;
	}

	static String categoryLabel(String key) {
		return PayAnnualReports.UNKNOWN.equals(key) ? "pay.annual.unknown" : "enum.PostCategory." + key;
	}

	private static List<Object> annualCells(String name, Views.AnnualRow row) {
		List<Object> cells = new ArrayList<>();
		cells.add(name);
		cells.add(row.people());
		cells.add(row.personMonths());
		cells.addAll(row.byEmployment().values());
		cells.addAll(row.byPostCategory().values());
		row.componentsFen().values().forEach(v -> cells.add(BigDecimal.valueOf(v, 2)));
		cells.add(BigDecimal.valueOf(row.grossFen(), 2));
		cells.add(row.averageFen() == null ? "" : BigDecimal.valueOf(row.averageFen(), 2));
		return cells;
	}

	// Whether the signed-in user may see each person's amounts in an export.
	static boolean revealsPay() {
		return PayManagement.revealsPay();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

}
