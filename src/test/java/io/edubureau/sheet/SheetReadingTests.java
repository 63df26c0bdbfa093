package io.edubureau.sheet;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.edubureau.org.Locality;
import io.edubureau.org.Stage;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading and writing sheets without the application: real files in every encoding and
 * shape people send, and every way a file can be refused.
 */
class SheetReadingTests {

	static final SheetLayout LAYOUT = new SheetLayout("things",
			SheetColumn.required("code", "代码", "Code", "0001", "编号"), SheetColumn.required("name", "名称", "Name", "示例"),
			SheetColumn.optional("stages", "学段", "Stages", null),
			SheetColumn.optional("locality", "城乡类型", "Locality", null),
			SheetColumn.optional("founded", "建校日期", "Founded", null),
			SheetColumn.optional("count", "人数", "Count", null),
			SheetColumn.optional("boarding", "寄宿制", "Boarding", null));

	@TempDir
	Path dir;

	final SheetManagement sheets = sheets(
			new SheetProperties(52428800, 250000, 1L << 30, Duration.ofHours(1), Duration.ofMinutes(1)));

	@AfterEach
	void stop() {
		sheets.destroy();
	}

	static SheetManagement sheets(SheetProperties limits) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/platform", "messages/sheet");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new SheetManagement(limits, messages);
	}

	record Thing(String code, String name, Set<Stage> stages, Locality locality, LocalDate founded, Integer count,
			Boolean boarding) {
	}

	/** Collects what it reads; writes nothing. */
	static final class Things implements SheetImport<Thing> {

		final List<SheetEntry<Thing>> read = new ArrayList<>();

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Thing read(SheetRow row) {
			return new Thing(row.text("code"), row.text("name"), row.choices("stages", Stage.class),
					row.choice("locality", Locality.class), row.date("founded"), row.integer("count"),
					row.bool("boarding"));
		}

		@Override
		public int write(List<SheetEntry<Thing>> entries, ImportContext context) {
			read.addAll(entries);
			return entries.size();
		}

	}

	ImportResult read(String filename, byte[] content, Things things) throws IOException {
		Path file = dir.resolve(filename);
		Files.write(file, content);
		return sheets.importFile(file, filename, things, false, Locale.ENGLISH, ImportContext.Progress.NONE);
	}

	ImportResult read(String filename, byte[] content) throws IOException {
		return read(filename, content, new Things());
	}

	@Test
	void gbkCsvWithChineseHeadersAndLabels() throws IOException {
		Things things = new Things();
		ImportResult result = read("gbk.csv", SheetFiles.csv(Charset.forName("GBK"), false,
				" 编号 ,名称,学段,城乡类型,建校日期,人数,寄宿制", "0001,城关小学,小学、初中,乡村,2001/9/1,1200,是"), things);
		assertThat(result.errors()).isEmpty();
		Thing t = things.read.get(0).value();
		assertThat(t).isEqualTo(new Thing("0001", "城关小学", Set.of(Stage.PRIMARY, Stage.JUNIOR), Locality.RURAL,
				LocalDate.of(2001, 9, 1), 1200, true));
		assertThat(things.read.get(0).row()).isEqualTo(2);
	}

	@Test
	void utf8CsvWithBomAndEnglishHeadersInAnyCase() throws IOException {
		Things things = new Things();
		ImportResult result = read("bom.csv", SheetFiles.csv(StandardCharsets.UTF_8, true,
				"CODE,\u3000Name\u3000,stages,LOCALITY,founded,count,boarding",
				"0002,\"南塘,中学\",JUNIOR|senior,town,2010.3.15,7,0", "", "0003,西岭小学,PRIMARY,URBAN,2020-02-29,,false"),
				things);
		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).isEqualTo(2);
		assertThat(things.read.get(0).value()).isEqualTo(new Thing("0002", "南塘,中学", Set.of(Stage.JUNIOR, Stage.SENIOR),
				Locality.TOWN, LocalDate.of(2010, 3, 15), 7, false));
		// The blank line still counts as a row, as Excel shows it.
		assertThat(things.read.get(1).row()).isEqualTo(4);
	}

	@Test
	void utf8WithoutBomIsNotTakenForGbk() throws IOException {
		Things things = new Things();
		read("plain.csv", SheetFiles.csv(StandardCharsets.UTF_8, false, "代码,名称", "0004,实验幼儿园"), things);
		assertThat(things.read.get(0).value().name()).isEqualTo("实验幼儿园");
	}

	@Test
	void excelDateCellsSerialNumbersAndNumberCells() throws IOException {
		Things things = new Things();
		ImportResult result = read("dates.xlsx",
				SheetFiles.xlsx(List.of(List.of("代码", "名称", "建校日期", "人数"),
						List.of(3607210001L, "甲校", LocalDate.of(1985, 9, 1), 12), List.of("0002", "乙校", 36770, 13.0),
						List.of("0003", "丙校", "1999年10月1日", "14"))),
				things);
		assertThat(result.errors()).isEmpty();
		assertThat(things.read).extracting(e -> e.value().founded())
			.containsExactly(LocalDate.of(1985, 9, 1), LocalDate.of(2000, 9, 1), LocalDate.of(1999, 10, 1));
		assertThat(things.read.get(0).value().code()).isEqualTo("3607210001");
		assertThat(things.read).extracting(e -> e.value().count()).containsExactly(12, 13, 14);
		assertThat(things.read).extracting(SheetEntry::row).containsExactly(2, 3, 4);
	}

	@Test
	void malformedCellsNameRowAndColumn() throws IOException {
		ImportResult result = read("bad.csv",
				SheetFiles.csv(StandardCharsets.UTF_8, false, "code,name,stages,locality,founded,count,boarding",
						"0001,a,PRIMARY|大学,MARS,2021-02-30,12.5,maybe", "0002,b,,,,abc,"));
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).extracting(RowError::row, RowError::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "stages"),
					org.assertj.core.groups.Tuple.tuple(2, "locality"),
					org.assertj.core.groups.Tuple.tuple(2, "founded"), org.assertj.core.groups.Tuple.tuple(2, "count"),
					org.assertj.core.groups.Tuple.tuple(2, "boarding"),
					org.assertj.core.groups.Tuple.tuple(3, "count"));
		assertThat(result.errors().get(0).message()).contains("大学").contains("PRIMARY (Primary)");
		assertThat(result.errors().get(1).message()).contains("MARS").contains("URBAN (Urban)");
	}

	@Test
	void missingRequiredColumnIsOneErrorNamingIt() throws IOException {
		ImportResult result = read("header.csv",
				SheetFiles.csv(StandardCharsets.UTF_8, false, "code,remarks", "0001,x"));
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(1);
			assertThat(e.column()).isEqualTo("name");
			assertThat(e.message()).contains("名称").contains("Name");
		});
		assertThat(result.notes()).anyMatch(n -> n.contains("remarks"));
	}

	@Test
	void duplicateHeaderIsRefused() throws IOException {
		ImportResult result = read("twice.csv",
				SheetFiles.csv(StandardCharsets.UTF_8, false, "code,名称,name", "0001,x,y"));
		assertThat(result.errors()).singleElement().extracting(RowError::column).isEqualTo("name");
	}

	@Test
	void templateExampleRowIsSkipped() throws IOException {
		Things things = new Things();
		ImportResult result = read("template.csv",
				SheetFiles.csv(StandardCharsets.UTF_8, false, "代码*,名称*", "0001,示例", "0009,真的"), things);
		assertThat(result.errors()).isEmpty();
		assertThat(things.read).extracting(e -> e.value().code()).containsExactly("0009");
	}

	@Test
	void emptyHeaderOnlyAndUnsupportedFilesAreRefused() throws IOException {
		assertFileError(read("empty.csv", new byte[0]), "empty");
		assertFileError(read("blank.csv", "\r\n\r\n".getBytes()), "empty");
		assertFileError(read("header.csv", "code,name\r\n".getBytes()), "no data rows");
		assertFileError(read("units.xls", "whatever".getBytes()), ".xlsx or .csv");
		assertFileError(read("units.txt", "code,name\n1,a".getBytes()), ".xlsx or .csv");
		assertFileError(read("noextension", "code,name\n1,a".getBytes()), ".xlsx or .csv");
	}

	@Test
	void fileThatIsNotWhatItsExtensionSaysIsRefused() throws IOException {
		assertFileError(read("fake.xlsx", "code,name\n1,a\n".getBytes()), "not a valid .xlsx");
		assertFileError(read("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 }),
				"not a valid .xlsx");
		assertFileError(read("old.xlsx", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
				(byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 }), ".xls");
		assertFileError(read("nul.csv", "code,name\n1,a\0b\n".getBytes()), "binary");
		byte[] png = new byte[256];
		for (int i = 0; i < png.length; i++) {
			png[i] = (byte) (i % 32);
		}
		png[0] = (byte) 0x89;
		assertFileError(read("image.csv", png), "binary");
		byte[] workbook = SheetFiles.xlsx(List.of(List.of("code", "name"), List.of("1", "a")));
		assertFileError(read("workbook.csv", workbook), "Excel workbook");
	}

	@Test
	void zipBombIsStoppedWhileInflating() throws IOException {
		Path bomb = SheetFiles.zipBomb(200L * 1024 * 1024);
		assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
		long start = System.nanoTime();
		ImportResult result = sheets.importFile(bomb, "bomb.xlsx", new Things(), false, Locale.ENGLISH,
				ImportContext.Progress.NONE);
		assertFileError(result, "unpacks to far more data");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
		Files.delete(bomb);
	}

	@Test
	void rowLimitStopsReadingAtOnce() throws IOException {
		SheetManagement small = sheets(
				new SheetProperties(52428800, 10, 1L << 30, Duration.ofHours(1), Duration.ofMinutes(1)));
		try {
			StringBuilder csv = new StringBuilder("code,name\n");
			for (int i = 0; i < 100; i++) {
				csv.append(i).append(",n\n");
			}
			Path file = dir.resolve("many.csv");
			Files.writeString(file, csv);
			Things things = new Things();
			ImportResult result = small.importFile(file, "many.csv", things, false, Locale.ENGLISH,
					ImportContext.Progress.NONE);
			assertThat(result.errors()).singleElement().satisfies(e -> {
				assertThat(e.row()).isEqualTo(12);
				assertThat(e.message()).contains("more than 10 data rows");
			});
			assertThat(things.read).isEmpty();
		}
		finally {
			small.destroy();
		}
	}

	@Test
	void formulaInjectionIsEscapedInCsvAndXlsx() throws IOException {
		List<String> evil = List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "plain");
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		sheets.write(csv, SheetFormat.CSV, "t", List.of("a", "b", "c", "d", "e", "f"), w -> w.row(evil));
		String text = new String(csv.toByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		assertThat(text.lines().skip(1).findFirst().orElseThrow())
			.isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1,'-2+3,'@SUM(A1),'\tTAB,plain");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		sheets.write(xlsx, SheetFormat.XLSX, "t", List.of("a", "b", "c", "d", "e", "f"), w -> w.row(evil));
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			Row row = wb.getFirstSheet().read().get(1);
			for (int i = 0; i < evil.size(); i++) {
				assertThat(row.getCell(i).getType()).isEqualTo(CellType.STRING);
				assertThat(row.getCell(i).getFormula()).isNull();
			}
			assertThat(row.getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
			assertThat(row.getCellText(5)).isEqualTo("plain");
		}

		// Reading our own export back gives the original text.
		Things things = new Things();
		read("back.csv", SheetFiles.csv(StandardCharsets.UTF_8, false, "code,name", "'-1,'=1+2"), things);
		assertThat(things.read.get(0).value()).extracting(Thing::code, Thing::name).containsExactly("-1", "=1+2");
	}

	@Test
	void templateHasHeadersAndExampleInBothLanguages() throws IOException {
		ByteArrayOutputStream zh = new ByteArrayOutputStream();
		sheets.writeTemplate(zh, LAYOUT, SheetFormat.CSV, Locale.SIMPLIFIED_CHINESE);
		assertThat(new String(zh.toByteArray(), StandardCharsets.UTF_8))
			.startsWith("\uFEFF代码*,名称*,学段,城乡类型,建校日期,人数,寄宿制\r\n0001,示例,");
		ByteArrayOutputStream en = new ByteArrayOutputStream();
		sheets.writeTemplate(en, LAYOUT, SheetFormat.XLSX, Locale.ENGLISH);
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(en.toByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Code*");
			assertThat(rows.get(1).getCellText(1)).isEqualTo("示例");
		}
	}

	/** Writes a big CSV line by line, never holding it in memory. */
	static Path bigCsv(Path dir, int rows) throws IOException {
		Path file = dir.resolve("million.csv");
		try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			w.write("code,name\n");
			for (int i = 0; i < rows; i++) {
				w.write(String.format("%010d,单位%d%n", i, i));
			}
		}
		return file;
	}

	static void assertFileError(ImportResult result, String text) {
		assertThat(result.imported()).isZero();
		assertThat(result.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isZero();
			assertThat(e.message()).contains(text);
		});
	}

}
