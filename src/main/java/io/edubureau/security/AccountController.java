package io.edubureau.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.edubureau.platform.Rejection;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in page and the signed-in user's own password. */
@Controller
class AccountController {

	private final SecurityManagement security;

	private final BureauUserDetailsService userDetails;

	private final PasswordPolicy policy;

	AccountController(SecurityManagement security, BureauUserDetailsService userDetails, PasswordPolicy policy) {
		this.security = security;
		this.userDetails = userDetails;
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
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("forced", user.mustChangePassword());
		model.addAttribute("minLength", policy.minLength());
		if (!newPassword.equals(confirmPassword)) {
			model.addAttribute("problems",
					java.util.List.of(new Rejection.Problem("confirmPassword", "security.password.mismatch")));
			return "security/password";
		}
		try {
			security.changeOwnPassword(user.id(), currentPassword, newPassword);
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
			return "security/password";
		}
		// The session's principal still says "must change": replace it with a fresh one.
		BureauUser fresh = (BureauUser) userDetails.loadUserByUsername(user.getUsername());
		var auth = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "security.password.changed");
		return "redirect:/";
	}

}
