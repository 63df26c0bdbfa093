package io.edubureau.exams;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The exams pages: statistics with the lines, the results list, one result, the import.
 */
@Controller
class ExamsPageController {

	private final ExamsManagement exams;

	private final ExamsImport examsImport;

	private final SheetImportPages importPages;

	ExamsPageController(ExamsManagement exams, ExamsImport examsImport, SheetManagement sheets) {
		this.exams = exams;
		this.examsImport = examsImport;
		this.importPages = sheets.importPages(ExamsSheet.LAYOUT,
				new ImportPage("/exams/import", "exams.import", "/exams", "exams.title"), "exam-results");
	}

	// The latest exam whose results are out: this year's from July, else last year's.
	static int defaultYear() {
		LocalDate today = LocalDate.now();
		return today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
	}

	@GetMapping("/exams")
	@PreAuthorize("hasAuthority('exams:result:read')")
	String index(DataScope scope, @RequestParam(defaultValue = "GAOKAO") Exam exam,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit, Model model,
			Locale locale) {
		int y = year == null ? defaultYear() : year;
		model.addAttribute("exam", exam);
		model.addAttribute("year", y);
		model.addAttribute("unit", unit);
		model.addAttribute("exams", Exam.values());
		model.addAttribute("batches", exam.batches());
		model.addAttribute("allBatches", LineBatch.values());
		model.addAttribute("stats", exams.statistics(scope, exam, y, unit, null, locale));
		return "exams/index";
	}

	@PostMapping("/exams/lines")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	String recordLine(@RequestParam(required = false) LineBatch batch, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer score,
			@RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate publishedOn,
			@RequestParam(required = false) String source, RedirectAttributes redirect) {
		Exam exam = batch == null ? Exam.GAOKAO : batch.exam();
		String back = "/exams?exam=" + exam + (year == null ? "" : "&year=" + year);
		return FlashRedirect.after(redirect, "exams.line.recorded", back,
				() -> exams.recordLine(new LineForm(batch, year, score, publishedOn, source)));
	}

	@GetMapping("/exams/results")
	@PreAuthorize("hasAuthority('exams:result:read')")
	String results(DataScope scope, @RequestParam(defaultValue = "GAOKAO") Exam exam,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long unit,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int y = year == null ? defaultYear() : year;
		model.addAttribute("exam", exam);
		model.addAttribute("year", y);
		model.addAttribute("page", exams.results(scope, exam, y, unit, page, 50, ExamsApiController.reveals()));
		model.addAttribute("base",
				"/exams/results?exam=" + exam + "&year=" + y + (unit == null ? "" : "&unit=" + unit));
		return "exams/results";
	}

	@GetMapping("/exams/results/{id}")
	@PreAuthorize("hasAuthority('exams:result:read')")
	String result(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		model.addAttribute("detail", exams.result(scope, id, null, ExamsApiController.reveals(), locale));
		return "exams/result";
	}

	// ---- import of results

	@GetMapping("/exams/import")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/exams/import")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, examsImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/exams/import/jobs/{id}")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/exams/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/exams/import/template")
	@PreAuthorize("hasAuthority('exams:result:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
