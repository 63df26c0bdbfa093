package io.edubureau.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Real files for import tests, written the way Excel and people write them. */
public final class SheetFiles {

	private SheetFiles() {
	}

	public static byte[] csv(Charset charset, boolean bom, String... lines) {
		String text = String.join("\r\n", lines) + "\r\n";
		byte[] body = text.getBytes(charset);
		if (!bom) {
			return body;
		}
		byte[] out = new byte[body.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(body, 0, out, 3, body.length);
		return out;
	}

	/**
	 * An .xlsx written by fastexcel: strings as text, numbers as number cells, dates as
	 * real Excel date cells.
	 */
	public static byte[] xlsx(List<List<Object>> rows) throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		Workbook wb = new Workbook(out, "test", "1.0");
		Worksheet ws = wb.newWorksheet("Sheet1");
		for (int r = 0; r < rows.size(); r++) {
			List<Object> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				Object v = row.get(c);
				if (v instanceof LocalDate d) {
					ws.value(r, c, d);
					ws.style(r, c).format("yyyy/m/d").set();
				}
				else if (v instanceof Number n) {
					ws.value(r, c, n);
				}
				else if (v instanceof Boolean b) {
					ws.value(r, c, b);
				}
				else if (v != null) {
					ws.value(r, c, v.toString());
				}
			}
		}
		wb.finish();
		return out.toByteArray();
	}

	/**
	 * A zip named like a workbook whose sheet inflates to {@code inflatedBytes} of spaces
	 * from a few hundred kilobytes.
	 */
	public static Path zipBomb(long inflatedBytes) throws IOException {
		Path file = Files.createTempFile("bomb-", ".xlsx");
		try (OutputStream fileOut = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(fileOut)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types/>".getBytes());
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (long written = 0; written < inflatedBytes; written += spaces.length) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		return file;
	}

}
