package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.cadres.Forms.AdmonishForm;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.BallotForm;
import io.edubureau.cadres.Forms.ElectedAppointmentForm;
import io.edubureau.cadres.Forms.ElectionForm;
import io.edubureau.cadres.Forms.NoticeForm;
import io.edubureau.cadres.Forms.ObjectionForm;
import io.edubureau.cadres.Forms.ResolveForm;
import io.edubureau.cadres.Forms.EndForm;
import io.edubureau.cadres.Forms.PaperTallyForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.RemovalForm;
import io.edubureau.cadres.Forms.ReserveForm;
import io.edubureau.cadres.Forms.RoundForm;
import io.edubureau.cadres.Forms.TallyForm;
import io.edubureau.cadres.Forms.TeamAssessmentForm;
import io.edubureau.cadres.Forms.TeamForm;
import io.edubureau.cadres.Views.TeamAssessmentView;
import io.edubureau.cadres.Views.TeamView;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.ElectionView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.cadres.Views.ReserveView;
import io.edubureau.cadres.Views.RoundView;
import io.edubureau.cadres.Views.TallyView;
import io.edubureau.cadres.Views.TermView;
import io.edubureau.org.DataScope;
import io.edubureau.rules.RulesManagement;
import io.edubureau.sheet.ImportAnswer;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * Cadres: posts and the roster, democratic evaluation rounds, principal elections by
 * secret ballot, reserve cadres.
 */
@RestController
@RequestMapping("/api/v1/cadres")
@Tag(name = "Cadres", description = "Leadership posts, democratic evaluation, principal elections, reserve cadres")
class CadresApiController {

	private final CadresManagement cadres;

	private final RulesManagement rules;

	private final SheetManagement sheets;

	private final CadresImport imports;

	CadresApiController(CadresManagement cadres, RulesManagement rules, SheetManagement sheets, CadresImport imports) {
		this.cadres = cadres;
		this.rules = rules;
		this.sheets = sheets;
		this.imports = imports;
	}

