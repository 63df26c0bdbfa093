package io.edubureau.cadres;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import io.edubureau.cadres.Views.ElectionView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.cadres.Views.RoundView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cadre pages: posts, roster, rounds, elections and reserves on one page; a round
 * with its tallies, outcomes and follow-up; an election; the voter's ballot.
 */
@Controller
class CadresPageController {

	private final CadresManagement cadres;

	CadresPageController(CadresManagement cadres) {
		this.cadres = cadres;
	}

	/**
	 * A page action that may be refused: the problems are shown on the page it returns
	 * to.
	 */
	private interface Action {

		void run();

	}

	private static String attempt(Action action, String to, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "cadres.saved");
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:" + to;
	}

	@GetMapping("/cadres")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	String index(DataScope scope, Model model) {
		List<PostView> posts = cadres.posts(scope, null);
		Map<Long, String> postUnits = new LinkedHashMap<>();
		posts.forEach(p -> postUnits.putIfAbsent(p.unitId(), p.unitName()));
		model.addAttribute("posts", posts);
		model.addAttribute("postUnits", postUnits);
		model.addAttribute("roster", cadres.roster(scope, null, false));
		model.addAttribute("rounds", cadres.rounds());
		model.addAttribute("elections", cadres.elections(scope));
		model.addAttribute("reserves", cadres.reserves(scope));
		model.addAttribute("kinds", PostKind.values());
		model.addAttribute("reasons", EndReason.values());
		model.addAttribute("modes", ElectionMode.values());
		model.addAttribute("thisYear", cadres.today().getYear());
		return "cadres/index";
	}

	@PostMapping("/cadres/posts")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String createPost(DataScope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) PostKind kind, @RequestParam(required = false) String title,
			RedirectAttributes redirect) {
		return attempt(() -> cadres.createPost(scope, new PostForm(unitId, kind, title)), "/cadres", redirect);
	}

	@PostMapping("/cadres/appointments")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String appoint(DataScope scope, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) Long staffId, @RequestParam(required = false) String startDate,
			@RequestParam(required = false) String documentNo, RedirectAttributes redirect) {
		return attempt(
				() -> cadres.appoint(scope,
						new AppointmentForm(postId, staffId, date("startDate", startDate), documentNo)),
				"/cadres", redirect);
	}

	@PostMapping("/cadres/appointments/{id}/end")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String end(DataScope scope, @PathVariable long id, @RequestParam(required = false) String endDate,
			@RequestParam(required = false) EndReason reason, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return attempt(() -> cadres.endAppointment(scope, id, new EndForm(date("endDate", endDate), reason, note)),
				"/cadres", redirect);
	}

	@PostMapping("/cadres/rounds")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String openRound(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String name, @RequestParam(required = false) List<Long> unitIds,
			RedirectAttributes redirect) {
		try {
			RoundView r = cadres.openRound(scope, new RoundForm(year, name, unitIds));
			redirect.addFlashAttribute("notice", "cadres.saved");
			return "redirect:/cadres/rounds/" + r.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/cadres";
		}
	}

	@GetMapping("/cadres/rounds/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	String round(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("round", cadres.round(id));
		model.addAttribute("lines", cadres.cadresOf(scope, id));
		model.addAttribute("today", cadres.today());
		return "cadres/round";
	}

	@PostMapping("/cadres/rounds/{id}/tallies")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String tally(DataScope scope, @PathVariable long id, @RequestParam(required = false) Long appointmentId,
			@RequestParam(required = false) Integer excellent, @RequestParam(required = false) Integer competent,
			@RequestParam(required = false) Integer basicallyCompetent,
			@RequestParam(required = false) Integer incompetent, RedirectAttributes redirect) {
		return attempt(
				() -> cadres.enterTally(scope, id,
						new TallyForm(appointmentId, excellent, competent, basicallyCompetent, incompetent)),
				"/cadres/rounds/" + id, redirect);
	}

	@GetMapping("/cadres/rounds/{id}/leadership")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	String leadership(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("round", cadres.round(id));
		model.addAttribute("teams", cadres.teams(scope, id));
		model.addAttribute("assessments", cadres.teamAssessments(scope, id));
		model.addAttribute("roundUnits", cadres.roundUnits(scope, id));
		return "cadres/leadership";
	}

	@PostMapping("/cadres/rounds/{id}/teams")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String createTeam(DataScope scope, @PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String memberStaffIds, @RequestParam(required = false) List<Long> unitIds,
			RedirectAttributes redirect) {
		return attempt(() -> cadres.createTeam(scope, id, new TeamForm(name, staffIds(memberStaffIds), unitIds)),
				"/cadres/rounds/" + id + "/leadership", redirect);
	}

	// Staff ids as typed: separated by commas (either width), 、 or spaces.
	private static List<Long> staffIds(String typed) {
		List<Long> ids = new java.util.ArrayList<>();
		if (typed == null || typed.isBlank()) {
			return ids;
		}
		for (String part : typed.strip().split("[,，、\\s]+")) {
			if (!part.matches("\\d{1,18}")) {
				throw new Rejection("memberStaffIds", "cadres.team.memberIds", part);
			}
			ids.add(Long.valueOf(part));
		}
		return ids;
	}

	@PostMapping("/cadres/rounds/{id}/leadership")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String enterTeamAssessment(DataScope scope, @PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer good, @RequestParam(required = false) Integer fairlyGood,
			@RequestParam(required = false) Integer average, @RequestParam(required = false) Integer poor,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return attempt(
				() -> cadres.enterTeamAssessment(scope, id,
						new TeamAssessmentForm(unitId, null, good, fairlyGood, average, poor, note)),
				"/cadres/rounds/" + id + "/leadership", redirect);
	}

	@GetMapping("/cadres/leadership/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	String teamAssessment(DataScope scope, @PathVariable long id, Model model) {
		TeamAssessmentView a = cadres.teamAssessment(scope, id);
		model.addAttribute("assessment", a);
		model.addAttribute("round", cadres.round(a.roundId()));
		return "cadres/team-assessment";
	}

	@PostMapping("/cadres/leadership/{id}/confirm")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String confirmTeamAssessment(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return attempt(() -> cadres.confirmTeamAssessment(scope, id), "/cadres/leadership/" + id, redirect);
	}

	@PostMapping("/cadres/rounds/{id}/close")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String closeRound(@PathVariable long id, RedirectAttributes redirect) {
		return attempt(() -> cadres.closeRound(id), "/cadres/rounds/" + id, redirect);
	}

	@PostMapping("/cadres/tallies/{id}/admonishment")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String admonish(DataScope scope, @PathVariable long id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String by, @RequestParam(required = false) String notes,
			RedirectAttributes redirect) {
		long round = cadres.tally(scope, id).roundId();
		return attempt(() -> cadres.admonish(scope, id, new AdmonishForm(date("date", date), by, notes)),
				"/cadres/rounds/" + round, redirect);
	}

	@PostMapping("/cadres/tallies/{id}/removal")
	@PreAuthorize("hasAuthority('cadres:evaluation:manage')")
	String remove(DataScope scope, @PathVariable long id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String document, RedirectAttributes redirect) {
		long round = cadres.tally(scope, id).roundId();
		return attempt(() -> cadres.remove(scope, id, new RemovalForm(date("date", date), document)),
				"/cadres/rounds/" + round, redirect);
	}

	@PostMapping("/cadres/elections")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String createElection(DataScope scope, @RequestParam(required = false) Long postId,
			@RequestParam(required = false) String title, @RequestParam(required = false) String electionDay,
			@RequestParam(required = false) ElectionMode mode, @RequestParam(required = false) String candidates,
			RedirectAttributes redirect) {
		try {
			ElectionView e = cadres.createElection(scope,
					new ElectionForm(postId, title, date("electionDay", electionDay), mode, ids(candidates)));
			redirect.addFlashAttribute("notice", "cadres.saved");
			return "redirect:/cadres/elections/" + e.id();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/cadres";
		}
	}

	@GetMapping("/cadres/elections/{id}")
	@PreAuthorize("hasAuthority('cadres:roster:read')")
	String election(DataScope scope, @PathVariable long id, Model model) {
		ElectionView election = cadres.election(scope, id);
		model.addAttribute("election", election);
		// Each candidate's conditions on the election day, as the registration checked
		// them.
		Map<Long, CandidateEligibility> eligibility = new LinkedHashMap<>();
		for (Views.CandidateView c : election.candidates()) {
			try {
				eligibility.put(c.staffId(), cadres.eligibility(scope, c.staffId(), election.electionDay()));
			}
			catch (NotFound | Rejection ex) {
				// A candidate outside the reader's scope shows no conditions.
			}
		}
		model.addAttribute("eligibility", eligibility);
		if (election.awaitingNotice()) {
			model.addAttribute("noticeToday", cadres.noticeEnd(cadres.today()));
		}
		return "cadres/election";
	}

	@PostMapping("/cadres/elections/{id}/notice")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String notice(DataScope scope, @PathVariable long id, @RequestParam(required = false) String on,
			RedirectAttributes redirect) {
		return attempt(() -> cadres.postNotice(scope, id, new NoticeForm(date("on", on))), "/cadres/elections/" + id,
				redirect);
	}

	@PostMapping("/cadres/elections/{id}/objections")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String objection(DataScope scope, @PathVariable long id, @RequestParam(required = false) String receivedOn,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		return attempt(
				() -> cadres.raiseObjection(scope, id, new ObjectionForm(date("receivedOn", receivedOn), content)),
				"/cadres/elections/" + id, redirect);
	}

	@PostMapping("/cadres/elections/{id}/objections/{objectionId}/resolution")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String resolve(DataScope scope, @PathVariable long id, @PathVariable long objectionId,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String resolution,
			@RequestParam(required = false) String on, RedirectAttributes redirect) {
		return attempt(() -> cadres.resolveObjection(scope, id, objectionId,
				new ResolveForm(upheld, resolution, date("on", on))), "/cadres/elections/" + id, redirect);
	}

	@PostMapping("/cadres/elections/{id}/appointment")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String appointElected(DataScope scope, @PathVariable long id, @RequestParam(required = false) String on,
			@RequestParam(required = false) String documentNo, RedirectAttributes redirect) {
		return attempt(() -> cadres.appointElected(scope, id, new ElectedAppointmentForm(date("on", on), documentNo)),
				"/cadres/elections/" + id, redirect);
	}

	@PostMapping("/cadres/elections/{id}/open")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String open(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return attempt(() -> cadres.openElection(scope, id), "/cadres/elections/" + id, redirect);
	}

	@PostMapping("/cadres/elections/{id}/close")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String close(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return attempt(() -> cadres.closeElection(scope, id), "/cadres/elections/" + id, redirect);
	}

	@PostMapping("/cadres/elections/{id}/tallies")
	@PreAuthorize("hasAuthority('cadres:election:manage')")
	String paper(DataScope scope, @PathVariable long id, @RequestParam(required = false) Integer eligible,
			@RequestParam(required = false) Integer ballotsCast, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<Long, Integer> votes = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.startsWith("votes.") && k.substring(6).matches("\\d{1,18}")) {
				votes.put(Long.valueOf(k.substring(6)),
						v.strip().matches("\\d{1,6}") ? Integer.valueOf(v.strip()) : null);
			}
		});
		return attempt(() -> cadres.enterPaperTally(scope, id, new PaperTallyForm(eligible, ballotsCast, votes)),
				"/cadres/elections/" + id, redirect);
	}

	@GetMapping("/cadres/ballots")
	@PreAuthorize("hasAuthority('cadres:ballot:cast')")
	String ballots(DataScope scope, Model model) {
		model.addAttribute("elections", cadres.openBallots(scope));
		return "cadres/ballots";
	}

	@GetMapping("/cadres/ballot/{id}")
	@PreAuthorize("hasAuthority('cadres:ballot:cast')")
	String ballot(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("election", cadres.ballotPaper(scope, id));
		model.addAttribute("voter", cadres.voterStatus(scope, id));
		return "cadres/ballot";
	}

	@PostMapping("/cadres/ballot/{id}")
	@PreAuthorize("hasAuthority('cadres:ballot:cast')")
	String vote(DataScope scope, @PathVariable long id, @RequestParam(required = false) Long candidateId,
			RedirectAttributes redirect) {
		// The page fetches the voter's token and spends it at once; the ballot keeps
		// neither.
		return attempt(() -> cadres.cast(id, new BallotForm(cadres.issueToken(scope, id), candidateId)),
				"/cadres/ballot/" + id, redirect);
	}

	@PostMapping("/cadres/reserves")
	@PreAuthorize("hasAuthority('cadres:roster:manage')")
	String nominate(DataScope scope, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) PostKind postKind, @RequestParam(required = false) Long staffId,
			@RequestParam(required = false) String recommendation, @RequestParam(required = false) String nominatedOn,
			RedirectAttributes redirect) {
		return attempt(
				() -> cadres.nominate(scope,
						new ReserveForm(unitId, postKind, staffId, recommendation, date("nominatedOn", nominatedOn))),
				"/cadres", redirect);
	}

	static LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Rejection(field, "cadres.date.invalid", value);
		}
	}

	static List<Long> ids(String list) {
		List<Long> ids = new ArrayList<>();
		if (list == null) {
			return ids;
		}
		for (String part : list.split("[,，、\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			if (!part.matches("\\d{1,18}")) {
				throw new Rejection("candidateStaffIds", "cadres.election.candidateId", part);
			}
			ids.add(Long.valueOf(part));
		}
		return ids;
	}

}
