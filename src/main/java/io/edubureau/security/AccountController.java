package io.edubureau.security;

import java.util.List;

import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sign-in page and the signed-in user's own password. The session's principal catches up
 * with a changed password on the next request ({@link SessionAccountFilter}).
 */
@Controller
class AccountController {

	private final SecurityManagement security;

	private final PasswordPolicy policy;

	AccountController(SecurityManagement security, PasswordPolicy policy) {
		this.security = security;
		this.policy = policy;
	}

	@GetMapping("/login")
	String login() {
		return "security/login";
	}

	@GetMapping("/account/password")
	@PreAuthorize("hasAuthority('account:profile:update')")
	String passwordForm(@AuthenticationPrincipal BureauUser user, Model model) {
		model.addAttribute("forced", user.mustChangePassword());
		model.addAttribute("minLength", policy.minLength());
		return "security/password";
	}

	@PostMapping("/account/password")
	@PreAuthorize("hasAuthority('account:profile:update')")
	String changePassword(@AuthenticationPrincipal BureauUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, @RequestParam String confirmPassword, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("forced", user.mustChangePassword());
		model.addAttribute("minLength", policy.minLength());
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("problems",
					List.of(new Rejection.Problem("confirmPassword", "security.password.mismatch")));
			return "security/password";
		}
		try {
			security.changeOwnPassword(user.id(), currentPassword, newPassword);
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
			return "security/password";
		}
		redirect.addFlashAttribute("notice", "security.password.changed");
		return "redirect:/";
	}

}
