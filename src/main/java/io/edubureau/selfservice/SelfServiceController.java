package io.edubureau.selfservice;

import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.Education;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.SelfServiceForm;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A teacher edits their own file and submits it; the school sees the diff and approves or
 * returns it.
 */
@Controller
class SelfServiceController {

	private final SelfServiceManagement selfService;

	SelfServiceController(SelfServiceManagement selfService) {
		this.selfService = selfService;
	}

	@GetMapping("/me")
	@PreAuthorize("hasAuthority('staff:self:edit')")
	String me(DataScope scope, Model model) {
		return page(selfService.selfService(scope), model);
	}

	@PostMapping("/me")
	@PreAuthorize("hasAuthority('staff:self:edit')")
	String submit(DataScope scope, @ModelAttribute("form") SelfServiceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		SelfService state = selfService.selfService(scope);
		if (binding.hasErrors()) {
			model.addAttribute("problems", List.of(new Rejection.Problem(null, "typeMismatch")));
			return page(new SelfService(state.person(), form, state.missing(), state.open(), state.requests()), model);
		}
		try {
			selfService.submitChange(scope, form);
			redirect.addFlashAttribute("notice", "selfService.submitted");
			return "redirect:/me";
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
			return page(new SelfService(state.person(), form, SelfServiceManagement.missing(form), state.open(),
					state.requests()), model);
		}
	}

	private String page(SelfService state, Model model) {
		model.addAttribute("state", state);
		model.addAttribute("form", state.form());
		model.addAttribute("politicalStatuses", PoliticalStatus.values());
		model.addAttribute("educations", Education.values());
		model.addAttribute("tiers", SchoolTier.values());
		return "selfservice/me";
	}

	@GetMapping("/staff/changes")
	@PreAuthorize("hasAuthority('staff:change:review')")
	String queue(DataScope scope, Model model) {
		model.addAttribute("queue", selfService.changeQueue(scope));
		return "selfservice/changes";
	}

	@GetMapping("/staff/changes/{id}")
	@PreAuthorize("hasAuthority('staff:change:review')")
	String review(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("request", selfService.changeRequest(scope, id));
		return "selfservice/change";
	}

	@PostMapping("/staff/changes/{id}")
	@PreAuthorize("hasAuthority('staff:change:review')")
	String decide(DataScope scope, @PathVariable long id, @RequestParam String decision,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		try {
			if ("approve".equals(decision)) {
				selfService.approveChange(scope, id, comment);
				redirect.addFlashAttribute("notice", "selfService.approved");
			}
			else {
				selfService.returnChange(scope, id, comment);
				redirect.addFlashAttribute("notice", "selfService.returned");
			}
			return "redirect:/staff/changes";
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			return "redirect:/staff/changes/" + id;
		}
	}

}
