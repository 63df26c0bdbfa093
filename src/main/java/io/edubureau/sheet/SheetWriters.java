package io.edubureau.sheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The two sheet writers. Both stream: an .xlsx flushes its rows every few hundred, a CSV
 * goes straight out.
 */
final class SheetWriters {

	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private SheetWriters() {
	}

	/**
	 * Whether a spreadsheet would take text starting with this character as a formula.
	 */
	static boolean isFormulaStart(char c) {
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

	/**
	 * Text with a leading quote when a spreadsheet would otherwise run it as a formula.
	 */
	static String safe(String text) {
		return !text.isEmpty() && isFormulaStart(text.charAt(0)) ? "'" + text : text;
	}

	static void write(OutputStream out, SheetFormat format, String sheetName, List<String> headers,
			SheetWriter.Body body) throws IOException {
		write(out, format, sheetName, headers, body, Map.of(), 0);
	}

	/**
	 * As {@link #write}, with drop-downs (column index → allowed values) on the data rows
	 * up to {@code lastRow} of an .xlsx; a CSV has none.
	 */
	static void write(OutputStream out, SheetFormat format, String sheetName, List<String> headers,
			SheetWriter.Body body, Map<Integer, List<String>> dropDowns, int lastRow) throws IOException {
		switch (format) {
			case XLSX -> xlsx(out, sheetName, headers, body, dropDowns, lastRow);
			case CSV -> csv(out, headers, body);
		}
	}

	/** The last row index an .xlsx sheet has. */
	static final int LAST_XLSX_ROW = 1_048_575;

	private static void xlsx(OutputStream out, String sheetName, List<String> headers, SheetWriter.Body body,
			Map<Integer, List<String>> dropDowns, int lastRow) throws IOException {
		Workbook workbook = new Workbook(out, "EduBureau", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		Xlsx writer = new Xlsx(sheet);
		for (int c = 0; c < headers.size(); c++) {
			sheet.width(c, 18);
		}
		writer.row(headers);
		sheet.range(0, 0, 0, Math.max(headers.size() - 1, 0)).style().bold().set();
		sheet.freezePane(0, 1);
		body.write(writer);
		for (Map.Entry<Integer, List<String>> d : dropDowns.entrySet()) {
			// An inline list is quoted and comma-separated, so a label loses commas and
			// quotes.
			List<String> values = d.getValue().stream().map(v -> v.replace(",", " ").replace("\"", "")).toList();
			sheet.range(1, d.getKey(), Math.max(lastRow, 1), d.getKey())
				.validateWithListByFormula("\"" + String.join(",", values) + "\"");
		}
		workbook.finish();
	}

	private static void csv(OutputStream out, List<String> headers, SheetWriter.Body body) throws IOException {
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
		// A BOM, so Excel opens the Chinese text as UTF-8.
		w.write('\uFEFF');
		Csv writer = new Csv(w);
		writer.row(headers);
		body.write(writer);
		w.flush();
	}

	static final class Xlsx implements SheetWriter {

		private final Worksheet sheet;

		private int row;

		Xlsx(Worksheet sheet) {
			this.sheet = sheet;
		}

		@Override
		public void row(List<?> values) throws IOException {
			for (int c = 0; c < values.size(); c++) {
				Object v = values.get(c);
				if (v == null) {
					continue;
				}
				if (v instanceof Number n) {
					sheet.value(row, c, n);
				}
				else if (v instanceof Boolean b) {
					sheet.value(row, c, b);
				}
				else if (v instanceof LocalDate d) {
					sheet.value(row, c, d);
					sheet.style(row, c).format("yyyy-mm-dd").set();
				}
				else if (v instanceof LocalDateTime t) {
					sheet.value(row, c, t);
					sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
				}
				else if (v instanceof Instant i) {
					sheet.value(row, c, LocalDateTime.ofInstant(i, ZoneId.systemDefault()));
					sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
				}
				else {
					String text = v instanceof Enum<?> e ? e.name() : v.toString();
					if (!text.isEmpty()) {
						// Inline strings keep memory flat, and text is never a formula.
						sheet.inlineString(row, c, safe(text));
					}
				}
			}
			row++;
			if (row % 500 == 0) {
				sheet.flush();
			}
		}

	}

	static final class Csv implements SheetWriter {

		private final Writer out;

		Csv(Writer out) {
			this.out = out;
		}

		@Override
		public void row(List<?> values) throws IOException {
			for (int c = 0; c < values.size(); c++) {
				if (c > 0) {
					out.write(',');
				}
				out.write(quote(text(values.get(c))));
			}
			out.write("\r\n");
		}

		private static String text(Object v) {
			if (v == null) {
				return "";
			}
			if (v instanceof BigDecimal d) {
				return d.toPlainString();
			}
			if (v instanceof Number || v instanceof Boolean || v instanceof LocalDate) {
				return v.toString();
			}
			if (v instanceof LocalDateTime t) {
				return DATE_TIME.format(t);
			}
			if (v instanceof Instant i) {
				return DATE_TIME.format(LocalDateTime.ofInstant(i, ZoneId.systemDefault()));
			}
			return safe(v instanceof Enum<?> e ? e.name() : v.toString());
		}

		private static String quote(String s) {
			boolean needs = false;
			for (int i = 0; i < s.length() && !needs; i++) {
				char c = s.charAt(i);
				needs = c == ',' || c == '"' || c == '\n' || c == '\r';
			}
			return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
		}

	}

}
