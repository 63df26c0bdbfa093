package io.edubureau.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.ActionJob;
import io.edubureau.sheet.SheetFormat;
import io.edubureau.sheet.SheetManagement;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The figure book page, the records behind a figure, and freezing. */
@Controller
class ReportsPageController {

	static final int PAGE_SIZE = 50;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ReportsManagement reports;

	private final FigureExport export;

	private final SheetManagement sheets;

	private final MessageSource messages;

	private final io.edubureau.audit.AuditManagement audit;

	private final tools.jackson.databind.json.JsonMapper json;

	private final FreezeJobs freezeJobs;

	ReportsPageController(ReportsManagement reports, FigureExport export, SheetManagement sheets,
			MessageSource messages, io.edubureau.audit.AuditManagement audit,
			tools.jackson.databind.json.JsonMapper json, FreezeJobs freezeJobs) {
		this.json = json;
		this.audit = audit;
		this.reports = reports;
		this.messages = messages;
		this.export = export;
		this.sheets = sheets;
		this.freezeJobs = freezeJobs;
	}

	/** One figure line as the page shows it. */
	record Line(FigureValue figure, String label, String difference) {
	}

	/**
	 * A definition with its concrete figures; a school-year figure names its school year
	 * and the previous one ({@code null} for calendar-year figures).
	 */
	record Group(FigureDefinition definition, String label, String text, List<Line> lines, String period,
			String previousPeriod) {
	}

	/**
	 * One module's part of the book: its name, its figures, and a chart of its counts
	 * this year against last ({@code null} when it has none to draw).
	 */
	record Section(String module, String label, List<Group> groups, String chart) {
	}

	/** Most bars a section's chart shows; the rest are in its tables. */
	static final int CHART_BARS = 10;

	List<Section> sections(List<Group> groups, int year, Locale locale) {
		Map<String, List<Group>> byModule = new LinkedHashMap<>();
		groups.forEach(g -> byModule.computeIfAbsent(g.definition().module(), k -> new ArrayList<>()).add(g));
		List<Section> sections = new ArrayList<>();
		byModule.forEach((module, parts) -> sections.add(new Section(module, sectionLabel(module, locale), parts,
				chart(sectionLabel(module, locale), parts, year))));
		return sections;
	}

	private String sectionLabel(String module, Locale locale) {
		String nav = messages.getMessage("nav." + module, null, null, locale);
		return nav != null ? nav : messages.getMessage("reports.book.section." + module, null, module, locale);
	}

	// The section's most common kind of count on one axis (no percentages or money), the
	// largest first.
	private String chart(String title, List<Group> parts, int year) {
		List<Group> counts = parts.stream()
			.filter(g -> g.definition().unit() != null && !g.definition().percent()
					&& !"yuan".equals(g.definition().unit()))
			.toList();
		String unit = counts.stream()
			.collect(java.util.stream.Collectors.groupingBy(g -> g.definition().unit(),
					java.util.stream.Collectors.counting()))
			.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(Map.Entry::getKey)
			.orElse(null);
		List<Line> lines = counts.stream()
			.filter(g -> g.definition().unit().equals(unit))
			.flatMap(g -> g.lines().stream())
			.filter(l -> l.figure().value().signum() > 0 || l.figure().previous().signum() > 0)
			.sorted(java.util.Comparator.comparing((Line l) -> l.figure().value()).reversed())
			.limit(CHART_BARS)
			.toList();
		if (lines.isEmpty()) {
			return null;
		}
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("kind", "BAR");
		spec.put("title", title);
		spec.put("categories", lines.stream().map(Line::label).toList());
		spec.put("series",
				List.of(Map.of("name", String.valueOf(year), "values",
						lines.stream().map(l -> l.figure().value()).toList()),
						Map.of("name", String.valueOf(year - 1), "values",
								lines.stream().map(l -> l.figure().previous()).toList())));
		return json.writeValueAsString(spec);
	}

	@GetMapping("/reports/figures")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	String book(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, Model model, Locale locale, HttpServletResponse response) {
		model.addAttribute("unit", unit == null ? "" : unit.strip());
		model.addAttribute("firstYear", ReportsManagement.FIRST_YEAR);
		model.addAttribute("lastYear", ReportsManagement.lastYear());
		try {
			int y = year == null || year.isBlank() ? LocalDate.now().getYear() : ReportsManagement.year(year);
			model.addAttribute("year", y);
			FigureBook book = reports.book(scope, y, unit);
			model.addAttribute("book", book);
			List<Group> groups = groups(book, locale);
			model.addAttribute("groups", groups);
			model.addAttribute("sections", sections(groups, y, locale));
			model.addAttribute("frozenAt", book.frozenAt() == null ? null
					: STAMP.format(LocalDateTime.ofInstant(book.frozenAt(), ZoneId.systemDefault())));
		}
		catch (Rejection ex) {
			response.setStatus(ex.malformedRequest() ? 400 : 422);
			model.addAttribute("year", year);
			model.addAttribute("problems", ex.problems());
		}
		return "reports/figures";
	}

	List<Group> groups(FigureBook book, Locale locale) {
		boolean zh = "zh".equals(locale.getLanguage());
		Map<String, Group> groups = new LinkedHashMap<>();
		for (FigureValue f : book.figures()) {
			FigureDefinition d = f.definition();
			groups
				.computeIfAbsent(d.key(),
						k -> new Group(d, d.label(zh), d.definition(zh), new ArrayList<>(),
								d.perSchoolYear() ? reports.periodLabel(d, book.year(), locale) : null,
								d.perSchoolYear() ? reports.periodLabel(d, book.year() - 1, locale) : null))
				.lines()
				.add(new Line(f, f.member() == null ? d.label(zh) : reports.memberLabel(d, f.member(), locale),
						reports.differenceText(f, locale)));
		}
		return List.copyOf(groups.values());
	}

