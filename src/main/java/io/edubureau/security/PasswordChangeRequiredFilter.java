package io.edubureau.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a generated password is changed, the only page its user can open is the password
 * page.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	private final SecurityConfiguration.ProblemResponses problems;

	PasswordChangeRequiredFilter(SecurityConfiguration.ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof BureauUser user && user.mustChangePassword()
				&& !allowed(request)) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				problems.write(request, response, HttpStatus.FORBIDDEN, "security.password.changeRequired");
			}
			else {
				response.sendRedirect(request.getContextPath() + "/account/password");
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/account/password") || path.equals("/logout") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/error")
				|| path.equals("/locale");
	}

}
