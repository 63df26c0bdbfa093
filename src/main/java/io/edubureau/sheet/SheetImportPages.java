package io.edubureau.sheet;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.platform.NotFound;

import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;

/**
 * One module's import page flow on the shared {@code templates/sheet/import.html}: the
 * form, the upload that starts a background job, the job page htmx polls, the error
 * report and the template download. Obtained from
 * {@link SheetManagement#importPages(SheetLayout, ImportPage, String)}; the module's
 * controller keeps the mappings and permissions and calls one method per endpoint, so the
 * flow is written once.
 */
public final class SheetImportPages {

	private final SheetManagement sheets;

	private final SheetLayout layout;

	private final ImportPage page;

	private final String downloadName;

	SheetImportPages(SheetManagement sheets, SheetLayout layout, ImportPage page, String downloadName) {
		this.sheets = sheets;
		this.layout = layout;
		this.page = page;
		this.downloadName = downloadName;
	}

	/** The upload form; returns the view. */
	public String form(Model model, Locale locale) {
		sheets.describeImportPage(model, layout, page, locale);
		return "sheet/import";
	}

	/**
	 * Starts the import in the background; returns the redirect to its job page. Posted
	 * with {@code rerun=<job id>} and no file (the button on a failed job's page),
	 * imports that job's stored file again instead, under the same permission and scope
	 * as an upload.
	 */
	public <T> String upload(MultipartFile file, SheetImport<T> importer, boolean dryRun) {
		String rerun = requestParameter("rerun");
		if (rerun != null && !rerun.isBlank() && (file == null || file.isEmpty())) {
			return rerun(rerun, importer);
		}
		ImportJob job = sheets.startImport(file, importer, dryRun);
		sheets.linkPage(job.id(), jobUrl(job.id()));
		return "redirect:" + jobUrl(job.id());
	}

	/**
	 * The job's page, or only its status fragment when htmx polls; another user's or an
	 * unknown job is not found.
	 */
	public String job(String id, boolean htmx, Model model, Locale locale) {
		ImportJob job = sheets.job(id).orElseThrow(() -> new NotFound("import " + id));
		sheets.describeImportPage(model, layout, page, locale);
		model.addAttribute("job", job);
		model.addAttribute("pollUrl", jobUrl(id));
		model.addAttribute("reportUrl", jobUrl(id) + "/report");
		model.addAttribute("rerunUrl", job.finished() && sheets.canRerun(id) ? page.base() : null);
		return htmx ? "sheet/job :: status" : "sheet/import";
	}

	/**
	 * Downloads the finished job's rows with their errors as
	 * {@code <name>-errors-*.xlsx}.
	 */
	public void report(String id, HttpServletResponse response) throws IOException {
		ImportJob job = sheets.job(id).orElseThrow(() -> new NotFound("import " + id));
		if (job.result() == null || !job.result().hasRowErrors()) {
			throw new NotFound("report " + id);
		}
		sheets.writeErrorReport(id, layout, sheets.download(response, SheetFormat.XLSX, downloadName + "-errors"));
	}

	/**
	 * Imports a finished job's stored file again (after fixing what it depended on, or
	 * after its node died); returns the redirect to the new job's page. Another user's or
	 * an unknown job is not found.
	 */
	public <T> String rerun(String id, SheetImport<T> importer) {
		ImportJob job = sheets.rerun(id, importer).orElseThrow(() -> new NotFound("import " + id));
		sheets.linkPage(job.id(), jobUrl(job.id()));
		return "redirect:" + jobUrl(job.id());
	}

	/**
	 * Downloads the empty template as {@code <name>-template-*}, headers in {@code lang}
	 * or else the page's language; an unknown format is not found.
	 */
	public void template(String format, String lang, Locale locale, HttpServletResponse response) throws IOException {
		SheetFormat f = SheetFormat.parse(format).orElseThrow(() -> new NotFound("format " + format));
		Locale language = lang == null || lang.isBlank() ? locale : Locale.forLanguageTag(lang);
		sheets.writeTemplate(sheets.download(response, f, downloadName + "-template"), layout, f, language);
	}

	// The modules' upload mappings predate the rerun and need not name its parameter.
	private static String requestParameter(String name) {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getParameter(name) : null;
	}

	private String jobUrl(String id) {
		return page.base() + "/jobs/" + id;
	}

}
