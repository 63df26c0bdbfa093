package io.edubureau.recruitment;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Masking;
import io.edubureau.platform.Paging;
import io.edubureau.recruitment.Views.ApplicationView;
import io.edubureau.recruitment.Views.PositionView;
import io.edubureau.recruitment.Views.RankingEntry;
import io.edubureau.recruitment.Views.RoundView;
import io.edubureau.recruitment.Views.Vacancy;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportAnswer;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Recruitment rounds through the API: plan, announcement, applications, scores, ranking,
 * selection, hire.
 */
@RestController
@RequestMapping("/api/v1/recruitment")
@Tag(name = "Recruitment", description = "Recruitment rounds (招聘): plan within vacancies, applications, scores, hire")
class RecruitmentApiController {

	private final RecruitmentManagement recruitment;

	private final ApplicantPhotos photos;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final ScoreImport scoreImport;

	private final ApplicantImport applicantImport;

	RecruitmentApiController(RecruitmentManagement recruitment, RulesManagement rules, SheetManagement sheets,
			ScoreImport scoreImport, ApplicantImport applicantImport, ApplicantPhotos photos) {
		this.photos = photos;
		this.recruitment = recruitment;
		this.rules = rules;
		this.sheets = sheets;
		this.scoreImport = scoreImport;
		this.applicantImport = applicantImport;
	}

