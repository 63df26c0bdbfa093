package io.edubureau.sheet;

import java.util.List;
import java.util.Locale;

/**
 * One column of a sheet.
 *
 * @param key canonical key, also accepted as a header ({@code parent_code})
 * @param zh Chinese header
 * @param en English header
 * @param aliases other headers people type for it
 * @param required whether the column must be present in an imported file
 * @param example the value shown in the template's example row
 * @param choices the enum whose constants the cell takes, offered as a drop-down of their
 * labels in an .xlsx template; {@code null} for free input
 */
public record SheetColumn(String key, String zh, String en, List<String> aliases, boolean required, String example,
		Class<? extends Enum<?>> choices) {

	public SheetColumn {
		if (key == null || key.isBlank()) {
			throw new IllegalArgumentException("a sheet column needs a key");
		}
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
	}

	public SheetColumn(String key, String zh, String en, List<String> aliases, boolean required, String example) {
		this(key, zh, en, aliases, required, example, null);
	}

	/** A column taking one constant of {@code type}, with a drop-down in the template. */
	public static SheetColumn choice(String key, String zh, String en, String example, Class<? extends Enum<?>> type,
			boolean required, String... aliases) {
		return new SheetColumn(key, zh, en, List.of(aliases), required, example, type);
	}

	public static SheetColumn required(String key, String zh, String en, String example, String... aliases) {
		return new SheetColumn(key, zh, en, List.of(aliases), true, example);
	}

	public static SheetColumn optional(String key, String zh, String en, String example, String... aliases) {
		return new SheetColumn(key, zh, en, List.of(aliases), false, example);
	}

	/** The header in the given language: Chinese for {@code zh}, English otherwise. */
	public String header(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
	}

}
