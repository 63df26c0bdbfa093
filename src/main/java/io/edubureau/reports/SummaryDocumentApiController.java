package io.edubureau.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual summary as a document ({@code format=docx|pdf|html}), its editable text
 * blocks with their versions, and the work plan.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports: annual summary",
		description = "The annual work summary as DOCX, PDF or HTML; its text blocks and versions; the work plan")
class SummaryDocumentApiController {

	private final SummaryWriter writer;

	private final WorkPlans plans;

	SummaryDocumentApiController(SummaryWriter writer, WorkPlans plans) {
		this.writer = writer;
		this.plans = plans;
	}

	@GetMapping("/annual-summary/document")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "The annual summary as a document: format=docx|pdf|html, lang=zh|en")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The document, as an attachment",
			content = {
					@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/pdf",
							schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
					@io.swagger.v3.oas.annotations.media.Content(
							mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
							schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")),
					@io.swagger.v3.oas.annotations.media.Content(mediaType = "text/html",
							schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")) })
	ResponseEntity<byte[]> summaryDocument(DataScope scope, @RequestParam int year,
			@RequestParam(required = false) String unit,
			@io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(
					allowableValues = { "pdf", "docx", "html" })) @RequestParam String format,
			@io.swagger.v3.oas.annotations.Parameter(schema = @io.swagger.v3.oas.annotations.media.Schema(
					allowableValues = { "zh", "en" })) @RequestParam(required = false) String lang,
			Locale locale) {
		return document(scope, year, unit, format, lang, locale);
	}

	// The same path as the JSON figures, told apart only by format=, so the document
	// merged the two; kept one release (docs/api.md).
	@GetMapping(path = "/annual-summary", params = "format")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@io.swagger.v3.oas.annotations.Hidden
	ResponseEntity<byte[]> document(DataScope scope, @RequestParam int year,
			@RequestParam(required = false) String unit, @RequestParam String format,
			@RequestParam(required = false) String lang, Locale locale) {
		SummaryFormat f = SummaryFormat.parse(format);
		String language = language(lang, locale);
		SummaryFile file = writer.export(scope, year, blankToNull(unit), language, f);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

	@GetMapping("/summary/{year}/blocks")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "The current text of every part of the summary in a language")
	List<TextBlock> blocks(DataScope scope, @PathVariable int year, @RequestParam(required = false) String lang,
			Locale locale) {
		ReportsManagement.checkYear(year);
		return List.copyOf(writer.blocks(scope, year, language(lang, locale)).values());
	}

	@GetMapping("/summary/{year}/blocks/{section}/{language}/versions")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "Every saved version of one text block, newest first, ending with the default")
	List<TextBlock> versions(DataScope scope, @PathVariable int year, @PathVariable SummarySection section,
			@PathVariable String language) {
		ReportsManagement.checkYear(year);
		return writer.versions(scope, year, section, language);
	}

	@PutMapping(path = "/summary/{year}/blocks/{section}/{language}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('reports:summary:edit')")
	@Operation(summary = "Save a text block as its next version; unknown figure keys are refused")
	TextBlock saveBlock(DataScope scope, @PathVariable int year, @PathVariable SummarySection section,
			@PathVariable String language, @RequestBody BlockText body) {
		return writer.save(scope, year, section, language, body == null ? null : body.text());
	}

	@GetMapping("/plan/{year}")
	@PreAuthorize("hasAuthority('reports:summary:read')")
	@Operation(summary = "The year's work plan with progress against the live figures")
	WorkPlan plan(DataScope scope, @PathVariable int year) {
		return plans.plan(scope, year);
	}

	@PutMapping(path = "/plan/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('reports:summary:edit')")
	@Operation(summary = "Replace the year's work plan targets; unknown figure keys are refused")
	WorkPlan savePlan(DataScope scope, @PathVariable int year, @RequestBody PlanBody body) {
		return plans.replace(scope, year, body == null ? List.of() : body.targets());
	}

	static String language(String lang, Locale locale) {
		if (lang != null && !lang.isBlank()) {
			String l = lang.strip().toLowerCase(Locale.ROOT);
			return l.startsWith("en") ? "en" : "zh";
		}
		return SummaryWriter.language(locale);
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** A block's new text. */
	record BlockText(String text) {
	}

	/** The year's targets, replacing the current ones. */
	record PlanBody(List<WorkPlanTarget> targets) {

		PlanBody {
			targets = targets == null ? List.of() : targets;
		}

	}

}
