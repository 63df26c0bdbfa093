package io.edubureau.awards;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.sheet.ImportAnswer;
import io.edubureau.awards.Views.NominationView;
import io.edubureau.awards.Views.QuotaView;
import io.edubureau.awards.Views.RoundView;
import io.edubureau.org.DataScope;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Commendation rounds (表彰) through the API; amounts in fen. */
@RestController
@RequestMapping("/api/v1/awards")
@Tag(name = "Awards", description = "Commendation rounds (表彰), quotas (名额), nominations, public notice, conferral")
class AwardsApiController {

	private final AwardsManagement awards;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final AwardsImport nominationImport;

	AwardsApiController(AwardsManagement awards, RulesManagement rules, SheetManagement sheets,
			AwardsImport nominationImport) {
		this.awards = awards;
		this.rules = rules;
		this.sheets = sheets;
		this.nominationImport = nominationImport;
	}

	/** An import's answer: the rows nominated, or every row's errors. */

	@PostMapping(path = "/nominations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	@Operation(summary = "Import nominations from .xlsx or .csv (round, person, day, merits); all or nothing")
	ResponseEntity<ImportAnswer> importNominations(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, nominationImport.forScope(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/nominations/import/template")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	@Operation(summary = "The nomination import template with one example row")
	void template(@RequestParam(required = false) String format, @RequestParam(required = false) String lang,
			Locale locale, HttpServletResponse response) throws IOException {
		sheets.downloadTemplate(response, AwardsImport.LAYOUT, "award-nominations", format, lang, locale);
	}

	@GetMapping("/rounds")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The rounds the scope's unit or a unit above it owns, newest first")
	List<RoundView> rounds(DataScope scope) {
		return awards.rounds(scope);
	}

	@PostMapping("/rounds")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a round (kind, level, year, one-off payment per person in fen)")
	RoundView open(@RequestBody Forms.RoundForm form, DataScope scope) {
		return awards.open(scope, form);
	}

	@GetMapping("/rounds/{id}")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "One round with its counts and the total paid in fen")
	RoundView round(@PathVariable long id, DataScope scope) {
		return awards.roundView(scope, id);
	}

	@GetMapping("/rounds/{id}/history")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "Every transition of the round and its nominations")
	List<Views.StepView> history(@PathVariable long id, DataScope scope) {
		return awards.history(scope, id);
	}

	@GetMapping("/rounds/{id}/quotas")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The units' quotas in scope with the places used")
	List<QuotaView> quotas(@PathVariable long id, DataScope scope) {
		return awards.quotas(scope, id);
	}

	@PutMapping("/rounds/{id}/quotas")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(summary = "Set a unit's quota while nominating (not below its nominations)")
	QuotaView quota(@PathVariable long id, @RequestBody Forms.QuotaForm form, DataScope scope) {
		return awards.setQuota(scope, id, form);
	}

	@PostMapping("/rounds/{id}/quotas/by-headcount")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(
			summary = "Share the round's places out to the units by their full-time teachers on a day (largest remainders)")
	Map<String, Object> allocate(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope,
			Locale locale) {
		Views.AllocationView a = awards.allocateByHeadcount(scope, id, form == null ? null : form.on());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("on", a.on());
		body.put("teachers", a.teachers());
		body.put("shareBasisPoints", a.shareBasisPoints());
		body.put("places", a.places());
		body.put("quotas", a.quotas());
		body.put("reasons", rules.explain(a.reasons(), locale));
		return body;
	}

	@GetMapping("/rounds/{id}/eligibility/{staffId}")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	@Operation(
			summary = "Whether a person may be nominated on a day: the one-vote veto, years of service and appraisals, with the reasons")
	Map<String, Object> eligibility(@PathVariable long id, @PathVariable long staffId, @RequestParam LocalDate on,
			DataScope scope, Locale locale) {
		Views.EligibilityView e = awards.eligibility(scope, id, staffId, on);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("staffId", e.staffId());
		body.put("eligible", e.eligible());
		body.put("reasons", rules.explain(e.reasons(), locale));
		return body;
	}

	@GetMapping("/rounds/{id}/nominations")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The round's nominations in scope", description = "page (from 0), size (1–200).")
	PagedModel<NominationView> nominations(@PathVariable long id, DataScope scope,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(awards.nominations(scope, id, page, size));
	}

	@PostMapping("/rounds/{id}/nominations")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Nominate a person: refused with the one-vote veto's reasons or when the quota is full")
	NominationView nominate(@PathVariable long id, @RequestBody Forms.NominationForm form, DataScope scope) {
		return awards.nominate(scope, id, form, LocalDate.now());
	}

	@PostMapping("/rounds/{id}/review")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(summary = "Close nominations: the round goes under review")
	RoundView review(@PathVariable long id, @RequestBody(required = false) Forms.DayForm form, DataScope scope) {
		return awards.closeNominations(scope, id, form == null ? null : form.on());
	}

	@PostMapping("/rounds/{id}/reopen")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(summary = "Back to nominating from review")
	RoundView reopen(@PathVariable long id, @RequestBody(required = false) Forms.DayForm form, DataScope scope) {
		return awards.reopen(scope, id, form == null ? null : form.on(), form == null ? null : form.note());
	}

	@PostMapping("/rounds/{id}/publicity")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(summary = "Post the approved list publicly (公示) from a day; its last day by the holiday calendar")
	RoundView publish(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return awards.publish(scope, id, form.on());
	}

	@GetMapping("/notice-end")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The last day of a public notice posted on a day, with the reasons")
	Map<String, Object> noticeEnd(@RequestParam LocalDate on, Locale locale) {
		PeriodEnd end = awards.noticeEnd(on);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", end.start());
		body.put("workingDays", end.days());
		body.put("until", end.due());
		body.put("reasons", rules.explain(end.reasons(), locale));
		return body;
	}

	@PostMapping("/rounds/{id}/confer")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(summary = "Confer the approved after the notice (document number); honours written into the files")
	RoundView confer(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return awards.confer(scope, id, form);
	}

	@GetMapping("/nominations/{id}")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "One nomination")
	NominationView nomination(@PathVariable long id, DataScope scope) {
		return awards.nominationView(scope, id);
	}

	@PostMapping("/nominations/{id}/review")
	@PreAuthorize("hasAuthority('awards:round:manage')")
	@Operation(summary = "Approve or reject a nomination under review (a rejection with its reason)")
	NominationView reviewNomination(@PathVariable long id, @RequestBody Forms.ReviewForm form, DataScope scope) {
		return awards.review(scope, id, form);
	}

	@PostMapping("/nominations/{id}/withdraw")
	@PreAuthorize("hasAuthority('awards:nomination:submit')")
	@Operation(summary = "Withdraw a nomination (or an objection upheld during the notice) with the reason")
	NominationView withdraw(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return awards.withdraw(scope, id, form);
	}

}
