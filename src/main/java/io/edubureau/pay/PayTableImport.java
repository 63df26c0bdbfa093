package io.edubureau.pay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditManagement;
import io.edubureau.pay.Views.RateLine;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports wage tables and allowance rates (the provincial notice, the bureau's allowance
 * table): one row per rate, each dated by its own 执行日期 or the date given with the upload.
 * All rows are checked and written in one transaction; any error, or a dry run, writes
 * nothing.
 */
@Component
class PayTableImport {

	static final SheetLayout LAYOUT = new SheetLayout("pay-rates",
			SheetColumn.choice("kind", "项目", "Item", "岗位工资", PayRateKind.class, true, "工资项目", "类别"),
			SheetColumn.required("code", "等级或类别", "Grade or class", "10", "岗位等级", "薪级", "代码"),
			SheetColumn.required("amount", "标准（元）", "Amount (yuan)", "2380.00", "金额", "标准", "金额（元）"),
			SheetColumn.optional("effective_from", "执行日期", "Effective from", "2026-01-01", "生效日期"),
			SheetColumn.optional("source", "依据文件", "Source", "省人社厅 省财政厅 调整工资标准的通知", "文件"));

	private static final ImportSummary SUMMARY = new ImportSummary("pay.import.summary", List.of("rates"));

	private final PayManagement pay;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	PayTableImport(PayManagement pay, AuditManagement audit, MessageSource messages, TransactionTemplate tx) {
		this.pay = pay;
		this.audit = audit;
		this.messages = messages;
		this.tx = tx;
	}

	/** A run whose rows without a date take {@code effectiveFrom} (may be null). */
	SheetImport<Line> run(LocalDate effectiveFrom) {
		return new Run(effectiveFrom);
	}

	record Line(PayRateKind kind, String code, Long amountFen, LocalDate effectiveFrom, String source) {
	}

	// A remoteness class by its code or its label in either language.
	private String remoteness(String text) {
		for (Remoteness r : Remoteness.values()) {
			if (r == Remoteness.NONE) {
				continue;
			}
			String key = "enum.Remoteness." + r.name();
			if (text.equalsIgnoreCase(r.name())
					|| text.equals(messages.getMessage(key, null, r.name(), Locale.SIMPLIFIED_CHINESE))
					|| text.equalsIgnoreCase(messages.getMessage(key, null, r.name(), Locale.ENGLISH))) {
				return r.name();
			}
		}
		return text;
	}

	// An appraisal grade by its code or its label in either language (优秀, 合格, 基本合格).
	private String grade(String text) {
		for (String g : List.of("EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT")) {
			String key = "enum.AppraisalResult." + g;
			if (text.equalsIgnoreCase(g) || text.equals(messages.getMessage(key, null, g, Locale.SIMPLIFIED_CHINESE))
					|| text.equalsIgnoreCase(messages.getMessage(key, null, g, Locale.ENGLISH))) {
				return g;
			}
		}
		return text;
	}

	private final class Run implements SheetImport<Line> {

		private final LocalDate effectiveFrom;

		Run(LocalDate effectiveFrom) {
			this.effectiveFrom = effectiveFrom;
		}

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			PayRateKind kind = row.choice("kind", PayRateKind.class);
			String codeText = row.text("code");
			String code = null;
			if (kind != null && codeText != null) {
				String c = codeText.strip().replaceAll("\\.0+$", "");
				c = kind == PayRateKind.RURAL_ALLOWANCE ? remoteness(c) : c;
				c = kind == PayRateKind.REWARD_WEIGHT ? grade(c) : c;
				c = c.equals("全部") || c.equalsIgnoreCase("all") ? PayCalculator.ALL : c;
				if (kind.accepts(c)) {
					code = c;
				}
				else {
					row.error("code", "pay.import.code." + kind.name(), codeText.strip());
				}
			}
			String amountText = row.text("amount");
			Long fen = null;
			if (amountText != null) {
				fen = PayCalculator.fen(amountText).filter(v -> v >= 0).orElse(null);
				if (fen == null) {
					row.error("amount", "pay.import.amount", amountText.strip());
				}
				else if (kind == PayRateKind.PERFORMANCE_BASIC_SHARE && fen > 10_000) {
					row.error("amount", "pay.import.share", amountText.strip());
				}
				else if (kind == PayRateKind.REWARD_WEIGHT && fen > 100_000) {
					row.error("amount", "pay.import.weight", amountText.strip());
				}
			}
			LocalDate from = row.date("effective_from");
			if (from == null && !row.hasErrors() && effectiveFrom == null) {
				row.error("effective_from", "pay.import.effectiveRequired");
			}
			// A share is entered as a percent (70 or 70.00) and kept in basis points.
			return new Line(kind, code, fen, from != null ? from : effectiveFrom, row.text("source"));
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] count = new int[1];
			context.writeAllOrNothing(tx, SUMMARY, count, () -> {
				FirstRows<String> seen = new FirstRows<>(context, "pay.import.duplicate");
				Map<String, List<RateLine>> byDate = new LinkedHashMap<>();
				Map<String, Integer> firstRow = new HashMap<>();
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					String key = l.kind() + "|" + l.code() + "|" + l.effectiveFrom();
					if (!seen.admit(e.row(), key, "code")) {
						continue;
					}
					String source = l.source() == null || l.source().isBlank() ? context.filename()
							: l.source().strip();
					String group = l.effectiveFrom() + "|" + source;
					byDate.computeIfAbsent(group, k -> new ArrayList<>())
						.add(new RateLine(l.kind(), l.code(), l.amountFen()));
					firstRow.putIfAbsent(group, e.row());
				}
				if (context.hasErrors()) {
					return;
				}
				for (Map.Entry<String, List<RateLine>> g : byDate.entrySet()) {
					String[] parts = g.getKey().split("\\|", 2);
					String source = parts[1].length() > 200 ? parts[1].substring(0, 200) : parts[1];
					if (context.writeRow(firstRow.get(g.getKey()),
							() -> pay.addRates(g.getValue(), LocalDate.parse(parts[0]), source),
							field -> "effective_from")) {
						count[0] += g.getValue().size();
					}
				}
			}, audit.importEntry(PayManagement.RATE));
			return context.hasErrors() ? 0 : count[0];
		}

	}

}
