package io.edubureau.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two filter chains: {@code /api/**} and the actuator are stateless (HTTP Basic or a
 * personal token, answers as problem details); pages use form login with CSRF protection
 * and a session.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	@Order(1)
	// Absent when the jar runs a command (generate) without the web server.
	@ConditionalOnWebApplication
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository apiTokens, UserAccountRepository users,
			TransactionTemplate tx, ApiTokenCache tokenCache, MessageSource messages, LocaleResolver locales,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) throws Exception {
		ProblemResponses problems = new ProblemResponses(messages, locales);
		var tokens = new ApiTokenAuthenticationFilter(apiTokens, users, tx, problems, tokenCache);
		// The OpenAPI document goes through this chain only with credentials, so Swagger
		// UI in a
		// signed-in browser reads it with its session through the page chain.
		var paths = PathPatternRequestMatcher.withDefaults();
		var apiDocsWithCredentials = new AndRequestMatcher(new OrRequestMatcher(paths.matcher("/v3/api-docs"),
				paths.matcher("/v3/api-docs/**"), paths.matcher("/v3/api-docs.yaml")),
				new RequestHeaderRequestMatcher("Authorization"));
		http.securityMatcher(
				new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/actuator/**"), apiDocsWithCredentials))
			.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health/**", "/actuator/health")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.hasAuthority(Permission.SYSTEM_METRICS_READ.code())
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.access(new HandlerPermissions(mapping)))
			.httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized))
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(problems), BasicAuthenticationFilter.class)
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.exceptionHandling(
					e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP)));
		return http.build();
	}

	@Bean
	@Order(2)
	// Absent when the jar runs a command (generate) without the web server.
	@ConditionalOnWebApplication
	SecurityFilterChain pageChain(HttpSecurity http, UserAccountRepository users, TransactionTemplate tx,
			MessageSource messages, LocaleResolver locales, SessionRegistry sessionRegistry,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/locale")
			.permitAll()
			.anyRequest()
			.access(new HandlerPermissions(mapping)))
			.formLogin(f -> f.loginPage("/login").failureHandler(failureHandler(users)).permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.addFilterBefore(new SessionAccountFilter(users, tx), AuthorizationFilter.class)
			// Before authorization: a generated password is changed before anything else
			// is even judged.
			.addFilterAfter(new PasswordChangeRequiredFilter(new ProblemResponses(messages, locales)),
					SessionAccountFilter.class)
			.sessionManagement(s -> s.sessionFixation(f -> f.migrateSession())
				.maximumSessions(3)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?expired"))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(f -> f.deny()));
		return http.build();
	}

	// In a cluster the sessions are counted in the database on every node; one node
	// counts them in memory.
	@Bean
	@ConditionalOnWebApplication
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		FindByIndexNameSessionRepository<? extends Session> shared = sessions.getIfAvailable();
		return shared != null ? new SpringSessionBackedSessionRegistry<>(shared) : new SessionRegistryImpl();
	}

	// Lets the session registry behind maximumSessions forget sessions that ended.
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	// The failure that locks an account already says so, not only the next attempt.
	private static AuthenticationFailureHandler failureHandler(UserAccountRepository users) {
		return (request, response, exception) -> {
			String reason = exception instanceof LockedException ? "locked"
					: exception instanceof DisabledException ? "disabled" : "error";
			String username = request.getParameter("username");
			if ("error".equals(reason) && username != null
					&& users.findByUsername(username.strip()).map(u -> u.isLocked(Instant.now())).orElse(false)) {
				reason = "locked";
			}
			response.sendRedirect(request.getContextPath() + "/login?" + reason);
		};
	}

	/** Writes 401 and 403 as RFC 9457 problem details in the caller's language. */
	record ProblemResponses(MessageSource messages, LocaleResolver locales) {

		void unauthorized(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Exception ex)
				throws IOException {
			response.setHeader("WWW-Authenticate", "Basic realm=\"EduBureau\", Bearer");
			write(request, response, HttpStatus.UNAUTHORIZED, "security.problem.unauthorized");
		}

		void forbidden(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, Exception ex)
				throws IOException {
			write(request, response, HttpStatus.FORBIDDEN, "security.problem.forbidden");
		}

		void write(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response, HttpStatus status,
				String key) throws IOException {
			Locale locale = locales.resolveLocale(request);
			String title = messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
					locale);
			String detail = messages.getMessage(key, null, key, locale);
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status.value()
						+ ",\"detail\":\"" + json(detail) + "\",\"instance\":\"" + json(request.getRequestURI())
						+ "\"}");
		}

		private static String json(String s) {
			StringBuilder b = new StringBuilder();
			for (char c : s.toCharArray()) {
				switch (c) {
					case '"' -> b.append("\\\"");
					case '\\' -> b.append("\\\\");
					case '<' -> b.append("\\u003c");
					default -> {
						if (c < 0x20) {
							b.append(String.format("\\u%04x", (int) c));
						}
						else {
							b.append(c);
						}
					}
				}
			}
			return b.toString();
		}

	}

}
