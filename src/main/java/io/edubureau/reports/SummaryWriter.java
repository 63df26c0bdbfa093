package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Actor;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.TreeNode;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
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

	private final OrgManagement org;

	SummaryWriter(TextBlockVersionRepository versions, ReportsManagement reports, WorkPlans plans,
			NarrativeTemplate narrative, SummaryRenderer renderer, MessageSource messages, AuditManagement audit,
			OrgManagement org) {
		this.org = org;
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
		ReportsManagement.checkYear(year);
		checkLanguage(language);
		Locale locale = locale(language);
		boolean chinese = language.equals("zh");
		FigureBook book = reports.book(scope, year, unitCode);
		List<FigureDefinition> definitions = reports.definitions();
		Speaker speaker = speaker(scope, book);
		NarrativeTemplate.Voice voice = voice(speaker, locale);
		Map<SummarySection, TextBlock> texts = blocks(scope, year, language, () -> book);

		Map<SummarySection, SummaryDocument.Part> included = new EnumMap<>(SummarySection.class);
		for (SummarySection section : SummarySection.values()) {
			NarrativeTemplate.Filled filled = narrative.fill(texts.get(section).text(), book, definitions, voice,
					locale);
			if (filled.hasData() && !filled.paragraphs().isEmpty()) {
				// Each chart sits after the paragraph that names its figures (the age
				// pyramid after the retirements).
				List<SummaryChart> charts = charts(section, book, definitions, chinese, locale).stream()
					.map(c -> c.after(filled.paragraphNaming(switch (c.id()) {
						case "chart-year-over-year" -> "staff.active";
						case "chart-recruitment-channel" -> "recruitment.byChannel.";
						case "chart-age-pyramid" -> "retirement.";
						default -> "staff.";
					})))
					.toList();
				included.put(section, new SummaryDocument.Part(section, "", filled.paragraphs(), List.of(), charts));
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
				new Object[] { voice.unit(), String.valueOf(year) }, locale);
		java.time.Instant asOf = book.frozen() && book.frozenAt() != null ? book.frozenAt()
				: book.computedAt() == null ? java.time.Instant.now() : book.computedAt();
		String subtitle = book.frozen() && book.frozenAt() != null
				? messages.getMessage("reports.summary.frozenAt", new Object[] { day(asOf) }, locale)
				: messages.getMessage("reports.summary.computedAt", new Object[] { day(asOf) }, locale);
		LocalDate dated = asOf.atZone(ZoneId.systemDefault()).toLocalDate();
		String date = chinese ? dated.getYear() + "年" + dated.getMonthValue() + "月" + dated.getDayOfMonth() + "日"
				: dated.getDayOfMonth() + " " + dated.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
						+ dated.getYear();
		return new SummaryDocument(year, language, book.unitName(), title, subtitle, book.frozen(), parts,
				speaker == null ? null : speaker.name(), date);
	}

	/** The unit a summary speaks for, and what kind of unit it is. */
	record Speaker(String name, UnitType type) {
	}

	// The subtree's root unit; else the scope's own unit; else, for the whole
	// installation, its only top unit.
	private Speaker speaker(DataScope scope, FigureBook book) {
		if (book.unitCode() != null) {
			return org.findByCode(DataScope.all(), book.unitCode())
				.map(u -> new Speaker(u.name(), u.type()))
				.orElse(new Speaker(book.unitName(), null));
		}
		if (scope.unitId() != null) {
			UnitView unit = org.byIds(List.of(scope.unitId())).get(scope.unitId());
			return unit == null ? null : new Speaker(unit.name(), unit.type());
		}
		List<TreeNode> roots = org.treeRoots(scope);
		return roots.size() == 1 ? new Speaker(roots.get(0).name(), roots.get(0).type()) : null;
	}

	// How a unit names itself and what it answers for: a bureau speaks of 我局 and 全县
	// (全区, 全市 by its name), a school of 我校 and 全校.
	private NarrativeTemplate.Voice voice(Speaker speaker, Locale locale) {
		String kind = "NONE";
		String place = "";
		if (speaker != null && speaker.type() != null) {
			kind = speaker.type().name();
			String name = speaker.name() == null ? "" : speaker.name();
			if (speaker.type() == UnitType.BUREAU) {
				String seat = name.replaceAll("(教育和体育局|教育体育局|教体局|教育局)$", "");
				place = seat.endsWith("区") ? ".district" : seat.endsWith("市") ? ".city" : "";
			}
			else if (speaker.type() == UnitType.TOWNSHIP_OFFICE) {
				place = name.contains("镇") ? ".town" : name.contains("乡") ? ".township" : "";
			}
		}
		String unit = speaker != null && speaker.name() != null ? speaker.name()
				: text("reports.summary.wholeScope", locale);
		String area = messages.getMessage("reports.voice.area." + kind + place, null, null, locale);
		return new NarrativeTemplate.Voice(unit, text("reports.voice.we." + kind, locale),
				area != null ? area : text("reports.voice.area." + kind, locale));
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
		return blocks(scope, year, language, () -> reports.book(scope, year, null));
	}

	private Map<SummarySection, TextBlock> blocks(DataScope scope, int year, String language,
			Supplier<FigureBook> book) {
		checkLanguage(language);
		Map<SummarySection, TextBlock> blocks = new EnumMap<>(SummarySection.class);
		for (TextBlockVersion v : versions
			.findByOwnerKeyAndYearAndLanguageOrderBySectionAscVersionNoDesc(WorkPlans.owner(scope), year, language)) {
			blocks.putIfAbsent(v.getSection(), v.toView());
		}
		for (SummarySection section : SummarySection.values()) {
			if (!blocks.containsKey(section)) {
				blocks.put(section, defaultBlock(scope, year, section, language, book));
			}
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
		all.add(defaultBlock(scope, year, section, language, () -> reports.book(scope, year, null)));
		return all;
	}

	/**
	 * Saves a block's text as its next version. Refused: an unknown figure key (named),
	 * empty or over-long text, and any year whose book is frozen.
	 */
	@Transactional
	TextBlock save(DataScope scope, int year, SummarySection section, String language, String text) {
		ReportsManagement.checkYear(year);
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
		String before = existing.isEmpty()
				? defaultBlock(scope, year, section, language, () -> reports.book(scope, year, null)).text()
				: existing.get(0).toView().text();
		int next = existing.isEmpty() ? 1 : existing.get(0).getVersionNo() + 1;
		TextBlockVersion saved = versions
			.save(new TextBlockVersion(owner, year, section, language, next, body, Actor.current()));
		audit.record(AuditAction.UPDATE, "reports.text_block",
				owner + "/" + year + "/" + section.name() + "/" + language,
				"summary text " + year + " " + section.name() + " (" + language + ") version " + next,
				List.of(new Change("text", abbreviate(before), abbreviate(body))));
		return saved.toView();
	}

	// The shipped text; the problems and next year's plans are pre-filled from the work
	// plans (this year's missed targets, next year's targets).
	private TextBlock defaultBlock(DataScope scope, int year, SummarySection section, String language,
			Supplier<FigureBook> book) {
		String text = switch (section) {
			case PROBLEMS -> problems(scope, year, language, book);
			case NEXT_YEAR -> nextYear(scope, year, language);
			default -> narrative.defaultText(section, language);
		};
		return new TextBlock(year, section, language, text, 0, null, null);
	}

	// One paragraph per target of the year's plan the figures missed; empty without any.
	private String problems(DataScope scope, int year, String language, Supplier<FigureBook> book) {
		List<WorkPlanTarget> targets = plans.targets(scope, year);
		if (targets.isEmpty()) {
			return "";
		}
		Locale locale = locale(language);
		boolean chinese = language.equals("zh");
		List<FigureDefinition> definitions = reports.definitions();
		FigureBook figures = book.get();
		List<String> paragraphs = new ArrayList<>();
		for (WorkPlanTarget t : targets) {
			WorkPlan.Progress p = WorkPlans.progress(t, figures, definitions);
			if (p.met() == null || p.met()) {
				continue;
			}
			FigureDefinition d = definition(t.key(), definitions);
			String label = label(t.key(), d, chinese, locale);
			String goal = goal(t, d, locale);
			if (p.actual() == null || p.actual().signum() == 0) {
				paragraphs.add(messages.getMessage("reports.problems.nothing", new Object[] { label, goal }, locale));
			}
			else if (p.percentOfTarget() != null && t.comparison() != WorkPlanTarget.Comparison.AT_MOST) {
				paragraphs.add(messages.getMessage("reports.problems.short", new Object[] { label,
						amount(p.actual(), d, locale), goal, NarrativeTemplate.number(p.percentOfTarget(), true) },
						locale));
			}
			else {
				paragraphs.add(messages.getMessage("reports.problems.missed",
						new Object[] { label, amount(p.actual(), d, locale), goal }, locale));
			}
		}
		if (paragraphs.isEmpty()) {
			return "";
		}
		paragraphs.add(0, messages.getMessage("reports.problems.intro", new Object[] { String.valueOf(year) }, locale));
		return String.join("\n\n", paragraphs);
	}

	// The targets of next year's plan, one paragraph each; empty without a plan.
	private String nextYear(DataScope scope, int year, String language) {
		List<WorkPlanTarget> targets = plans.targets(scope, year + 1);
		if (targets.isEmpty()) {
			return "";
		}
		Locale locale = locale(language);
		boolean chinese = language.equals("zh");
		List<FigureDefinition> definitions = reports.definitions();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("reports.next.intro", locale));
		int n = 0;
		for (WorkPlanTarget t : targets) {
			n++;
			FigureDefinition d = definition(t.key(), definitions);
			String line = messages.getMessage(t.note() == null ? "reports.next.target" : "reports.next.targetNote",
					new Object[] { chinese ? chineseNumber(n) + "是" : "", label(t.key(), d, chinese, locale),
							goal(t, d, locale), t.note() },
					locale);
			paragraphs.add(line);
		}
		return String.join("\n\n", paragraphs);
	}

	private static FigureDefinition definition(String key, List<FigureDefinition> definitions) {
		return definitions.stream().filter(x -> x.covers(key)).findFirst().orElse(null);
	}

	// 新招聘教师, 按学段的在职教职工（小学） / Recruits by stage (primary).
	private String label(String key, FigureDefinition d, boolean chinese, Locale locale) {
		if (d == null) {
			return key;
		}
		String member = d.member(key);
		if (member == null) {
			return d.label(chinese);
		}
		String name = reports.memberLabel(d, member, locale);
		return chinese ? d.label(true) + "（" + name + "）" : d.label(false) + " (" + name + ")";
	}

	// 5人 / 5; 95.0%.
	private String amount(BigDecimal value, FigureDefinition d, Locale locale) {
		boolean percent = d != null && d.percent();
		String unit = d == null || percent ? "" : messages.getMessage("reports.unit." + d.unit(), null, "", locale);
		return NarrativeTemplate.number(value, percent) + (locale.getLanguage().equals("zh") ? unit : "");
	}

	// 不少于5人 / at least 5.
	private String goal(WorkPlanTarget t, FigureDefinition d, Locale locale) {
		boolean percent = d != null && d.percent();
		return messages.getMessage("reports.target." + t.comparison().name() + (percent ? ".percent" : ""),
				new Object[] { amount(t.target(), d, locale) }, locale);
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
					// A figure that counted nothing in either year has no bar to show.
					book.figure(key)
						.filter(f -> f.value() != null && !f.definition().percent()
								&& (f.value().signum() != 0 || f.previous() != null && f.previous().signum() != 0))
						.ifPresent(f -> {
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

	// Members that counted nobody are left out, as the text leaves them out.
	private void bars(List<SummaryChart> charts, String id, String title, Map<String, BigDecimal> all) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		all.forEach((k, v) -> {
			if (v != null && v.signum() != 0) {
				values.put(k, v);
			}
		});
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
