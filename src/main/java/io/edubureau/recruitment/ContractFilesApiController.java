package io.edubureau.recruitment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Employment contracts as files through the API: the contract text (聘用合同书) as DOCX and
 * the contract import with its template.
 */
@RestController
@Tag(name = "Posts and contracts")
class ContractFilesApiController {

	private final Contracts contracts;

	private final ContractImport contractImport;

	private final SheetManagement sheets;

	ContractFilesApiController(Contracts contracts, ContractImport contractImport, SheetManagement sheets) {
		this.contracts = contracts;
		this.contractImport = contractImport;
		this.sheets = sheets;
	}

	/** The import's answer: rows written (0 on errors) and every refused cell. */

	@GetMapping("/api/v1/contracts/{id}/text")
	@PreAuthorize("hasAuthority('recruitment:contract:read')")
	@Operation(summary = "The contract text (事业单位聘用合同书) as DOCX in Chinese; the read is audited")
	ResponseEntity<byte[]> text(DataScope scope, @PathVariable long id) {
		return docx(id, contracts.document(scope, id));
	}

	static ResponseEntity<byte[]> docx(long id, byte[] docx) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("聘用合同书-" + id + ".docx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.body(docx);
	}

	@PostMapping(path = "/api/v1/contracts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	@Operation(summary = "Import employment contracts from .xlsx or .csv (identity number, name, kind, dates, grade, "
			+ "first job, probation); the rules of a contract signed by hand; all or nothing with per-row errors")
	ResponseEntity<ImportAnswer> importContracts(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, contractImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/api/v1/contracts/import/template")
	@PreAuthorize("hasAuthority('recruitment:contract:manage')")
	@Operation(
			summary = "The contract import template (Chinese labels, kind and grade drop-downs) with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, ContractImport.LAYOUT, "contracts", format, lang, locale);
	}

}
