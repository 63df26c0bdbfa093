package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the annual work summary: the narrative blocks (shipped defaults or the bureau's
 * latest version) with figures filled from the year's book, parts without data left out,
 * the charts, and the next year's plan; keeps every saved version of every block.
 */
@Service
class SummaryWriter {

	static final int MAX_TEXT = 20_000;

	private static final List<String> OVERVIEW_FIGURES = List.of("staff.active", "staff.fullTimeTeachers",
			"recruitment.total", "titles.granted.total", "party.newMembers", "retirement.retired",
			"training.participants", "registration.passed");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final TextBlockVersionRepository versions;

	private final ReportsManagement reports;

	private final WorkPlans plans;

	private final NarrativeTemplate narrative;

	private final SummaryRenderer renderer;

	private final MessageSource messages;

	private final AuditManagement audit;

	SummaryWriter(TextBlockVersionRepository versions, ReportsManagement reports, WorkPlans plans,
			NarrativeTemplate narrative, SummaryRenderer renderer, MessageSource messages, AuditManagement audit) {
		this.versions = versions;
		this.reports = reports;
		this.plans = plans;
		this.narrative = narrative;
		this.renderer = renderer;
		this.messages = messages;
		this.audit = audit;
	}

	static String language(Locale locale) {
		return locale != null && locale.getLanguage().equals("en") ? "en" : "zh";
	}

