package io.edubureau.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes) in UTF-8,
 * UTF-8 with BOM, UTF-16 with BOM or GBK, separated by commas or tabs.
 */
final class CsvRowSource implements RowSource {

	// Excel's own limits for one cell and one row.
	static final int MAX_CELL_CHARS = 32_767;

	static final int MAX_COLUMNS = 16_384;

	static final Charset GBK = Charset.forName("GB18030");

	private final Reader reader;

	private final char[] buffer = new char[64 * 1024];

	private int position;

	private int limit;

	private char delimiter;

	private int record;

	private boolean ended;

	private CsvRowSource(Reader reader) {
		this.reader = reader;
	}

	static CsvRowSource open(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(8);
		}
		int skip = 0;
		Charset charset;
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			charset = StandardCharsets.UTF_8;
			skip = 3;
			checkBinary(file);
		}
		else if (startsWith(head, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			skip = 2;
		}
		else if (startsWith(head, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			skip = 2;
		}
		else if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
			throw SheetFailure.file("sheet.file.excelAsCsv");
		}
		else {
			charset = checkBinary(file) ? StandardCharsets.UTF_8 : GBK;
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		InputStream in = Files.newInputStream(file);
		in.skipNBytes(skip);
		CsvRowSource source = new CsvRowSource(new InputStreamReader(in, decoder));
		source.detectDelimiter();
		return source;
	}

	private static boolean startsWith(byte[] head, int... bytes) {
		if (head.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((head[i] & 0xFF) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Reads the whole file once: refuses NUL bytes and binary control bytes, and tells
	 * whether it is valid UTF-8 (else it is read as GBK).
	 */
	static boolean checkBinary(Path file) throws IOException {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
		CharBuffer chars = CharBuffer.allocate(64 * 1024);
		boolean valid = true;
		long controls = 0;
		byte[] chunk = new byte[32 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int n;
			while ((n = in.read(chunk)) > 0) {
				for (int i = 0; i < n; i++) {
					int b = chunk[i] & 0xFF;
					if (b == 0) {
						throw SheetFailure.file("sheet.file.binary");
					}
					if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A && ++controls > 16) {
						throw SheetFailure.file("sheet.file.binary");
					}
				}
				if (valid) {
					bytes.put(chunk, 0, n).flip();
					valid = !decode(utf8, bytes, chars, false);
					bytes.compact();
				}
			}
			if (valid) {
				bytes.flip();
				valid = !decode(utf8, bytes, chars, true) && !utf8.flush(chars.clear()).isError();
			}
		}
		return valid;
	}

	// True when the bytes are not valid UTF-8.
	private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
		while (true) {
			chars.clear();
			CoderResult result = decoder.decode(bytes, chars, end);
			if (result.isError()) {
				return true;
			}
			if (result.isUnderflow()) {
				return false;
			}
		}
	}

	private void detectDelimiter() throws IOException {
		fill();
		int commas = 0;
		int tabs = 0;
		for (int i = position; i < limit && buffer[i] != '\n' && buffer[i] != '\r'; i++) {
			if (buffer[i] == ',') {
				commas++;
			}
			else if (buffer[i] == '\t') {
				tabs++;
			}
		}
		delimiter = tabs > commas ? '\t' : ',';
	}

	private boolean fill() throws IOException {
		if (position < limit) {
			return true;
		}
		try {
			int n = reader.read(buffer, 0, buffer.length);
			position = 0;
			limit = Math.max(n, 0);
			return n > 0;
		}
		catch (CharacterCodingException ex) {
			throw new SheetFailure(record + 1, "sheet.file.encoding");
		}
	}

	private int read() throws IOException {
		if (!fill()) {
			return -1;
		}
		char c = buffer[position++];
		if (c == 0) {
			throw SheetFailure.file("sheet.file.binary");
		}
		return c;
	}

	private int peek() throws IOException {
		return fill() ? buffer[position] : -1;
	}

	@Override
	public RawRow next() throws IOException {
		if (ended) {
			return null;
		}
		int number = ++record;
		List<SheetCell> cells = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean inQuotes = false;
		while (true) {
			int c = read();
			if (c == -1) {
				ended = true;
				if (cells.isEmpty() && field.isEmpty() && !quoted) {
					return null;
				}
				cells.add(cell(field));
				return new RawRow(number, cells);
			}
			if (inQuotes) {
				if (c == '"') {
					if (peek() == '"') {
						position++;
						field.append('"');
					}
					else {
						inQuotes = false;
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.isEmpty() && !quoted) {
				inQuotes = true;
				quoted = true;
			}
			else if (c == delimiter) {
				cells.add(cell(field));
				field.setLength(0);
				quoted = false;
				if (cells.size() > MAX_COLUMNS) {
					throw new SheetFailure(number, "sheet.file.tooManyColumns", MAX_COLUMNS);
				}
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && peek() == '\n') {
					position++;
				}
				cells.add(cell(field));
				return new RawRow(number, cells);
			}
			else {
				field.append((char) c);
			}
			if (field.length() > MAX_CELL_CHARS) {
				throw new SheetFailure(number, "sheet.file.cellTooLong", MAX_CELL_CHARS);
			}
		}
	}

	private static SheetCell cell(StringBuilder field) {
		String text = SheetText.strip(field.toString());
		return text.isEmpty() ? SheetCell.BLANK : SheetCell.text(RowSource.unescape(text));
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
