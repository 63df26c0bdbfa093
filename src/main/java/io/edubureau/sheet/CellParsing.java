package io.edubureau.sheet;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * Turns cell text into values the way people type them: enum codes or their Chinese or
 * English labels ({@code enum.<Type>.<CODE>}), 是/否, several date spellings and Excel date
 * serials.
 */
final class CellParsing {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final Pattern DATE = Pattern.compile(
			"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");

	private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(?:\\.\\d+)?");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,10}");

	static final Pattern LIST_SEPARATOR = Pattern.compile("[|、,，;；]");

	private static final Set<String> TRUE = Set.of("true", "是", "1", "yes", "y", "√", "✓");

	private static final Set<String> FALSE = Set.of("false", "否", "0", "no", "n", "×", "✗");

	private final MessageSource messages;

	private final Map<Class<?>, Map<String, Enum<?>>> choices = new ConcurrentHashMap<>();

	CellParsing(MessageSource messages) {
		this.messages = messages;
	}

	/** The constant named by its code or its Chinese or English label, or null. */
	<E extends Enum<E>> E choice(String text, Class<E> type) {
		return type.cast(choices.computeIfAbsent(type, this::choicesOf).get(SheetText.key(text)));
	}

	private Map<String, Enum<?>> choicesOf(Class<?> type) {
		Map<String, Enum<?>> map = new HashMap<>();
		for (Object constant : type.getEnumConstants()) {
			Enum<?> e = (Enum<?>) constant;
			map.put(SheetText.key(e.name()), e);
			for (Locale locale : new Locale[] { Locale.ENGLISH, CHINESE }) {
				String label = messages.getMessage(labelKey(e), null, null, locale);
				if (label != null) {
					map.putIfAbsent(SheetText.key(label), e);
				}
			}
		}
		return map;
	}

	static String labelKey(Enum<?> e) {
		return "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
	}

	String label(Enum<?> e, Locale locale) {
		return messages.getMessage(labelKey(e), null, e.name(), locale);
	}

	/** "PRIMARY (小学), JUNIOR (初中)": the codes and labels a choice cell accepts. */
	<E extends Enum<E>> String allowed(Class<E> type, Locale locale) {
		return EnumSet.allOf(type).stream().map(e -> {
			String label = label(e, locale);
			return label.equals(e.name()) ? e.name() : e.name() + " (" + label + ")";
		}).collect(Collectors.joining(", "));
	}

	/** The constants of a list cell split at | 、 , ， ; ；, or null if one is unknown. */
	<E extends Enum<E>> Set<E> choices(String text, Class<E> type, Set<String> unknown) {
		Set<E> set = new LinkedHashSet<>();
		for (String part : LIST_SEPARATOR.split(text)) {
			if (SheetText.strip(part).isEmpty()) {
				continue;
			}
			E e = choice(part, type);
			if (e == null) {
				unknown.add(SheetText.strip(part));
			}
			else {
				set.add(e);
			}
		}
		return set;
	}

	static Boolean bool(SheetCell cell) {
		String t = SheetText.key(cell.text());
		if (TRUE.contains(t)) {
			return Boolean.TRUE;
		}
		if (FALSE.contains(t)) {
			return Boolean.FALSE;
		}
		return null;
	}

	/**
	 * The date of a date cell, a serial number, or text as YYYY-MM-DD, YYYY/M/D,
	 * YYYY.M.D, YYYY年M月D日 or YYYYMMDD; null if it is none of these or no real day.
	 */
	static LocalDate date(SheetCell cell) {
		if (cell.date() != null) {
			return cell.date();
		}
		String t = SheetText.strip(cell.text());
		Matcher m = DATE.matcher(t);
		if (!m.matches()) {
			m = COMPACT_DATE.matcher(t);
		}
		if (m.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		if (SERIAL.matcher(t).matches()) {
			return XlsxRowSource.serialDate(new BigDecimal(t), false);
		}
		return null;
	}

	/** A whole number from a number cell or digits; null for text or fractions. */
	static Integer integer(SheetCell cell) {
		if (cell.number() != null) {
			try {
				return cell.number().stripTrailingZeros().intValueExact();
			}
			catch (ArithmeticException ex) {
				return null;
			}
		}
		String t = SheetText.strip(cell.text()).replace(",", "");
		if (!INTEGER.matcher(t).matches()) {
			return null;
		}
		long value = Long.parseLong(t);
		return value == (int) value ? (int) value : null;
	}

}