	@PostMapping("/reports/figures/freeze")
	@PreAuthorize("hasAuthority('reports:summary:freeze')")
	String freeze(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, Locale locale, RedirectAttributes redirect) {
		try {
			int y = ReportsManagement.year(year);
			ActionJob job = freezeJobs.start(scope, y, unit, locale);
			return "redirect:" + FreezeJobs.bookUrl("/reports/figures/jobs/" + job.id(), y, unit);
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("flashProblems", ex.problems());
		}
		redirect.addAttribute("year", year);
		if (unit != null && !unit.isBlank()) {
			redirect.addAttribute("unit", unit.strip());
		}
		return "redirect:/reports/figures";
	}

	/**
	 * The freeze running in the background, with its progress bar and, once done, the
	 * link to the frozen book; only the status when htmx polls. Another user's or an
	 * unknown job is not found.
	 */
	@GetMapping("/reports/figures/jobs/{jobId}")
	@PreAuthorize("hasAuthority('reports:summary:freeze')")
	String job(@PathVariable String jobId, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		ActionJob job = freezeJobs.get(jobId);
		// The year and unit only build the links back; a malformed one links the
		// current book.
		String y = year != null && year.strip().matches("\\d{4}") ? year.strip() : null;
		String u = unit != null && unit.strip().matches("\\d{1,20}") ? unit.strip() : null;
		String query = (y == null ? "" : "year=" + y) + (u == null ? "" : (y == null ? "" : "&") + "unit=" + u);
		model.addAttribute("job", job);
		model.addAttribute("pollUrl", "/reports/figures/jobs/" + jobId + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("backUrl", "/reports/figures" + (query.isEmpty() ? "" : "?" + query));
		model.addAttribute("backLabelKey", "reports.job.book");
		model.addAttribute("titleKey", "reports.job.title");
		return htmx != null ? "sheet/action-job :: status" : "sheet/action";
	}

	@PostMapping("/reports/figures/unfreeze")
	@PreAuthorize("hasAuthority('reports:summary:freeze')")
	String unfreeze(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, RedirectAttributes redirect) {
		try {
			reports.unfreeze(scope, ReportsManagement.year(year), unit);
			redirect.addFlashAttribute("notice", "reports.unfreeze.done");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("flashProblems", ex.problems());
		}
		redirect.addAttribute("year", year);
		if (unit != null && !unit.isBlank()) {
			redirect.addAttribute("unit", unit.strip());
		}
		return "redirect:/reports/figures";
	}

	@GetMapping("/reports/figures/{key}/records")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	String records(DataScope scope, @PathVariable String key, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") String page, Model model,
			Locale locale, HttpServletResponse response) {
		int y = year == null || year.isBlank() ? LocalDate.now().getYear() : ReportsManagement.year(year);
		int p = ReportsApiController.number("page", page);
		FigureRecords records = reports.records(scope, y, unit, key, p, PAGE_SIZE);
		ReportsApiController.lineageRead(audit, key, y, unit, p, records);
		FigureDefinition d = reports.definition(key).orElseThrow();
		FigureBook book = reports.book(scope, y, unit);
		FigureValue value = book.figure(key).orElse(null);
		model.addAttribute("key", key);
		model.addAttribute("year", y);
		model.addAttribute("unit", unit == null ? "" : unit.strip());
		model.addAttribute("definition", d);
		String title = value == null ? d.label("zh".equals(locale.getLanguage())) : reports.label(value, locale);
		// "title" would clash with the layout's fragment parameter of that name.
		model.addAttribute("figureTitle", d.perSchoolYear() ? messages.getMessage("reports.records.withPeriod",
				new Object[] { title, reports.periodLabel(d, y, locale) }, locale) : title);
		model.addAttribute("value", value);
		model.addAttribute("headers", records.columnKeys().stream().map(c -> export.text(c, locale)).toList());
		model.addAttribute("rows",
				records.rows().stream().map(r -> r.stream().map(c -> export.text(c, locale)).toList()).toList());
		model.addAttribute("total", records.total());
		// A person's name links to their page where the reader may open it.
		model.addAttribute("staffIds", records.staffIds());
		model.addAttribute("nameColumn", records.personColumn());
		model.addAttribute("page", p);
		model.addAttribute("pages", Math.max(1, (records.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		return "reports/records";
	}

	@GetMapping("/reports/figures/{key}/records/export")
	@PreAuthorize("hasAuthority('reports:records:export')")
	void exportRecords(DataScope scope, @PathVariable String key, @RequestParam(required = false) String year,
			@RequestParam(required = false) String unit, Locale locale, HttpServletResponse response)
			throws IOException {
		int y = year == null || year.isBlank() ? LocalDate.now().getYear() : ReportsManagement.year(year);
		FigureRecords first = export.first(scope, y, unit, key);
		export.write(sheets.download(response, SheetFormat.XLSX, "figure-" + key + "-" + y), first, scope, y, unit, key,
				locale);
	}

	// Bad year, page or unit code on a page other than the book: the book page shows the
	// problem.
	@ExceptionHandler(Rejection.class)
	String rejected(Rejection ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.malformedRequest() ? 400 : 422);
		model.addAttribute("firstYear", ReportsManagement.FIRST_YEAR);
		model.addAttribute("lastYear", ReportsManagement.lastYear());
		model.addAttribute("problems", ex.problems());
		return "reports/figures";
	}

}
