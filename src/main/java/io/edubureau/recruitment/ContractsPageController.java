package io.edubureau.recruitment;

import java.io.IOException;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportPage;
import io.edubureau.sheet.SheetImportPages;
import io.edubureau.sheet.SheetManagement;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
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
 * The employment contract pages: contracts ending soon and staff without one, a contract
 * with its history and its text (聘用合同书) as DOCX, and the contract import.
 */
@Controller
class ContractsPageController {

	private final Contracts contracts;

	private final ContractImport contractImport;

	private final SheetImportPages importPages;

	ContractsPageController(Contracts contracts, ContractImport contractImport, SheetManagement sheets) {
		this.contracts = contracts;
		this.contractImport = contractImport;
		this.importPages = sheets.importPages(ContractImport.LAYOUT, new ImportPage("/recruitment/contracts/import",
				"recruitment.contractImport", "/recruitment/contracts", "recruitment.contracts.title"), "contracts");
	}

	@GetMapping("/recruitment/contracts")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	String index(DataScope scope, @RequestParam(defaultValue = "90") int days, Model model) {
		int within = Math.max(1, Math.min(730, days));
		model.addAttribute("days", within);
		model.addAttribute("expiring", contracts.expiring(scope, within));
		model.addAttribute("missing", contracts.missing(scope));
		return "recruitment/contracts";
	}

	@GetMapping("/recruitment/contracts/{id}")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	String contract(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("c", contracts.contractView(scope, id));
		model.addAttribute("history", contracts.history(scope, id));
		return "recruitment/contract";
	}

	@GetMapping("/recruitment/contracts/{id}/text")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	ResponseEntity<byte[]> text(DataScope scope, @PathVariable long id) {
		return ContractFilesApiController.docx(id, contracts.document(scope, id));
	}

	// ---- import

	@GetMapping("/recruitment/contracts/import")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	String importForm(Model model, Locale locale) {
		return importPages.form(model, locale);
	}

	@PostMapping("/recruitment/contracts/import")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return importPages.upload(file, contractImport.forScope(scope), dryRun);
	}

	/** The job's page, or only its status fragment when htmx polls. */
	@GetMapping("/recruitment/contracts/import/jobs/{id}")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	String job(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			Locale locale) {
		return importPages.job(id, htmx != null, model, locale);
	}

	@GetMapping("/recruitment/contracts/import/jobs/{id}/report")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	void report(@PathVariable String id, HttpServletResponse response) throws IOException {
		importPages.report(id, response);
	}

	@GetMapping("/recruitment/contracts/import/template")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		importPages.template(format, lang, locale, response);
	}

}
