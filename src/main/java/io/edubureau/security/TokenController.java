package io.edubureau.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.platform.Rejection;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own personal API tokens. */
@Controller
class TokenController {

	private final SecurityManagement security;

	private final MessageSource messages;

	TokenController(SecurityManagement security, MessageSource messages) {
		this.security = security;
		this.messages = messages;
	}

	@GetMapping("/account/tokens")
	@PreAuthorize("hasAuthority('account:profile:update')")
	String list(@AuthenticationPrincipal BureauUser user, Model model) {
		return page(user, model, null, null, Map.of());
	}

	@PostMapping("/account/tokens")
	@PreAuthorize("hasAuthority('account:profile:update')")
	String issue(@AuthenticationPrincipal BureauUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) Integer validDays, Model model, Locale locale,
			HttpServletResponse response) {
		try {
			SecurityManagement.Created.Token issued = security.issueToken(user.id(), name, validDays);
			// The secret goes into this response only: never cached, never stored.
			response.setHeader("Cache-Control", "no-store");
			return page(user, model, issued, null, Map.of());
		}
		catch (Rejection ex) {
			return page(user, model, null, name, FormErrors.of(ex, messages, locale));
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@PreAuthorize("hasAuthority('account:profile:update')")
	String revoke(@AuthenticationPrincipal BureauUser user, @PathVariable long id, RedirectAttributes redirect) {
		security.revokeToken(user.id(), id);
		redirect.addFlashAttribute("notice", "security.token.revoked");
		return "redirect:/account/tokens";
	}

	private String page(BureauUser user, Model model, SecurityManagement.Created.Token issued, String name,
			Map<String, String> errors) {
		model.addAttribute("tokens", security.tokens(user.id()));
		model.addAttribute("issued", issued);
		model.addAttribute("name", name);
		model.addAttribute("errors", errors);
		model.addAttribute("now", Instant.now());
		return "security/tokens";
	}

}
