package io.edubureau.cadres;

import java.io.IOException;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import pages of the cadre roster and of a round's tallies, on the shared sheet
 * import flow.
 */
@Controller
class CadresImportPageController {

	private final CadresImport imports;

	private final SheetManagement sheets;

	private final SheetImportPages rosterPages;

	CadresImportPageController(CadresImport imports, SheetManagement sheets) {
		this.imports = imports;
		this.sheets = sheets;
		this.rosterPages = sheets.importPages(CadresImport.ROSTER,
				new ImportPage("/cadres/import", "cadres.import.roster", "/cadres", "cadres.title"), "cadres-roster");
	}

	// The round's id is part of the page's address, so its flow is made per request.
	private SheetImportPages tallyPages(long roundId) {
		String round = "/cadres/rounds/" + roundId;
		return sheets.importPages(CadresImport.TALLIES,
				new ImportPage(round + "/tallies/import", "cadres.import.tallies", round, "cadres.import.round"),
				"cadres-tallies");
	}

	@GetMapping("/cadres/import")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String rosterForm(Model model, Locale locale) {
		return rosterPages.form(model, locale);
	}

	@PostMapping("/cadres/import")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String rosterUpload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return rosterPages.upload(file, imports.roster(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/cadres/import/jobs/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String rosterJob(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Model model, Locale locale) {
		return rosterPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/cadres/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	void rosterReport(@PathVariable String id, HttpServletResponse response) throws IOException {
		rosterPages.report(id, response);
	}

	@GetMapping("/cadres/import/template")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	void rosterTemplate(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		rosterPages.template(format, lang, locale, response);
	}

	@GetMapping("/cadres/rounds/{round}/tallies/import")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String tallyForm(@PathVariable long round, Model model, Locale locale) {
		return tallyPages(round).form(model, locale);
	}

	@PostMapping("/cadres/rounds/{round}/tallies/import")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String tallyUpload(@PathVariable long round, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return tallyPages(round).upload(file, imports.tallies(scope, round), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/cadres/rounds/{round}/tallies/import/jobs/{id}")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String tallyJob(@PathVariable long round, @PathVariable String id,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
		return tallyPages(round).job(id, htmx != null, model, locale);
	}

	@GetMapping("/cadres/rounds/{round}/tallies/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	void tallyReport(@PathVariable long round, @PathVariable String id, HttpServletResponse response)
			throws IOException {
		tallyPages(round).report(id, response);
	}

	@GetMapping("/cadres/rounds/{round}/tallies/import/template")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	void tallyTemplate(@PathVariable long round, @RequestParam(required = false) String format,
			@RequestParam(required = false) String lang, Locale locale, HttpServletResponse response)
			throws IOException {
		tallyPages(round).template(format, lang, locale, response);
	}

}