	@GetMapping("/posts")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "Leadership posts of the units in scope", description = "page (from 0), size (1–200).")
	PagedModel<PostView> posts(DataScope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(cadres.posts(scope, unitId, page, size));
	}

	@PostMapping("/posts")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "A post: {\"unitId\": 1, \"kind\": \"PRINCIPAL\", \"title\": \"校长\"}")
	PostView createPost(DataScope scope, @RequestBody PostForm form) {
		return cadres.createPost(scope, form);
	}

	@GetMapping("/appointments")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "The roster: appointments in scope, ended ones included unless current=true",
			description = "page (from 0), size (1–200).")
	PagedModel<AppointmentView> roster(DataScope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(defaultValue = "false") boolean current, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(cadres.roster(scope, unitId, current, page, size));
	}

	@GetMapping("/appointments/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "One appointment")
	AppointmentView appointment(DataScope scope, @PathVariable long id) {
		return cadres.appointment(scope, id);
	}

	@PostMapping("/appointments")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Appoint a person: {\"postId\": 1, \"staffId\": 2, \"startDate\": \"2026-09-01\", \"documentNo\": \"示教任〔2026〕3号\"}")
	AppointmentView appoint(DataScope scope, @RequestBody AppointmentForm form) {
		return cadres.appoint(scope, form);
	}

	@PostMapping("/appointments/{id}/end")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	@Operation(summary = "End an appointment: {\"endDate\": \"2026-12-31\", \"reason\": \"TERM_END\", \"note\": \"…\"}")
	AppointmentView end(DataScope scope, @PathVariable long id, @RequestBody EndForm form) {
		return cadres.endAppointment(scope, id, form);
	}

	@GetMapping("/terms")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(
			summary = "Current appointments whose term ends within withinMonths months of on (default today), "
					+ "and principals due for exchange after two full terms, with the reasons",
			description = "withinMonths 0–60 (default 6), page (from 0), size (1–200).")
	PagedModel<TermView> terms(DataScope scope,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(defaultValue = "6") int withinMonths, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(cadres.terms(scope, on == null ? cadres.today() : on, withinMonths, page, size));
	}

	@GetMapping("/staff/{staffId}/appointments")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "A person's appointments across units")
	List<AppointmentView> appointmentsOf(DataScope scope, @PathVariable long staffId) {
		return cadres.appointmentsOf(scope, staffId);
	}

	@GetMapping("/rounds")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "Democratic evaluation rounds, latest year first")
	List<RoundView> rounds() {
		return cadres.rounds();
	}

	@PostMapping("/rounds")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a round: {\"year\": 2026, \"name\": \"2026年民主测评\", \"unitIds\": [1, 2]}")
	RoundView openRound(DataScope scope, @RequestBody RoundForm form) {
		return cadres.openRound(scope, form);
	}

	@GetMapping("/rounds/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "A round with its history and the cadres in scope with their tallies and outcomes")
	Map<String, Object> round(DataScope scope, @PathVariable long id, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("round", cadres.round(id));
		body.put("cadres", cadres.cadresOf(scope, id).stream().map(l -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("appointment", l.appointment());
			line.put("tally", l.tally() == null ? null : json(l.tally(), locale));
			return line;
		}).toList());
		return body;
	}

	@PostMapping("/rounds/{id}/tallies")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(
			summary = "Enter a cadre's counted tallies: {\"appointmentId\": 1, \"excellent\": n, \"competent\": n, \"basicallyCompetent\": n, \"incompetent\": n}")
	Map<String, Object> tally(DataScope scope, @PathVariable long id, @RequestBody TallyForm form, Locale locale) {
		return json(cadres.enterTally(scope, id, form), locale);
	}

	@GetMapping("/rounds/{id}/leadership")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(
			summary = "The leadership-team assessment (班子考核) of a round: its assessment teams and each unit's grade in scope")
	Map<String, Object> leadership(DataScope scope, @PathVariable long id, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("teams", cadres.teams(scope, id));
		body.put("assessments", cadres.teamAssessments(scope, id).stream().map(a -> json(a, locale)).toList());
		return body;
	}

	@PostMapping("/rounds/{id}/teams")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Form an assessment team: {\"name\": \"第一考核组\", \"memberStaffIds\": [1, 2], \"unitIds\": [3, 4]}")
	TeamView createTeam(DataScope scope, @PathVariable long id, @RequestBody TeamForm form) {
		return cadres.createTeam(scope, id, form);
	}

	@PostMapping("/rounds/{id}/leadership")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(
			summary = "Enter a unit's team ballots (好/较好/一般/差): {\"unitId\": 3, \"good\": n, \"fairlyGood\": n, \"average\": n, \"poor\": n, \"note\": \"…\"}; the grade and its reasons come back")
	Map<String, Object> enterTeamAssessment(DataScope scope, @PathVariable long id,
			@RequestBody TeamAssessmentForm form, Locale locale) {
		return json(cadres.enterTeamAssessment(scope, id, form), locale);
	}

	@GetMapping("/leadership/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(
			summary = "One leadership-team assessment with its reasons, history and each cadre's democratic evaluation")
	Map<String, Object> teamAssessment(DataScope scope, @PathVariable long id, Locale locale) {
		return json(cadres.teamAssessment(scope, id), locale);
	}

	@PostMapping("/leadership/{id}/confirm")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(summary = "Confirm a leadership-team grade (ENTERED → CONFIRMED)")
	Map<String, Object> confirmTeamAssessment(DataScope scope, @PathVariable long id, Locale locale) {
		return json(cadres.confirmTeamAssessment(scope, id), locale);
	}

	@GetMapping("/units/{unitId}/leadership")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "A unit's leadership-team assessments over the years, latest first")
	List<Map<String, Object>> leadershipOf(DataScope scope, @PathVariable long unitId, Locale locale) {
		return cadres.teamAssessmentsOf(scope, unitId).stream().map(a -> json(a, locale)).toList();
	}

	@PostMapping("/rounds/{id}/close")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(summary = "Close an open round (OPEN → CLOSED)")
	RoundView closeRound(@PathVariable long id) {
		return cadres.closeRound(id);
	}

	@GetMapping("/tallies/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "One tally with its outcome and reasons")
	Map<String, Object> getTally(DataScope scope, @PathVariable long id, Locale locale) {
		return json(cadres.tally(scope, id), locale);
	}

	@PostMapping("/tallies/{id}/admonishment")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(summary = "Record the admonishment talk: {\"date\": \"2026-12-20\", \"by\": \"…\", \"notes\": \"…\"}")
	Map<String, Object> admonish(DataScope scope, @PathVariable long id, @RequestBody AdmonishForm form,
			Locale locale) {
		return json(cadres.admonish(scope, id, form), locale);
	}

	@PostMapping("/tallies/{id}/removal")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(
			summary = "Record the removal decision; the appointment ends as REMOVED: {\"date\": \"…\", \"document\": \"…\"}")
	Map<String, Object> remove(DataScope scope, @PathVariable long id, @RequestBody RemovalForm form, Locale locale) {
		return json(cadres.remove(scope, id, form), locale);
	}

	@GetMapping("/elections")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "Principal elections in scope", description = "page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> elections(DataScope scope, Locale locale,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(cadres.elections(scope, page, size).map(e -> json(e, locale)));
	}

	@PostMapping("/elections")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "An election: {\"postId\": 1, \"title\": \"…\", \"electionDay\": \"2026-12-07\", \"mode\": \"ONLINE\", \"candidateStaffIds\": [1, 2, 3]}")
	Map<String, Object> createElection(DataScope scope, @RequestBody ElectionForm form, Locale locale) {
		return json(cadres.createElection(scope, form), locale);
	}

	@GetMapping("/elections/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "An election; turnout and votes once closed")
	Map<String, Object> election(DataScope scope, @PathVariable long id, Locale locale) {
		return json(cadres.election(scope, id), locale);
	}

	@PostMapping("/elections/{id}/open")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@Operation(summary = "Open the vote; online: the school's active staff today become the voters")
	Map<String, Object> open(DataScope scope, @PathVariable long id, Locale locale) {
		return json(cadres.openElection(scope, id), locale);
	}

	@PostMapping("/elections/{id}/token")
	@PreAuthorize("hasAuthority('cadres:ballot:cast')")
	@Operation(summary = "The signed-in voter's single-use ballot token")
	Map<String, String> token(DataScope scope, @PathVariable long id) {
		return Map.of("token", cadres.issueToken(scope, id));
	}

	@PostMapping("/elections/{id}/ballots")
	@PreAuthorize("hasAuthority('cadres:ballot:cast')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Cast a secret ballot: {\"token\": \"…\", \"candidateId\": 1}")
	void cast(@PathVariable long id, @RequestBody BallotForm form) {
		cadres.cast(id, form);
	}

	@PostMapping("/elections/{id}/tallies")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@Operation(summary = "Paper election: {\"eligible\": n, \"ballotsCast\": n, \"votes\": {\"<candidateId>\": n}}")
	Map<String, Object> paper(DataScope scope, @PathVariable long id, @RequestBody PaperTallyForm form, Locale locale) {
		return json(cadres.enterPaperTally(scope, id, form), locale);
	}

	@PostMapping("/elections/{id}/close")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@Operation(summary = "Close and count; the result by the election rule, a run-off round when it calls for one")
	Map<String, Object> close(DataScope scope, @PathVariable long id, Locale locale) {
		return json(cadres.closeElection(scope, id), locale);
	}

	@GetMapping("/eligibility/{staffId}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(
			summary = "Whether a person may stand as a candidate on the day (on=YYYY-MM-DD), with a reason for each condition")
	Map<String, Object> eligibility(DataScope scope, @PathVariable long staffId,
			@RequestParam @org.springframework.format.annotation.DateTimeFormat(
					iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) java.time.LocalDate on,
			Locale locale) {
		CandidateEligibility e = cadres.eligibility(scope, staffId, on);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("staffId", staffId);
		body.put("staffName", e.staffName());
		body.put("on", e.on());
		body.put("eligible", e.eligible());
		body.put("reasons", rules.explain(e.reasons(), locale));
		return body;
	}

	@PostMapping("/elections/{id}/notice")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@Operation(
			summary = "Post the result publicly (公示) from the day: {\"on\": \"2026-12-07\"}; it lasts the bureau's working days")
	Map<String, Object> notice(DataScope scope, @PathVariable long id, @RequestBody NoticeForm form, Locale locale) {
		return json(cadres.postNotice(scope, id, form), locale);
	}

	@PostMapping("/elections/{id}/objections")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Record an objection received during the notice: {\"receivedOn\": \"2026-12-08\", \"content\": \"…\"}")
	Map<String, Object> objection(DataScope scope, @PathVariable long id, @RequestBody ObjectionForm form,
			Locale locale) {
		return json(cadres.raiseObjection(scope, id, form), locale);
	}

	@PostMapping("/elections/{id}/objections/{objectionId}/resolution")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@Operation(
			summary = "Resolve an objection once: {\"upheld\": false, \"resolution\": \"…\", \"on\": \"2026-12-09\"}")
	Map<String, Object> resolve(DataScope scope, @PathVariable long id, @PathVariable long objectionId,
			@RequestBody ResolveForm form, Locale locale) {
		return json(cadres.resolveObjection(scope, id, objectionId, form), locale);
	}

	@PostMapping("/elections/{id}/appointment")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	@Operation(
			summary = "Appoint the elected person after the notice: {\"on\": \"2026-12-15\", \"documentNo\": \"示教任〔2026〕9号\"}")
	Map<String, Object> appointElected(DataScope scope, @PathVariable long id, @RequestBody ElectedAppointmentForm form,
			Locale locale) {
		return json(cadres.appointElected(scope, id, form), locale);
	}

	@GetMapping("/reserves")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	@Operation(summary = "Reserve cadres in scope", description = "page (from 0), size (1–200).")
	PagedModel<ReserveView> reserves(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(cadres.reserves(scope, page, size));
	}

	@PostMapping("/reserves")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Nominate a reserve cadre: {\"unitId\": 1, \"postKind\": \"VICE_PRINCIPAL\", \"staffId\": 2, \"recommendation\": \"…\"}")
	ReserveView nominate(DataScope scope, @RequestBody ReserveForm form) {
		return cadres.nominate(scope, form);
	}

	private Map<String, Object> json(TallyView t, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", t.id());
		body.put("roundId", t.roundId());
		body.put("appointmentId", t.appointmentId());
		body.put("staffId", t.staffId());
		body.put("staffName", t.staffName());
		body.put("year", t.year());
		body.put("excellent", t.excellent());
		body.put("competent", t.competent());
		body.put("basicallyCompetent", t.basicallyCompetent());
		body.put("incompetent", t.incompetent());
		body.put("outcome", t.outcome());
		body.put("share", t.share());
		body.put("reasons", rules.explain(t.reasons(), locale));
		body.put("admonishedOn", t.admonishedOn());
		body.put("admonishedBy", t.admonishedBy());
		body.put("admonishNotes", t.admonishNotes());
		body.put("removedOn", t.removedOn());
		body.put("removalDocument", t.removalDocument());
		return body;
	}

	private Map<String, Object> json(TeamAssessmentView a, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", a.id());
		body.put("roundId", a.roundId());
		body.put("teamId", a.teamId());
		body.put("teamName", a.teamName());
		body.put("unitId", a.unitId());
		body.put("unitName", a.unitName());
		body.put("year", a.year());
		body.put("good", a.good());
		body.put("fairlyGood", a.fairlyGood());
		body.put("average", a.average());
		body.put("poor", a.poor());
		body.put("grade", a.grade());
		body.put("goodShare", a.goodShare());
		body.put("favourableShare", a.favourableShare());
		body.put("poorShare", a.poorShare());
		body.put("status", a.status());
		body.put("note", a.note());
		body.put("enteredBy", a.enteredBy());
		body.put("enteredAt", a.enteredAt());
		body.put("reasons", rules.explain(a.reasons(), locale));
		body.put("history", a.history());
		body.put("cadres", a.cadres().stream().map(l -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("appointment", l.appointment());
			line.put("tally", l.tally() == null ? null : json(l.tally(), locale));
			return line;
		}).toList());
		return body;
	}

	private Map<String, Object> json(ElectionView e, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", e.id());
		body.put("unitId", e.unitId());
		body.put("unitName", e.unitName());
		body.put("postId", e.postId());
		body.put("title", e.title());
		body.put("electionDay", e.electionDay());
		body.put("mode", e.mode());
		body.put("status", e.status());
		body.put("roundNo", e.roundNo());
		body.put("previousId", e.previousId());
		body.put("candidates", e.candidates());
		body.put("voters", e.voters());
		body.put("eligible", e.eligible());
		body.put("ballotsCast", e.ballotsCast());
		body.put("valid", e.valid());
		body.put("electedStaffId", e.electedStaffId());
		body.put("electedName", e.electedName());
		body.put("runoff", e.runoff());
		body.put("runoffElectionId", e.runoffElectionId());
		body.put("reasons", rules.explain(e.reasons(), locale));
		body.put("noticeFrom", e.noticeFrom());
		body.put("noticeUntil", e.noticeUntil());
		body.put("appointedOn", e.appointedOn());
		body.put("appointmentId", e.appointmentId());
		body.put("objections", e.objections());
		return body;
	}

	/** How many rows were imported, or the errors per row. */

	private static ResponseEntity<ImportAnswer> answer(ImportResult result) {
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@PostMapping(path = "/appointments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	@Operation(
			summary = "Import the cadre roster from .xlsx or .csv (one appointment per row, checked as the form); all or nothing")
	ResponseEntity<ImportAnswer> importRoster(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return answer(sheets.importNow(file, imports.roster(scope), dryRun));
	}

	@PostMapping(path = "/rounds/{id}/tallies/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	@Operation(
			summary = "Import a round's counted tallies (one cadre per row), each outcome from the rules; all or nothing")
	ResponseEntity<ImportAnswer> importTallies(@PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		return answer(sheets.importNow(file, imports.tallies(scope, id), dryRun));
	}

}
