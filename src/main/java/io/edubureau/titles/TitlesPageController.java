package io.edubureau.titles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleForms.AdvanceForm;
import io.edubureau.titles.TitleForms.ApplicationForm;
import io.edubureau.titles.TitleForms.AppointmentForm;
import io.edubureau.titles.TitleForms.DecisionForm;
import io.edubureau.titles.TitleForms.ObjectionForm;
import io.edubureau.titles.TitleForms.PanelMemberForm;
import io.edubureau.titles.TitleForms.RatioForm;
import io.edubureau.titles.TitleForms.ResolutionForm;
import io.edubureau.titles.TitleForms.RoundForm;
import io.edubureau.titles.TitleForms.VoteForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The titles pages: rounds, one round, one application, and eligibility with reasons. */
@Controller
class TitlesPageController {

	private final TitlesManagement titles;

	private final RulesManagement rules;

	TitlesPageController(TitlesManagement titles, RulesManagement rules) {
		this.titles = titles;
		this.rules = rules;
	}

	/** One criterion as shown: met or not, and its reason worded. */
	record Line(String code, boolean met, String text) {
	}

	@GetMapping("/titles")
	@PreAuthorize("hasAuthority('titles:round:read')")
	String index(DataScope scope, Model model) {
		model.addAttribute("rounds", titles.rounds(scope));
		model.addAttribute("own", scope.kind() == ScopeKind.SELF && scope.staffId() != null
				? titles.applicationsOf(scope, scope.staffId()) : List.of());
		model.addAttribute("thisYear", LocalDate.now().getYear());
		return "titles/index";
	}

	@PostMapping("/titles/rounds")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String open(DataScope scope, @RequestParam(required = false) String year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate opensOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closesOn,
			RedirectAttributes redirect) {
		return act(redirect, "/titles", () -> {
			RoundView r = titles.openRound(scope, new RoundForm(integer("year", year), opensOn, closesOn));
			return "/titles/rounds/" + r.id();
		});
	}

	@GetMapping("/titles/rounds/{id}")
	@PreAuthorize("hasAuthority('titles:round:read')")
	String round(DataScope scope, @PathVariable long id, Model model) {
		RoundView round = titles.round(scope, id);
		model.addAttribute("round", round);
		model.addAttribute("nextState", round.state().next());
		List<ApplicationView> applications = titles.applications(scope, id);
		titles.recordApplicationsRead(id, applications);
		model.addAttribute("applications", applications);
		model.addAttribute("quotas", titles.quotas(scope, id));
		model.addAttribute("results", titles.results(scope, id));
		Map<String, Integer> ratios = new TreeMap<>();
		round.ratios().forEach(r -> ratios.put(r.stage().name() + "." + r.level().name(), r.percent()));
		model.addAttribute("ratios", ratios);
		model.addAttribute("stages", TitlesManagement.RATIO_STAGES);
		model.addAttribute("postLevels", TitlesManagement.POST_LEVELS);
		model.addAttribute("targets", EnumSet.complementOf(EnumSet.of(TitleLevel.NONE)));
		model.addAttribute("materials", TitleMaterial.values());
		model.addAttribute("self", scope.kind() == ScopeKind.SELF);
		return "titles/round";
	}

	@PostMapping("/titles/rounds/{id}/advance")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String advance(DataScope scope, @PathVariable long id, @RequestParam(required = false) RoundState to,
			@RequestParam(required = false) String note,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeStartsOn,
			RedirectAttributes redirect) {
		String back = "/titles/rounds/" + id;
		return act(redirect, back, () -> {
			titles.advance(scope, id, new AdvanceForm(to, note, noticeStartsOn));
			return back;
		});
	}

	@PostMapping("/titles/rounds/{id}/panel")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String panel(DataScope scope, @PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String affiliation, RedirectAttributes redirect) {
		String back = "/titles/rounds/" + id;
		return act(redirect, back, () -> {
			titles.addPanelMember(scope, id, new PanelMemberForm(name, affiliation));
			return back;
		});
	}

	@PostMapping("/titles/rounds/{id}/ratios")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String ratios(DataScope scope, @PathVariable long id, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		String back = "/titles/rounds/" + id;
		return act(redirect, back, () -> {
			Map<String, Integer> percents = new TreeMap<>();
			form.forEach((k, v) -> {
				if (k.contains(".") && v != null && !v.isBlank()) {
					percents.put(k, integer(k, v));
				}
			});
			titles.setRatios(scope, id, new RatioForm(percents));
			return back;
		});
	}

