package io.edubureau.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's account pages. */
@Controller
class UserController {

	static final int PAGE_SIZE = 20;

	private final SecurityManagement security;

	private final MessageSource messages;

	UserController(SecurityManagement security, MessageSource messages) {
		this.security = security;
		this.messages = messages;
	}

	@GetMapping("/security/users")
	@PreAuthorize("hasAuthority('security:user:read')")
	String list(@AuthenticationPrincipal BureauUser user, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Page<UserView> users = security.users(q,
				Paging.request(Math.max(page, 0), PAGE_SIZE, PAGE_SIZE, Sort.by("username")));
		model.addAttribute("q", q);
		model.addAttribute("users", users);
		model.addAttribute("roleNames", roleNames());
		model.addAttribute("me", user.id());
		return "security/users";
	}

	@GetMapping("/security/users/new")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String newForm(Model model) {
		return form(model, new UserForm(null, null, null, null, true), null, Map.of());
	}

	@PostMapping("/security/users")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String create(@AuthenticationPrincipal BureauUser user, @Valid @ModelAttribute("form") UserForm form,
			BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return form(model, form, null, FormErrors.of(binding, messages, locale));
		}
		try {
			SecurityManagement.Created created = security.createUser(user.id(), form);
			return oneTimePassword(model, created.user(), created.password(), "created", response);
		}
		catch (Rejection ex) {
			return form(model, form, null, FormErrors.of(ex, messages, locale));
		}
	}

	@GetMapping("/security/users/{id}/edit")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String editForm(@PathVariable long id, Model model) {
		UserView user = security.user(id);
		return form(model,
				new UserForm(user.username(), user.displayName(), user.unitCode(), user.roleCodes(), user.enabled()),
				user, Map.of());
	}

	@PostMapping("/security/users/{id}")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String update(@AuthenticationPrincipal BureauUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		UserView existing = security.user(id);
		if (binding.hasErrors()) {
			return form(model, form, existing, FormErrors.of(binding, messages, locale));
		}
		try {
			security.updateUser(user.id(), id, form);
		}
		catch (Rejection ex) {
			return form(model, form, existing, FormErrors.of(ex, messages, locale));
		}
		redirect.addFlashAttribute("notice", "security.user.saved");
		return "redirect:/security/users?q=" + existing.username();
	}

	@PostMapping("/security/users/{id}/enabled")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String setEnabled(@AuthenticationPrincipal BureauUser user, @PathVariable long id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		try {
			UserView changed = security.setEnabled(user.id(), id, enabled);
			redirect.addFlashAttribute("notice", enabled ? "security.user.enabledNow" : "security.user.disabledNow");
			return "redirect:/security/users?q=" + changed.username();
		}
		catch (Rejection ex) {
			redirect.addFlashAttribute("problem", ex.problems().get(0).messageKey());
			return "redirect:/security/users";
		}
	}

	@PostMapping("/security/users/{id}/password-reset")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String resetPassword(@PathVariable long id, Model model, HttpServletResponse response) {
		String password = security.resetPassword(id);
		return oneTimePassword(model, security.user(id), password, "reset", response);
	}

	@PostMapping("/security/users/{id}/unlock")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		UserView user = security.unlock(id);
		redirect.addFlashAttribute("notice", "security.user.unlocked");
		return "redirect:/security/users?q=" + user.username();
	}

	/**
	 * Options for the unit field's suggestion list, fetched by htmx as the code is typed.
	 */
	@GetMapping("/security/users/unit-options")
	@PreAuthorize("hasAuthority('security:user:manage')")
	String unitOptions(@RequestParam(name = "unitCode", required = false) String q, Model model) {
		model.addAttribute("units", security.unitSuggestions(q));
		return "security/user-form :: unitOptions";
	}

	private String form(Model model, UserForm form, UserView existing, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", security.roles());
		return "security/user-form";
	}

	// The password goes straight into this response and nowhere else: no flash, no cache.
	private String oneTimePassword(Model model, UserView user, String password, String reason,
			HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("user", user);
		model.addAttribute("password", password);
		model.addAttribute("reason", reason);
		return "security/user-password";
	}

	private Map<String, RoleView> roleNames() {
		List<RoleView> roles = security.roles();
		return roles.stream().collect(Collectors.toMap(RoleView::code, Function.identity()));
	}

}
