package io.edubureau.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import io.edubureau.org.ScopeKind;
import io.edubureau.platform.Rejection;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The security administrator's role pages; built-in roles are shown read-only. */
@Controller
class RoleController {

	private final SecurityManagement security;

	private final MessageSource messages;

	RoleController(SecurityManagement security, MessageSource messages) {
		this.security = security;
		this.messages = messages;
	}

	@GetMapping("/security/roles")
	@PreAuthorize("hasAuthority('security:role:read')")
	String list(Model model) {
		model.addAttribute("roles", security.roles());
		return "security/roles";
	}

	@GetMapping("/security/roles/new")
	@PreAuthorize("hasAuthority('security:role:manage')")
	String newForm(Model model) {
		return form(model, new RoleForm(null, null, null, ScopeKind.UNIT_AND_BELOW, null), null, true, Map.of());
	}

	@PostMapping("/security/roles")
	@PreAuthorize("hasAuthority('security:role:manage')")
	String create(@AuthenticationPrincipal BureauUser user, @Valid @ModelAttribute("form") RoleForm form,
			BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, form, null, true, FormErrors.of(binding, messages, locale));
		}
		try {
			security.saveRole(user.id(), null, form);
		}
		catch (Rejection ex) {
			return form(model, form, null, true, FormErrors.of(ex, messages, locale));
		}
		redirect.addFlashAttribute("notice", "security.role.saved");
		return "redirect:/security/roles";
	}

	@GetMapping("/security/roles/{id}")
	@PreAuthorize("hasAuthority('security:role:read')")
	String show(@AuthenticationPrincipal BureauUser user, @PathVariable long id, Model model) {
		RoleView role = security.role(id);
		RoleForm form = new RoleForm(role.code(), role.nameZh(), role.nameEn(), role.dataScope(),
				role.permissions().stream().map(Permission::code).collect(Collectors.toSet()));
		boolean editable = !role.builtIn() && user.has(Permission.SECURITY_ROLE_MANAGE.code());
		return form(model, form, role, editable, Map.of());
	}

	@PostMapping("/security/roles/{id}")
	@PreAuthorize("hasAuthority('security:role:manage')")
	String update(@AuthenticationPrincipal BureauUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") RoleForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		RoleView existing = security.role(id);
		if (binding.hasErrors()) {
			return form(model, form, existing, !existing.builtIn(), FormErrors.of(binding, messages, locale));
		}
		try {
			security.saveRole(user.id(), id, form);
		}
		catch (Rejection ex) {
			return form(model, form, existing, !existing.builtIn(), FormErrors.of(ex, messages, locale));
		}
		redirect.addFlashAttribute("notice", "security.role.saved");
		return "redirect:/security/roles";
	}

	private String form(Model model, RoleForm form, RoleView existing, boolean editable, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("existing", existing);
		model.addAttribute("editable", editable);
		model.addAttribute("errors", errors);
		model.addAttribute("scopes", ScopeKind.values());
		model.addAttribute("groups", groups());
		return "security/role-form";
	}

	/** Permissions grouped by module (first segment of the code), in catalogue order. */
	static Map<String, List<Permission>> groups() {
		Map<String, List<Permission>> groups = new LinkedHashMap<>();
		for (Permission p : Permission.values()) {
			groups.computeIfAbsent(p.code().substring(0, p.code().indexOf(':')), k -> new ArrayList<>()).add(p);
		}
		return groups;
	}

}