	@PostMapping("/titles/rounds/{id}/applications")
	@PreAuthorize("hasAuthority('titles:application:submit')")
	String apply(DataScope scope, @PathVariable long id, @RequestParam(required = false) String staffId,
			@RequestParam(required = false) TitleLevel target,
			@RequestParam(required = false) Set<TitleMaterial> provided, RedirectAttributes redirect) {
		String back = "/titles/rounds/" + id;
		return act(redirect, back, () -> {
			Long person = staffId == null || staffId.isBlank() ? null : (long) integer("staffId", staffId);
			ApplicationView a = titles.apply(scope, id, new ApplicationForm(person, target, provided));
			return "/titles/applications/" + a.id();
		});
	}

	@GetMapping("/titles/applications/{id}")
	@PreAuthorize("hasAuthority('titles:round:read')")
	String application(DataScope scope, @PathVariable long id, Model model, Locale locale) {
		ApplicationView a = titles.application(scope, id);
		titles.recordApplicationRead(a);
		model.addAttribute("a", a);
		model.addAttribute("round", titles.round(scope, a.roundId()));
		try {
			model.addAttribute("lines", lines(titles.eligibility(scope, a.staffId(), a.targetLevel()), locale));
		}
		catch (Rejection ex) {
			model.addAttribute("lines", List.of());
		}
		model.addAttribute("choices", VoteChoice.values());
		return "titles/application";
	}

	@PostMapping("/titles/applications/{id}/materials")
	@PreAuthorize("hasAuthority('titles:application:submit')")
	String materials(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) Set<TitleMaterial> provided, RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.updateMaterials(scope, id, provided);
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/recommendation")
	@PreAuthorize("hasAuthority('titles:application:recommend')")
	String recommend(DataScope scope, @PathVariable long id, @RequestParam(required = false) Boolean yes,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.recommend(scope, id, new DecisionForm(yes, note));
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/review")
	@PreAuthorize("hasAuthority('titles:application:review')")
	String review(DataScope scope, @PathVariable long id, @RequestParam(required = false) Boolean yes,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.review(scope, id, new DecisionForm(yes, note));
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/votes")
	@PreAuthorize("hasAuthority('titles:vote:record')")
	String vote(DataScope scope, @PathVariable long id, @RequestParam(required = false) Long memberId,
			@RequestParam(required = false) VoteChoice choice, RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.vote(scope, id, new VoteForm(memberId, choice));
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/objections")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String object(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate raisedOn,
			@RequestParam(required = false) String content, RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.object(scope, id, new ObjectionForm(raisedOn, content));
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/objections/{objectionId}/resolution")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String resolve(DataScope scope, @PathVariable long id, @PathVariable long objectionId,
			@RequestParam(required = false) Boolean upheld, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.resolve(scope, id, objectionId, new ResolutionForm(upheld, note));
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/result")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String result(DataScope scope, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.result(scope, id);
			return "/titles/applications/" + id;
		});
	}

	@PostMapping("/titles/applications/{id}/appointment")
	@PreAuthorize("hasAuthority('titles:round:manage')")
	String appoint(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate appointedOn,
			RedirectAttributes redirect) {
		return act(redirect, "/titles/applications/" + id, () -> {
			titles.appoint(scope, id, new AppointmentForm(appointedOn));
			return "/titles/applications/" + id;
		});
	}

	@GetMapping("/titles/eligibility")
	@PreAuthorize("hasAuthority('titles:round:read')")
	String eligibility(DataScope scope, @RequestParam(required = false) Long staffId,
			@RequestParam(required = false) TitleLevel target, Model model, Locale locale) {
		Long person = staffId != null ? staffId : scope.staffId();
		model.addAttribute("staffId", person);
		model.addAttribute("target", target);
		model.addAttribute("targets", EnumSet.complementOf(EnumSet.of(TitleLevel.NONE)));
		if (person != null && target != null) {
			try {
				TitleDecision d = titles.eligibility(scope, person, target);
				model.addAttribute("decision", d);
				model.addAttribute("lines", lines(d, locale));
			}
			catch (Rejection ex) {
				model.addAttribute("problems", ex.problems());
			}
		}
		return "titles/eligibility";
	}

	private List<Line> lines(TitleDecision d, Locale locale) {
		return d.criteria().stream().map(c -> new Line(c.code(), c.met(), rules.explain(c.reason(), locale))).toList();
	}

	private static int integer(String field, String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection(field, "titles.number", String.valueOf(value));
		}
	}

	private static String act(RedirectAttributes redirect, String back, Supplier<String> work) {
		try {
			return "redirect:" + work.get();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:" + back;
		}
	}

}
