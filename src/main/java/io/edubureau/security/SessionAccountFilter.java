package io.edubureau.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the signed-in account on every page request, so that disabling it, changing
 * its roles or resetting its password takes effect at once instead of when the session
 * ends. (API requests authenticate afresh each time and need no such check.)
 */
class SessionAccountFilter extends OncePerRequestFilter {

	private final UserAccountRepository users;

	private final TransactionTemplate tx;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SessionAccountFilter(UserAccountRepository users, TransactionTemplate tx) {
		this.users = users;
		this.tx = tx;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof BureauUser current) {
			Optional<BureauUser> fresh = tx
				.execute(status -> users.findById(current.id()).map(u -> new BureauUser(u, Instant.now())));
			if (fresh.isEmpty() || !fresh.get().isEnabled()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/login?disabled");
				return;
			}
			if (!fresh.get().grantsSameAs(current)) {
				fresh.get().eraseCredentials();
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null,
						fresh.get().getAuthorities()));
				SecurityContextHolder.setContext(context);
				if (request.getSession(false) != null) {
					contexts.saveContext(context, request, response);
				}
			}
		}
		chain.doFilter(request, response);
	}

}
