package io.edubureau.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers 503 "still loading" until the application is ready: the web server accepts
 * connections while the start-up runners (the demo county's loaders) still fill the
 * database, and a user arriving then would see half a county. Health probes pass. When
 * ready, one clear console line says which address to open.
 */
@Component
class StartupGate extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(StartupGate.class);

	/** First of the application's filters: nothing else needs to run while loading. */
	static final int ORDER = NulCharacterFilter.ORDER - 2;

	static final int RETRY_SECONDS = 5;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final Environment environment;

	private volatile boolean ready;

	StartupGate(MessageSource messages, LocaleResolver locales, Environment environment) {
		this.messages = messages;
		this.locales = locales;
		this.environment = environment;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	// Before other listeners on the same event, so the address is the first line a user
	// reads.
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void open() {
		this.ready = true;
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			String context = environment.getProperty("server.servlet.context-path", "");
			String rule = "=".repeat(64);
			log.info(
					"\n\n  {}\n  EduBureau is ready. Open http://localhost:{}{}/ in a browser.\n"
							+ "  EduBureau 已就绪，请在浏览器中打开 http://localhost:{}{}/\n  {}\n",
					rule, port, context, port, context, rule);
		}
	}

	boolean isReady() {
		return this.ready;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (this.ready || path.startsWith("/actuator/")) {
			chain.doFilter(request, response);
			return;
		}
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage("startup.loading", null, locale);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (path.startsWith("/api/") || path.startsWith("/v3/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", messages.getMessage("startup.loading.title", null, locale));
			problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
			problem.put("detail", detail);
			problem.put("instance", path);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		String title = messages.getMessage("startup.loading.title", null, locale);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta http-equiv=\"refresh\" content=\"" + RETRY_SECONDS + "\"><title>" + title
					+ "</title></head><body style=\"font-family:sans-serif;margin:4rem\"><h1>" + title + "</h1><p>"
					+ detail + "</p></body></html>");
	}

}
