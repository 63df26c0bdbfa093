package io.edubureau.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in API callers presenting {@code Authorization: Bearer ebt_…}. The token is
 * looked up by its hash, at most {@link ApiTokenCache#TTL} apart for a busy token; any
 * change to tokens, accounts or roles empties that cache, so a revoked token stops
 * working at once.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	static final String PREFIX = "ebt_";

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final TransactionTemplate tx;

	private final SecurityConfiguration.ProblemResponses problems;

	private final ApiTokenCache cache;

	ApiTokenAuthenticationFilter(ApiTokenRepository tokens, UserAccountRepository users, TransactionTemplate tx,
			SecurityConfiguration.ProblemResponses problems, ApiTokenCache cache) {
		this.cache = cache;
		this.tokens = tokens;
		this.users = users;
		this.tx = tx;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String token = header.substring(7).strip();
			Optional<BureauUser> user = authenticate(token);
			if (user.isEmpty()) {
				SecurityContextHolder.clearContext();
				response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "security.problem.invalidToken");
				return;
			}
			var auth = UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities());
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(auth);
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

	private Optional<BureauUser> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		String hash = hash(token);
		Optional<BureauUser> cached = cache.get(hash, now);
		if (cached.isPresent()) {
			return cached;
		}
		long generation = cache.generation();
		return tx.execute(status -> tokens.findByTokenHash(hash).filter(t -> t.isUsable(now)).flatMap(t -> {
			t.used(now);
			return users.findById(t.getUserId())
				.filter(u -> u.isEnabled() && !u.isLocked(now))
				.map(u -> new BureauUser(u, now))
				.map(user -> {
					user.eraseCredentials();
					cache.put(hash, user, t.getExpiresAt(), generation);
					return user;
				});
		}));
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