	static Locale locale(String language) {
		return language.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/** The summary of a year for the unit subtree ({@code null}: the whole scope). */
	@Transactional(readOnly = true)
	SummaryDocument write(DataScope scope, int year, String unitCode, String language) {
		WorkPlans.checkYear(year);
		Locale locale = locale(language);
		boolean chinese = language.equals("zh");
		FigureBook book = reports.book(scope, year, unitCode);
		List<FigureDefinition> definitions = reports.definitions();
		String unitLabel = book.unitName() != null ? book.unitName() : text("reports.summary.wholeScope", locale);
		Map<SummarySection, TextBlock> texts = blocks(scope, year, language);

		Map<SummarySection, SummaryDocument.Part> included = new EnumMap<>(SummarySection.class);
		for (SummarySection section : SummarySection.values()) {
			NarrativeTemplate.Filled filled = narrative.fill(texts.get(section).text(), book, definitions, unitLabel,
					locale);
			List<String> items = List.of();
			boolean hasData = filled.hasData();
			if (section == SummarySection.NEXT_YEAR) {
				List<WorkPlanTarget> next = plans.targets(scope, year + 1);
				items = next.stream().map(t -> describe(t, definitions, chinese, locale)).toList();
				hasData = !next.isEmpty();
			}
			if (hasData) {
				included.put(section, new SummaryDocument.Part(section, "", filled.paragraphs(), items,
						charts(section, book, definitions, chinese, locale)));
			}
		}
		// A heading with parts below it stays even when its own text has no data.
		for (SummarySection section : SummarySection.values()) {
			if (section.parent() != null && included.containsKey(section) && !included.containsKey(section.parent())) {
				included.put(section.parent(),
						new SummaryDocument.Part(section.parent(), "", List.of(), List.of(), List.of()));
			}
		}
		List<SummaryDocument.Part> parts = new ArrayList<>();
		int top = 0;
		int sub = 0;
		for (SummarySection section : SummarySection.values()) {
			SummaryDocument.Part part = included.get(section);
			if (part == null) {
				continue;
			}
			String name = text("reports.section." + section.name(), locale);
			String heading;
			if (section.level() == 1) {
				top++;
				sub = 0;
				heading = chinese ? chineseNumber(top) + "、" + name : top + ". " + name;
			}
			else {
				sub++;
				heading = chinese ? "（" + chineseNumber(sub) + "）" + name : "(" + sub + ") " + name;
			}
			parts.add(new SummaryDocument.Part(section, heading, part.paragraphs(), part.items(), part.charts()));
		}
		String title = messages.getMessage("reports.summary.documentTitle",
				new Object[] { unitLabel, String.valueOf(year) }, locale);
		String subtitle = book.frozen() && book.frozenAt() != null
				? messages.getMessage("reports.summary.frozenAt", new Object[] { day(book.frozenAt()) }, locale)
				: messages.getMessage("reports.summary.computedAt",
						new Object[] { day(book.computedAt() == null ? java.time.Instant.now() : book.computedAt()) },
						locale);
		return new SummaryDocument(year, language, book.unitName(), title, subtitle, book.frozen(), parts);
	}

	/** The summary as a file; the download is recorded in the audit trail. */
	@Transactional
	SummaryFile export(DataScope scope, int year, String unitCode, String language, SummaryFormat format) {
		SummaryDocument doc = write(scope, year, unitCode, language);
		byte[] content = switch (format) {
			case DOCX -> renderer.docx(doc);
			case PDF -> renderer.pdf(doc);
			case HTML -> renderer.html(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		};
		Map<String, Object> what = new LinkedHashMap<>();
		what.put("year", year);
		what.put("unit", unitCode);
		what.put("language", language);
		what.put("format", format.extension());
		audit.record(AuditAction.EXPORT, "reports.summary", year,
				"annual summary " + year + (unitCode == null ? "" : " " + unitCode) + " (" + format.extension() + ")",
				Change.created(what));
		String name = "annual-summary-" + year
				+ (unitCode == null ? "" : "-" + unitCode.replaceAll("[^A-Za-z0-9_-]", "")) + "-" + language + "."
				+ format.extension();
		return new SummaryFile(name, format.contentType(), content);
	}

	/**
	 * The current text of every part in a language: the latest version, else the default.
	 */
	@Transactional(readOnly = true)
	Map<SummarySection, TextBlock> blocks(DataScope scope, int year, String language) {
		checkLanguage(language);
		Map<SummarySection, TextBlock> blocks = new EnumMap<>(SummarySection.class);
		for (TextBlockVersion v : versions
			.findByOwnerKeyAndYearAndLanguageOrderBySectionAscVersionNoDesc(WorkPlans.owner(scope), year, language)) {
			blocks.putIfAbsent(v.getSection(), v.toView());
		}
		for (SummarySection section : SummarySection.values()) {
			blocks.putIfAbsent(section, defaultBlock(year, section, language));
		}
		return blocks;
	}

	/** Every saved version of a block, newest first, ending with the shipped default. */
	@Transactional(readOnly = true)
	List<TextBlock> versions(DataScope scope, int year, SummarySection section, String language) {
		checkLanguage(language);
		List<TextBlock> all = new ArrayList<>(versions
			.findByOwnerKeyAndYearAndSectionAndLanguageOrderByVersionNoDesc(WorkPlans.owner(scope), year, section,
					language)
			.stream()
			.map(TextBlockVersion::toView)
			.toList());
		all.add(defaultBlock(year, section, language));
		return all;
	}

	/**
	 * Saves a block's text as its next version. Refused: an unknown figure key (named),
	 * empty or over-long text, and any year whose book is frozen.
	 */
	@Transactional
	TextBlock save(DataScope scope, int year, SummarySection section, String language, String text) {
		WorkPlans.checkYear(year);
		checkLanguage(language);
		if (section == null) {
			throw new Rejection("section", "reports.block.section");
		}
		String body = text == null ? "" : text.replace("\r\n", "\n").strip();
		if (body.isEmpty()) {
			throw new Rejection("text", "reports.block.required");
		}
		if (body.length() > MAX_TEXT) {
			throw new Rejection("text", "reports.block.length", String.valueOf(MAX_TEXT));
		}
		List<String> unknown = NarrativeTemplate.unknownKeys(body, reports.definitions());
		if (!unknown.isEmpty()) {
			throw new Rejection(
					unknown.stream().map(k -> new Rejection.Problem("text", "reports.figure.unknownKey", k)).toList());
		}
		if (reports.book(scope, year, null).frozen()) {
			throw new Rejection("year", "reports.block.frozen", String.valueOf(year));
		}
		String owner = WorkPlans.owner(scope);
		List<TextBlockVersion> existing = versions.findByOwnerKeyAndYearAndSectionAndLanguageOrderByVersionNoDesc(owner,
				year, section, language);
		String before = existing.isEmpty() ? defaultBlock(year, section, language).text()
				: existing.get(0).toView().text();
		int next = existing.isEmpty() ? 1 : existing.get(0).getVersionNo() + 1;
		TextBlockVersion saved = versions
			.save(new TextBlockVersion(owner, year, section, language, next, body, WorkPlans.actor()));
		audit.record(AuditAction.UPDATE, "reports.text_block",
				owner + "/" + year + "/" + section.name() + "/" + language,
				"summary text " + year + " " + section.name() + " (" + language + ") version " + next,
				List.of(new Change("text", abbreviate(before), abbreviate(body))));
		return saved.toView();
	}

	private TextBlock defaultBlock(int year, SummarySection section, String language) {
		return new TextBlock(year, section, language, narrative.defaultText(section, language), 0, null, null);
	}

	private static void checkLanguage(String language) {
		if (!NarrativeTemplate.LANGUAGES.contains(language)) {
			throw new Rejection("language", "reports.block.language", String.valueOf(language));
		}
	}

	private List<SummaryChart> charts(SummarySection section, FigureBook book, List<FigureDefinition> definitions,
			boolean chinese, Locale locale) {
		List<SummaryChart> charts = new ArrayList<>();
		String thisYear = String.valueOf(book.year());
		switch (section) {
			case OVERVIEW -> {
				List<String> categories = new ArrayList<>();
				List<BigDecimal> now = new ArrayList<>();
				List<BigDecimal> before = new ArrayList<>();
				for (String key : OVERVIEW_FIGURES) {
					book.figure(key).filter(f -> f.value() != null && !f.definition().percent()).ifPresent(f -> {
						categories.add(f.definition().label(chinese));
						now.add(f.value());
						before.add(f.previous() == null ? BigDecimal.ZERO : f.previous());
					});
				}
				if (!categories.isEmpty()) {
					charts.add(new SummaryChart("chart-year-over-year", text("reports.chart.yearOverYear", locale),
							SummaryChart.Kind.COMPARISON, categories, List.of(new SummaryChart.Series(thisYear, now),
									new SummaryChart.Series(String.valueOf(book.year() - 1), before))));
				}
			}
			case STAFF -> {
				bars(charts, "chart-staff-stage", text("reports.chart.staffByStage", locale),
						family(book, "staff.fullTimeTeachersByStage.", locale));
				bars(charts, "chart-staff-title", text("reports.chart.staffByTitle", locale),
						family(book, "staff.byTitle.", locale));
				Map<String, BigDecimal> men = family(book, "staff.maleByAgeBand.", locale);
				Map<String, BigDecimal> women = family(book, "staff.femaleByAgeBand.", locale);
				if (hasValues(men) || hasValues(women)) {
					List<String> bands = new ArrayList<>(men.keySet());
					women.keySet().stream().filter(b -> !bands.contains(b)).forEach(bands::add);
					charts.add(new SummaryChart("chart-age-pyramid", text("reports.chart.agePyramid", locale),
							SummaryChart.Kind.PYRAMID, bands,
							List.of(new SummaryChart.Series(text("enum.Sex.MALE", locale),
									bands.stream().map(b -> men.getOrDefault(b, BigDecimal.ZERO)).toList()),
									new SummaryChart.Series(text("enum.Sex.FEMALE", locale),
											bands.stream()
												.map(b -> women.getOrDefault(b, BigDecimal.ZERO))
												.toList()))));
				}
			}
			case RECRUITMENT -> bars(charts, "chart-recruitment-channel",
					text("reports.chart.recruitmentByChannel", locale), family(book, "recruitment.byChannel.", locale));
			default -> {
				// The other parts have no chart yet.
			}
		}
		return charts;
	}

	private void bars(List<SummaryChart> charts, String id, String title, Map<String, BigDecimal> values) {
		if (!hasValues(values)) {
			return;
		}
		charts.add(new SummaryChart(id, title, SummaryChart.Kind.BAR, List.copyOf(values.keySet()),
				List.of(new SummaryChart.Series(title, List.copyOf(values.values())))));
	}

	private static boolean hasValues(Map<String, BigDecimal> values) {
		return values.values().stream().anyMatch(v -> v != null && v.signum() != 0);
	}

	// The members of a family in the book's order with their labels, e.g.
	// staff.byStage. -> {小学: 12, ...}.
	private Map<String, BigDecimal> family(FigureBook book, String prefix, Locale locale) {
		Map<String, BigDecimal> members = new LinkedHashMap<>();
		for (FigureValue f : book.figures()) {
			if (f.key().startsWith(prefix) && f.key().indexOf('.', prefix.length()) < 0 && f.value() != null) {
				String member = f.key().substring(prefix.length());
				members.put(reports.memberLabel(f.definition(), member, locale), f.value());
			}
		}
		return members;
	}

	private String member(String key, FigureDefinition d, Locale locale) {
		String member = d.member(key);
		return member == null ? "" : " · " + reports.memberLabel(d, member, locale);
	}

	private String describe(WorkPlanTarget t, List<FigureDefinition> definitions, boolean chinese, Locale locale) {
		FigureDefinition d = definitions.stream().filter(x -> x.covers(t.key())).findFirst().orElse(null);
		String label = d == null ? t.key() : d.label(chinese) + member(t.key(), d, locale);
		String target = NarrativeTemplate.number(t.target(), d != null && d.percent());
		String line = label + " " + t.comparison().symbol().replace(">=", "≥").replace("<=", "≤") + " " + target;
		return t.note() == null ? line : line + (chinese ? "（" + t.note() + "）" : " (" + t.note() + ")");
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String day(java.time.Instant instant) {
		return DAY.format(instant.atZone(ZoneId.systemDefault()));
	}

	private static String abbreviate(String text) {
		return text.length() <= 1000 ? text : text.substring(0, 1000) + "…";
	}

	private static String chineseNumber(int n) {
		String[] digits = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };
		if (n <= 10) {
			return digits[n];
		}
		if (n < 20) {
			return "十" + digits[n - 10];
		}
		return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
	}

}
