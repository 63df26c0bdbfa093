package io.edubureau.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/** Streams the first worksheet of an .xlsx with fastexcel-reader. */
final class XlsxRowSource implements RowSource {

	// A real xlsx inflates 5-30 times; past 100 times (and some megabytes) it is a bomb.
	static final int MAX_RATIO = 100;

	static final long MIN_INFLATED_ALLOWANCE = 16L * 1024 * 1024;

	private static final int MAX_ENTRIES = 10_000;

	private final ReadableWorkbook workbook;

	private final Stream<Row> stream;

	private final Iterator<Row> rows;

	private XlsxRowSource(ReadableWorkbook workbook, Stream<Row> stream) {
		this.workbook = workbook;
		this.stream = stream;
		this.rows = stream.iterator();
	}

	static XlsxRowSource open(Path file, long maxInflatedBytes) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8);
		}
		if (head.length == 8 && ReadableWorkbook.isOLE2Header(head)) {
			throw SheetFailure.file("sheet.file.oldXls");
		}
		if (head.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
			throw SheetFailure.file("sheet.file.notXlsx");
		}
		long allowance = Math.min(maxInflatedBytes, Math.max(MIN_INFLATED_ALLOWANCE, Files.size(file) * MAX_RATIO));
		checkInflation(file, allowance);
		ReadableWorkbook workbook = null;
		try {
			workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true));
			return new XlsxRowSource(workbook, workbook.getFirstSheet().openStream());
		}
		catch (IOException | RuntimeException ex) {
			if (workbook != null) {
				workbook.close();
			}
			throw SheetFailure.file("sheet.file.notXlsx");
		}
	}

	/**
	 * Inflates every entry once, counting the bytes that really come out (declared sizes
	 * can lie), and stops at the allowance: a zip bomb never reaches the XML parser.
	 */
	static void checkInflation(Path file, long allowance) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			int count = 0;
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (++count > MAX_ENTRIES) {
					throw SheetFailure.file("sheet.file.zipBomb");
				}
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > allowance) {
							throw SheetFailure.file("sheet.file.zipBomb");
						}
					}
				}
			}
		}
		catch (ZipException ex) {
			throw SheetFailure.file("sheet.file.notXlsx");
		}
	}

	@Override
	public RawRow next() {
		try {
			if (!rows.hasNext()) {
				return null;
			}
			Row row = rows.next();
			List<SheetCell> cells = new ArrayList<>(row.getCellCount());
			for (int i = 0; i < row.getCellCount(); i++) {
				cells.add(row.getOptionalCell(i).map(this::cell).orElse(SheetCell.BLANK));
			}
			return new RawRow(row.getRowNum(), cells);
		}
		catch (UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException ex) {
			throw SheetFailure.file("sheet.file.unreadable");
		}
	}

	private SheetCell cell(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> number(cell, cell.asNumber());
			case BOOLEAN -> SheetCell.text(Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE");
			case STRING -> SheetCell.text(RowSource.unescape(strip(cell.asString())));
			case FORMULA -> formula(cell);
			case ERROR -> SheetCell.text(strip(cell.getRawValue()));
			case EMPTY -> SheetCell.BLANK;
		};
	}

	private SheetCell formula(Cell cell) {
		String raw = strip(cell.getRawValue());
		try {
			return number(cell, new BigDecimal(raw));
		}
		catch (NumberFormatException ex) {
			return SheetCell.text(raw);
		}
	}

	private SheetCell number(Cell cell, BigDecimal value) {
		if (value == null) {
			return SheetCell.BLANK;
		}
		LocalDate date = serialDate(value, workbook.isDate1904());
		if (date != null && isDateFormat(cell)) {
			return new SheetCell(date.toString(), value, date);
		}
		return new SheetCell(plain(value), value, date);
	}

	static String plain(BigDecimal value) {
		return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
	}

	/**
	 * The day an Excel serial number stands for, or {@code null} outside Excel's range.
	 */
	static LocalDate serialDate(BigDecimal value, boolean date1904) {
		if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
			return null;
		}
		long days = value.longValue();
		if (date1904) {
			return LocalDate.of(1904, 1, 1).plusDays(days);
		}
		// Excel counts a 29 February 1900 that never was: serials from 61 on are one
		// ahead.
		return days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
	}

	private static boolean isDateFormat(Cell cell) {
		Integer id = cell.getDataFormatId();
		if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
				|| (id >= 50 && id <= 58))) {
			return true;
		}
		String format = cell.getDataFormatString();
		if (format == null) {
			return false;
		}
		String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
		return bare.contains("y") || bare.contains("d");
	}

	private static String strip(String s) {
		return s == null ? "" : SheetText.strip(s);
	}

	@Override
	public void close() throws IOException {
		stream.close();
		workbook.close();
	}

}
