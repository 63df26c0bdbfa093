package io.edubureau.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Refuses a request with a NUL character (U+0000) in its path, query or form parameters,
 * multipart file names or JSON body: PostgreSQL cannot store one in text, so it would
 * otherwise fail deep inside a query as a 500. Runs before Spring Security, because the
 * sign-in form's user name reaches the database there. The API gets a 400 problem detail,
 * pages the 400 page, both in the user's language.
 */
@Component
class NulCharacterFilter extends OncePerRequestFilter implements Ordered {

	/** Just after Spring's RequestContextFilter (-105), before Spring Security (-100). */
	static final int ORDER = -104;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ObjectProvider<ViewResolver> views;

	private final ApplicationContext context;

	NulCharacterFilter(MessageSource messages, LocaleResolver locales, ObjectProvider<ViewResolver> views,
			ApplicationContext context) {
		this.messages = messages;
		this.locales = locales;
		this.views = views;
		this.context = context;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpServletRequest checked = request;
		// A multipart body is checked once the DispatcherServlet has parsed it within its
		// limits (NulCharacterInterceptor): parsing it here would turn an upload over the
		// limit into the container's error instead of the 413 problem detail.
		Optional<String> field = inAddress(request)
			.or(() -> isMultipart(request) ? inQuery(request.getQueryString()) : inParameters(request));
		if (field.isEmpty() && isJson(request)) {
			BufferedBody body = new BufferedBody(request);
			checked = body;
			field = inJson(body.bytes);
		}
		if (field.isPresent()) {
			refuse(request, response, field.get());
			return;
		}
		chain.doFilter(checked, response);
	}

	private static Optional<String> inAddress(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri != null && (uri.indexOf('\0') >= 0 || uri.toLowerCase(Locale.ROOT).contains("%00")) ? Optional.of("")
				: Optional.empty();
	}

	private static Optional<String> inParameters(HttpServletRequest request) {
		for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
			if (hasNul(e.getKey())) {
				return Optional.of("");
			}
			for (String value : e.getValue()) {
				if (hasNul(value)) {
					return Optional.of(e.getKey());
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The first parameter of a query string with a NUL, decoded as the container does.
	 */
	static Optional<String> inQuery(String query) {
		if (query == null || query.isEmpty()) {
			return Optional.empty();
		}
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			try {
				String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
				String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				if (hasNul(name) || hasNul(value)) {
					return Optional.of(hasNul(name) ? "" : name);
				}
			}
			catch (IllegalArgumentException ex) {
				// A malformed escape is the container's to refuse.
			}
		}
		return Optional.empty();
	}

	/**
	 * The first field or file of a parsed multipart request whose name, value or file
	 * name holds a NUL.
	 */
	static Optional<String> inMultipart(MultipartHttpServletRequest multipart) {
		Optional<String> field = inParameters(multipart);
		if (field.isPresent()) {
			return field;
		}
		for (var e : multipart.getMultiFileMap().entrySet()) {
			if (hasNul(e.getKey())) {
				return Optional.of("");
			}
			if (e.getValue().stream().anyMatch(f -> hasNul(f.getOriginalFilename()))) {
				return Optional.of(e.getKey());
			}
		}
		return Optional.empty();
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** The first field whose name or text holds a NUL, as a dotted path. */
	static Optional<String> inJson(byte[] body) {
		for (byte b : body) {
			if (b == 0) {
				return Optional.of("");
			}
		}
		String text = new String(body, StandardCharsets.UTF_8);
		if (!text.contains("u0000")) {
			return Optional.empty();
		}
		try {
			return find(JSON.readTree(text), "");
		}
		catch (JacksonException ex) {
			// Malformed JSON is answered by the message converters as it always was.
			return Optional.empty();
		}
	}

	private static Optional<String> find(JsonNode node, String path) {
		if (node == null) {
			return Optional.empty();
		}
		if (node.isString()) {
			return hasNul(node.asString()) ? Optional.of(path) : Optional.empty();
		}
		if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				Optional<String> found = find(node.get(i), path + "[" + i + "]");
				if (found.isPresent()) {
					return found;
				}
			}
		}
		if (node.isObject()) {
			for (var e : node.properties()) {
				String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
				if (hasNul(e.getKey())) {
					return Optional.of(path);
				}
				Optional<String> found = find(e.getValue(), child);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static boolean hasNul(String s) {
		return s != null && s.indexOf('\0') >= 0;
	}

	private static boolean isJson(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return false;
		}
		try {
			MediaType media = MediaType.parseMediaType(type);
			return media.isCompatibleWith(MediaType.APPLICATION_JSON) || media.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String field)
			throws IOException, ServletException {
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage("problem.nulCharacter", null, locale);
		String title = messages.getMessage("problem.title.400", null, locale);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/")) {
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "about:blank");
			problem.put("title", title);
			problem.put("status", HttpStatus.BAD_REQUEST.value());
			problem.put("detail", detail);
			problem.put("instance", path.replace("\0", "").replace("%00", ""));
			problem.put("errors", List.of(Map.of("field", field, "message", detail)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(JSON.writeValueAsString(problem));
			return;
		}
		page(request, response, locale, detail);
	}

	/** Renders the 400 page as the DispatcherServlet would, in the user's language. */
	private void page(HttpServletRequest request, HttpServletResponse response, Locale locale, String detail)
			throws IOException {
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		var previous = LocaleContextHolder.getLocaleContext();
		LocaleContextHolder.setLocale(locale);
		try {
			View view = null;
			for (ViewResolver resolver : views.orderedStream().toList()) {
				view = resolver.resolveViewName("error/400", locale);
				if (view != null) {
					break;
				}
			}
			if (view == null) {
				throw new IllegalStateException("No view error/400");
			}
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			view.render(Map.of("detail", detail, "currentPath", "/"), request, response);
		}
		catch (Exception ex) {
			// The refusal must not become the 500 it prevents: plain text then.
			logger.warn("Could not render the 400 page", ex);
			if (!response.isCommitted()) {
				response.resetBuffer();
				response.setContentType("text/plain;charset=UTF-8");
				response.getWriter().write(detail);
			}
		}
		finally {
			LocaleContextHolder.setLocaleContext(previous);
		}
	}

	/** The request with its body read once, for the check and again for the handler. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		final byte[] bytes;

		BufferedBody(HttpServletRequest request) throws IOException {
			super(request);
			try (InputStream in = request.getInputStream()) {
				this.bytes = in.readAllBytes();
			}
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(bytes);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
		}

	}

}