	@GetMapping("/rounds")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "Rounds the caller's area sees, the latest year first (paged)")
	PagedModel<RoundView> rounds(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageRequest request = Paging.request(page, size, 200);
		List<RoundView> all = recruitment.rounds(scope);
		int from = (int) Math.min(all.size(), request.getOffset());
		return new PagedModel<>(new PageImpl<>(all.subList(from, Math.min(all.size(), from + request.getPageSize())),
				request, all.size()));
	}

	@PostMapping("/rounds")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a round (year, title, writtenWeight + interviewWeight = 100, scoreScale 0–2, "
			+ "selectionRatio, publicityDays)")
	RoundView open(DataScope scope, @RequestBody(required = false) Forms.RoundForm form) {
		return recruitment.openRound(scope, form);
	}

	@GetMapping("/rounds/{id}")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "A round with its positions and history")
	RoundView round(DataScope scope, @PathVariable long id) {
		return recruitment.round(scope, id);
	}

	@GetMapping("/rounds/{id}/vacancies")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(
			summary = "Today's vacancies by unit and post category (approved − actual + retiring in the round's year)")
	List<Vacancy> vacancies(DataScope scope, @PathVariable long id) {
		return recruitment.vacancies(scope, recruitment.round(scope, id).year());
	}

	@GetMapping("/rounds/{id}/plan")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "Whether the plan fits the vacancies, with one reason per unit and post category")
	Map<String, Object> plan(DataScope scope, @PathVariable long id, Locale locale) {
		Views.PlanCheck check = recruitment.planCheck(scope, id);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fits", check.fits());
		body.put("reasons", rules.explain(check.reasons(), locale));
		return body;
	}

	@PostMapping("/rounds/{id}/positions")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Add a position to a drafted plan; refused (422) with the reason when it exceeds the vacancies")
	PositionView addPosition(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) Forms.PositionForm form) {
		return recruitment.addPosition(scope, id, form);
	}

	@PostMapping("/rounds/{id}/approve")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Record the establishment office's approval (document, approvedOn)")
	RoundView approve(DataScope scope, @PathVariable long id, @RequestBody(required = false) Forms.ApprovalForm form) {
		return recruitment.approve(scope, id, form);
	}

	@PostMapping("/rounds/{id}/publish")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Publish the approved positions on the public announcement page")
	RoundView publish(DataScope scope, @PathVariable long id) {
		return recruitment.advance(scope, id, RoundStatus.PUBLISHED);
	}

	@PostMapping("/rounds/{id}/close")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Close a published round")
	RoundView close(DataScope scope, @PathVariable long id) {
		return recruitment.advance(scope, id, RoundStatus.CLOSED);
	}

	@GetMapping("/rounds/{id}/applications")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "Applications of units in scope, optionally of one position",
			description = "page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> applications(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) Long position, Locale locale, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(recruitment.applications(scope, id, position, page, size).map(a -> json(a, locale)));
	}

	@PostMapping("/rounds/{id}/applications")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an applicant (positionId, idNumber, name, education, hasCertificate, household, "
			+ "firstJob); eligibility with reasons")
	Map<String, Object> apply(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) Forms.ApplicationForm form, Locale locale) {
		return json(recruitment.apply(scope, id, form), locale);
	}

	@GetMapping("/rounds/{id}/applications/{applicationId}")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "An application with its reasons and history")
	Map<String, Object> application(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			Locale locale) {
		return json(recruitment.application(scope, id, applicationId), locale);
	}

	@PostMapping(path = "/rounds/{id}/applications/{applicationId}/photo",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Upload (or replace) the applicant's photo: JPEG or PNG judged by its content, at most 2 MB, "
			+ "100–4,000 pixels a side")
	ApplicantPhotos.PhotoView uploadPhoto(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestParam(name = "file", required = false) MultipartFile file) throws java.io.IOException {
		return photos.upload(scope, id, applicationId, file == null ? null : file.getOriginalFilename(),
				file == null ? null : file.getBytes());
	}

	@GetMapping("/rounds/{id}/applications/{applicationId}/photo")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "The applicant's photo (404 when none); each read is audited")
	ResponseEntity<byte[]> photo(DataScope scope, @PathVariable long id, @PathVariable long applicationId) {
		return image(photos.photo(scope, id, applicationId));
	}

	/** A photo shown inline, never cached, never sniffed as another type. */
	static ResponseEntity<byte[]> image(ApplicantPhotos.PhotoFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.inline()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	// Not on the sheet's path: one path with two bodies makes generated clients miss a
	// type.
	@PostMapping(path = "/rounds/{id}/scores/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Enter written and interview scores [{applicationId, written, interview}]; all or nothing",
			description = "The JSON form; the score sheet is posted to …/scores as multipart/form-data.")
	Map<String, Integer> scores(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) List<Forms.ScoreForm> lines) {
		return Map.of("scored", recruitment.scores(scope, id, lines));
	}

	@PostMapping(path = "/rounds/{id}/scores", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Import scores from .xlsx or .csv (报名序号 or 身份证号, 笔试成绩, 面试成绩); the rules of scores "
			+ "entered by hand; all or nothing with per-row errors")
	ResponseEntity<ImportAnswer> importScores(DataScope scope, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		recruitment.round(scope, id);
		ImportResult result = sheets.importNow(file, scoreImport.forRound(scope, id), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/scores/template")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "The score import template (Chinese labels) with one example row")
	void scoreTemplate(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, ScoreImport.LAYOUT, "scores", format, lang, locale);
	}

	@PostMapping(path = "/rounds/{id}/applications/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Import applicants from the provincial exam platform's sheet (.xlsx or .csv: 岗位编号, 身份证号, "
			+ "姓名, 学历, …), registered like the form; all or nothing with per-row errors")
	ResponseEntity<ImportAnswer> importApplicants(DataScope scope, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun) {
		recruitment.round(scope, id);
		ImportResult result = sheets.importNow(file, applicantImport.forRound(scope, id), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/applications/template")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "The applicant import template (Chinese labels, education drop-down) with one example row")
	void applicantTemplate(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, ApplicantImport.LAYOUT, "applicants", format, lang, locale);
	}

	@GetMapping("/rounds/{id}/ranking")
	@PreAuthorize("hasAuthority('recruitment:round:read')")
	@Operation(summary = "A position's candidates in rank order: total, ties broken by the written score")
	List<RankingEntry> ranking(DataScope scope, @PathVariable long id, @RequestParam long position) {
		return recruitment.ranking(scope, id, position);
	}

	@PostMapping("/rounds/{id}/positions/{positionId}/select")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Choose candidates for physical examination and inspection in rank order (number × ratio)")
	List<RankingEntry> select(DataScope scope, @PathVariable long id, @PathVariable long positionId) {
		return recruitment.select(scope, id, positionId);
	}

	@PostMapping("/rounds/{id}/applications/{applicationId}/drop")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "A chosen candidate drops out (reason); the next in rank order is chosen (递补)")
	List<RankingEntry> drop(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestBody(required = false) Forms.DropForm form) {
		return recruitment.drop(scope, id, applicationId, form);
	}

	@PostMapping("/rounds/{id}/applications/{applicationId}/publicity")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Start the public notice (from); its last day by the day-counting rule")
	Map<String, Object> publicity(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestBody(required = false) Forms.PublicityForm form, Locale locale) {
		return json(recruitment.publicize(scope, id, applicationId, form), locale);
	}

	@PostMapping("/rounds/{id}/applications/{applicationId}/hire")
	@PreAuthorize("hasAuthority('recruitment:round:manage')")
	@Operation(summary = "Hire after the public notice (hiredOn, contractYears, probationMonths): creates or updates "
			+ "the staff record")
	Map<String, Object> hire(DataScope scope, @PathVariable long id, @PathVariable long applicationId,
			@RequestBody(required = false) Forms.HireForm form, Locale locale) {
		return json(recruitment.hire(scope, id, applicationId, form), locale);
	}

	private Map<String, Object> json(ApplicationView a, Locale locale) {
		boolean reveal = revealsSensitive();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", a.id());
		body.put("roundId", a.roundId());
		body.put("positionId", a.positionId());
		body.put("unitName", a.unitName());
		body.put("idNumber", reveal ? a.idNumber() : Masking.idNumber(a.idNumber()));
		body.put("name", a.name());
		body.put("birthDate", reveal ? a.birthDate() : null);
		body.put("education", a.education());
		body.put("hasCertificate", a.hasCertificate());
		body.put("firstJob", a.firstJob());
		body.put("status", a.status());
		body.put("written", a.written());
		body.put("interview", a.interview());
		body.put("total", a.total());
		body.put("publicityFrom", a.publicityFrom());
		body.put("publicityTo", a.publicityTo());
		body.put("staffId", a.staffId());
		body.put("hiredOn", a.hiredOn());
		body.put("contractYears", a.contractYears());
		body.put("probationEnd", a.probationEnd());
		body.put("reasons", rules.explain(a.reasons(), locale));
		body.put("history", a.history());
		return body;
	}

	static boolean revealsSensitive() {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null
				&& auth.getAuthorities().stream().anyMatch(x -> "staff:sensitive:read".equals(x.getAuthority()));
	}

}
