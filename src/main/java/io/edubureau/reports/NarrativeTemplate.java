package io.edubureau.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The summary's narrative: the default text of each part in Chinese and English
 * (resources {@code templates/reports/narrative/summary_<language>.txt}), and the
 * placeholders that fill figures into a text: {@code {recruitment.total}},
 * {@code {recruitment.total.previous}}, {@code {recruitment.total.difference}} ("9 more
 * than last year", "比上年增加9人") and the words {@code {year}}, {@code {previousYear}},
 * {@code {nextYear}}, {@code {unit}}, {@code {we}}, {@code {area}} and
 * {@code {schoolYear}} (the school year that began in September of the year,
 * "2026–2027"); a list {@code [[…|…]]} leaves out its items that count nobody this year
 * ({@code {total.others}} in a list counts what its other items do not), a clause
 * {@code ((…))} is left out when its figures count nothing.
 */
@Component
class NarrativeTemplate {

	static final List<String> LANGUAGES = List.of("zh", "en");

	static final Set<String> WORDS = Set.of("year", "previousYear", "nextYear", "schoolYear", "unit", "we", "area");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)}");

	// A list whose items without a count this year are left out: [[高中{…}人|小学{…}人]].
	static final Pattern LIST = Pattern.compile("\\[\\[(.*?)]]");

	// A clause left out when its figures count nothing this year: ((，全年发展新党员{…}人)).
	static final Pattern CLAUSE = Pattern.compile("\\(\\((.*?)\\)\\)");

	// English agreement with a count: {key,choice,0#…were|1#…was|1<…were}.
	static final Pattern CHOICE = Pattern
		.compile("\\{([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*),choice,([^{}\\[\\]]*)}");

	private static final Pattern SECTION_LINE = Pattern.compile("^\\[([A-Z_]+)]\\s*$");

	private static final String PREVIOUS = ".previous";

	private static final String DIFFERENCE = ".difference";

	private static final String OTHERS = ".others";

	private final Map<String, Map<SummarySection, String>> defaults = Map.of("zh", load("zh"), "en", load("en"));

	private final MessageSource messages;

	NarrativeTemplate(MessageSource messages) {
		this.messages = messages;
	}

	/** The text of a part as shipped, before any bureau edits it. */
	String defaultText(SummarySection section, String language) {
		return defaults.get(language).getOrDefault(section, "");
	}

	/**
	 * Figure keys named in a text that no contributor defines, in order of appearance
	 * (without {@code .previous}/{@code .difference}).
	 */
	static List<String> unknownKeys(String text, List<FigureDefinition> definitions) {
		Set<String> unknown = new LinkedHashSet<>();
		List<String> names = new ArrayList<>(placeholders(text));
		Matcher choice = CHOICE.matcher(text == null ? "" : text);
		while (choice.find()) {
			names.add(choice.group(1));
		}
		for (String name : names) {
			if (WORDS.contains(name)) {
				continue;
			}
			if (definition(name, definitions).isEmpty()) {
				unknown.add(name);
			}
		}
		return List.copyOf(unknown);
	}

	static List<String> placeholders(String text) {
		List<String> names = new ArrayList<>();
		Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	/**
	 * Fills a text's placeholders from the book, paragraph by paragraph (paragraphs are
	 * separated by blank lines). What a person would not write is left out: a sentence or
	 * a clause {@code ((…))} whose figures all count nothing this year, a paragraph with
	 * no figure that counts something, and a comparison with a previous year that counted
	 * nothing (with the comma before it). The part has data when a text names no figure
	 * at all (someone wrote it) or some paragraph's figures have data.
	 */
	Filled fill(String text, FigureBook book, List<FigureDefinition> definitions, Voice voice, Locale locale) {
		boolean namesFigures = false;
		boolean hasData = false;
		List<String> paragraphs = new ArrayList<>();
		List<Set<String>> keys = new ArrayList<>();
		for (String paragraph : (text == null ? "" : text).split("\\n\\s*\\n")) {
			String clean = paragraph.strip().replaceAll("\\s*\\n\\s*", " ");
			if (clean.isEmpty()) {
				continue;
			}
			Set<String> named = new LinkedHashSet<>(placeholders(clean));
			named.removeAll(WORDS);
			boolean paragraphNamesFigures = namesFigures(clean);
			boolean paragraphHasData = counts(clean, book, definitions);
			StringBuilder kept = new StringBuilder();
			for (String sentence : sentences(clean)) {
				if (!namesFigures(sentence) || counts(sentence, book, definitions)) {
					kept.append(sentence);
				}
			}
			clean = choices(lists(clauses(kept.toString().strip(), book, definitions), book, definitions, locale), book,
					definitions);
			StringBuilder out = new StringBuilder();
			Matcher m = PLACEHOLDER.matcher(clean);
			while (m.find()) {
				String name = m.group(1);
				String replacement;
				if (WORDS.contains(name)) {
					replacement = switch (name) {
						case "year" -> String.valueOf(book.year());
						case "previousYear" -> String.valueOf(book.year() - 1);
						case "nextYear" -> String.valueOf(book.year() + 1);
						case "schoolYear" -> book.schoolYear() + "–" + (book.schoolYear() + 1);
						case "we" -> voice.we();
						case "area" -> voice.area();
						default -> voice.unit();
					};
				}
				else {
					Reference ref = reference(name, definitions);
					Optional<FigureValue> figure = book.figure(ref.key());
					BigDecimal value = figure.map(FigureValue::value).orElse(null);
					// A family member the book leaves out counted nobody; a figure no
					// module computes yet has no value at all.
					boolean family = ref.definition() != null && ref.definition().family();
					BigDecimal absent = family ? BigDecimal.ZERO : null;
					boolean percent = ref.definition() != null && ref.definition().percent();
					BigDecimal previous = figure.map(FigureValue::previous).orElse(absent);
					replacement = switch (ref.part()) {
						case VALUE -> number(value != null ? value : absent, percent);
						case PREVIOUS -> number(previous, percent);
						// Against a year that counted nothing a comparison means nothing.
						case DIFFERENCE -> previous == null || previous.signum() == 0 ? OMITTED : difference(
								figure.map(FigureValue::difference).orElse(absent), ref.definition(), locale);
						case OTHERS -> "—";
					};
				}
				m.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			m.appendTail(out);
			String filled = out.toString()
				.replaceAll("\\s*[，,；;、]\\s*" + OMITTED, "")
				.replaceAll(OMITTED + "\\s*[，,；;、]?\\s*", "");
			namesFigures |= paragraphNamesFigures;
			hasData |= paragraphHasData;
			if (!paragraphNamesFigures || paragraphHasData) {
				paragraphs.add(filled);
				keys.add(named);
			}
		}
		return new Filled(paragraphs, !namesFigures || hasData, keys);
	}

	// The choice of each {key,choice,…} by the figure's value (a figure without one
	// counts
	// nothing); a choice that is no ChoiceFormat pattern stays as written.
	private static String choices(String text, FigureBook book, List<FigureDefinition> definitions) {
		Matcher m = CHOICE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			Reference ref = reference(m.group(1), definitions);
			Optional<FigureValue> figure = book.figure(ref.key());
			BigDecimal value = (ref.part() == Part.PREVIOUS ? figure.map(FigureValue::previous)
					: figure.map(FigureValue::value))
				.orElse(BigDecimal.ZERO);
			String chosen;
			try {
				chosen = new ChoiceFormat(m.group(2)).format(value.doubleValue());
			}
			catch (IllegalArgumentException ex) {
				chosen = m.group(0);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(chosen));
		}
		m.appendTail(out);
		return out.toString();
	}

	// Marks a comparison left out, so the separator before it goes too.
	private static final String OMITTED = "\u0000";

	// The sentences of a paragraph, each with its full stop: 。！？ or ". ".
	private static List<String> sentences(String paragraph) {
		List<String> sentences = new ArrayList<>();
		Matcher m = SENTENCE_END.matcher(paragraph);
		int start = 0;
		while (m.find()) {
			// A sentence end inside a ((…)) clause belongs to the clause: the clause
			// stays whole.
			if (insideClause(paragraph, m.end())) {
				continue;
			}
			sentences.add(paragraph.substring(start, m.end()));
			start = m.end();
		}
		if (start < paragraph.length()) {
			sentences.add(paragraph.substring(start));
		}
		return sentences;
	}

	private static boolean insideClause(String text, int end) {
		String before = text.substring(0, end);
		return before.split("\\(\\(", -1).length > before.split("\\)\\)", -1).length;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？]|(?<=[.!?])\\s+");

	// Whether a text names a figure (not just a word such as {year}).
	private static boolean namesFigures(String text) {
		return placeholders(text).stream().anyMatch(n -> !WORDS.contains(n));
	}

	// Whether a figure the text names counts something this year.
	private static boolean counts(String text, FigureBook book, List<FigureDefinition> definitions) {
		for (String name : placeholders(text)) {
			if (!WORDS.contains(name)) {
				Reference ref = reference(name, definitions);
				BigDecimal value = book.figure(ref.key()).map(FigureValue::value).orElse(null);
				if (ref.part() == Part.VALUE && value != null && value.signum() != 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Clauses {@code ((…))}: kept (without the brackets) when a figure they name counts
	 * something this year, else left out, so "，全年发展新党员0人" is never written.
	 */
	static String clauses(String paragraph, FigureBook book, List<FigureDefinition> definitions) {
		Matcher m = CLAUSE.matcher(paragraph);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String clause = m.group(1);
			boolean keep = !namesFigures(clause) || counts(clause, book, definitions);
			m.appendReplacement(out, Matcher.quoteReplacement(keep ? clause : ""));
		}
		m.appendTail(out);
		return out.toString();
	}

	/**
	 * Lists {@code [[item|item|…]]}: the items whose figures count someone this year (or
	 * that name no figure) joined as the language joins a list, so that a breakdown reads
	 * "26 in senior high school and 74 in primary school" without the stages that had
	 * nobody. An item naming {@code {total.others}} counts the total less the other
	 * items, so the list always adds up to its total; when no item counts anyone, the
	 * first stands alone.
	 */
	static String lists(String paragraph, FigureBook book, List<FigureDefinition> definitions, Locale locale) {
		Matcher m = LIST.matcher(paragraph);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String[] items = m.group(1).split("\\|");
			BigDecimal listed = BigDecimal.ZERO;
			for (String item : items) {
				for (String name : placeholders(item)) {
					Reference ref = WORDS.contains(name) ? null : reference(name, definitions);
					if (ref != null && ref.part() == Part.VALUE) {
						BigDecimal value = book.figure(ref.key()).map(FigureValue::value).orElse(null);
						listed = listed.add(value == null ? BigDecimal.ZERO : value);
						break;
					}
				}
			}
			List<String> kept = new ArrayList<>();
			for (String raw : items) {
				String item = raw;
				boolean namesFigures = false;
				boolean counted = false;
				for (String name : placeholders(raw)) {
					if (WORDS.contains(name)) {
						continue;
					}
					namesFigures = true;
					Reference ref = reference(name, definitions);
					BigDecimal value = book.figure(ref.key()).map(FigureValue::value).orElse(null);
					if (ref.part() == Part.OTHERS) {
						BigDecimal rest = (value == null ? BigDecimal.ZERO : value).subtract(listed);
						item = item.replace("{" + name + "}", number(rest, false));
						counted |= rest.signum() > 0;
					}
					else {
						counted |= ref.part() == Part.VALUE && value != null && value.signum() != 0;
					}
				}
				if (!namesFigures || counted) {
					kept.add(item.strip());
				}
			}
			if (kept.isEmpty()) {
				kept.add(items[0].strip());
			}
			m.appendReplacement(out, Matcher.quoteReplacement(join(kept, locale)));
		}
		m.appendTail(out);
		return out.toString();
	}

	// 高中26人，小学74人 / "26 …, 3 … and 74 …".
	private static String join(List<String> items, Locale locale) {
		if ("zh".equals(locale.getLanguage())) {
			return String.join("，", items);
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private String difference(BigDecimal difference, FigureDefinition definition, Locale locale) {
		if (difference == null) {
			return "—";
		}
		boolean percent = definition != null && definition.percent();
		String unit = definition == null || percent ? ""
				: messages.getMessage("reports.unit." + definition.unit(), null, "", locale);
		int sign = difference.signum();
		String key = sign == 0 ? "reports.difference.same"
				: "reports.difference." + (sign > 0 ? "up" : "down") + (percent ? "Percent" : "");
		// A school-year figure compares with the previous school year.
		key += definition != null && definition.perSchoolYear() ? ".schoolYear" : "";
		return messages.getMessage(key, new Object[] { number(difference.abs(), percent).replace("%", ""), unit },
				locale);
	}

	static String number(BigDecimal value, boolean percent) {
		if (value == null) {
			return "—";
		}
		if (percent) {
			return value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
		}
		BigDecimal plain = value.stripTrailingZeros();
		return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
	}

	/** The definition that covers a placeholder's figure key. */
	static Optional<FigureDefinition> definition(String name, List<FigureDefinition> definitions) {
		Reference ref = reference(name, definitions);
		return Optional.ofNullable(ref.definition());
	}

	private static Reference reference(String name, List<FigureDefinition> definitions) {
		FigureDefinition direct = covering(name, definitions);
		if (direct != null) {
			return new Reference(name, Part.VALUE, direct);
		}
		for (Part part : List.of(Part.PREVIOUS, Part.DIFFERENCE, Part.OTHERS)) {
			String suffix = switch (part) {
				case PREVIOUS -> PREVIOUS;
				case DIFFERENCE -> DIFFERENCE;
				default -> OTHERS;
			};
			if (name.endsWith(suffix)) {
				String key = name.substring(0, name.length() - suffix.length());
				FigureDefinition d = covering(key, definitions);
				if (d != null) {
					return new Reference(key, part, d);
				}
				return new Reference(key, part, null);
			}
		}
		return new Reference(name, Part.VALUE, null);
	}

	private static FigureDefinition covering(String key, List<FigureDefinition> definitions) {
		return definitions.stream().filter(d -> d.covers(key)).findFirst().orElse(null);
	}

	private static Map<SummarySection, String> load(String language) {
		String resource = "/templates/reports/narrative/summary_" + language + ".txt";
		try (InputStream in = NarrativeTemplate.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The narrative template " + resource + " is missing");
			}
			Map<SummarySection, String> texts = new EnumMap<>(SummarySection.class);
			SummarySection current = null;
			StringBuilder body = new StringBuilder();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R", -1)) {
				Matcher header = SECTION_LINE.matcher(line);
				if (header.matches()) {
					if (current != null) {
						texts.put(current, body.toString().strip());
					}
					current = SummarySection.valueOf(header.group(1));
					body.setLength(0);
				}
				else if (current != null && !line.startsWith("#")) {
					body.append(line).append('\n');
				}
			}
			if (current != null) {
				texts.put(current, body.toString().strip());
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A text with its figures filled in.
	 *
	 * @param paragraphs the paragraphs (separated by blank lines in the text)
	 * @param hasData whether the part belongs in the document
	 * @param keys the figure keys each paragraph names, in the paragraphs' order
	 */
	record Filled(List<String> paragraphs, boolean hasData, List<Set<String>> keys) {

		/**
		 * The first paragraph naming a figure whose key starts with the prefix, else the
		 * last.
		 */
		int paragraphNaming(String prefix) {
			for (int i = 0; i < keys.size(); i++) {
				if (keys.get(i).stream().anyMatch(k -> k.startsWith(prefix))) {
					return i;
				}
			}
			return paragraphs.size() - 1;
		}

	}

	private enum Part {

		VALUE, PREVIOUS, DIFFERENCE, OTHERS

	}

	private record Reference(String key, Part part, FigureDefinition definition) {
	}

	/**
	 * Who speaks: the unit's name, how it names itself ("我局", "我校"; "the Bureau", "the
	 * school") and the area it answers for ("全县", "全校"; "the county", "the school").
	 *
	 * @param unit the unit's name ({@code {unit}})
	 * @param we the unit naming itself ({@code {we}})
	 * @param area what the unit answers for ({@code {area}})
	 */
	record Voice(String unit, String we, String area) {
	}

}
