package io.edubureau.sheet;

import java.util.Locale;
import java.util.Optional;

/** The file formats sheets are read from and written to. */
public enum SheetFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),

	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String contentType;

	SheetFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The format named {@code xlsx} or {@code csv}; xlsx when nothing is named. */
	public static Optional<SheetFormat> parse(String name) {
		if (name == null || name.isBlank()) {
			return Optional.of(XLSX);
		}
		String n = name.strip().toLowerCase(Locale.ROOT);
		for (SheetFormat f : values()) {
			if (f.extension.equals(n)) {
				return Optional.of(f);
			}
		}
		return Optional.empty();
	}

	/** The format a file name's extension says, if it is one we read. */
	static Optional<SheetFormat> ofFilename(String filename) {
		if (filename == null) {
			return Optional.empty();
		}
		int dot = filename.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : parse(filename.substring(dot + 1)).filter(f -> dot < filename.length() - 1);
	}

}
