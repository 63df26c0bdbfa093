package io.edubureau.sheet;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload that is too large, whether the servlet container refused it
 * ({@code spring.servlet.multipart}) before any controller ran, or our own file limit
 * did: 413 as a problem detail for the API, a message page for pages. Not restricted to
 * some controllers, because the container's refusal comes before a handler is chosen.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SheetUploadProblems {

	private final MessageSource messages;

	private final SheetProperties limits;

	SheetUploadProblems(MessageSource messages, SheetProperties limits) {
		this.messages = messages;
		this.limits = limits;
	}

	@ExceptionHandler({ MaxUploadSizeExceededException.class, SheetTooLarge.class })
	Object tooLarge(HttpServletRequest request, Exception ex) {
		Locale locale = LocaleContextHolder.getLocale();
		SheetTooLarge ours = ex instanceof SheetTooLarge t ? t : null;
		long megabytes = DataSize.ofBytes(ours == null ? limits.maxFileBytes() : ours.maxBytes()).toMegabytes();
		String key = ours != null && ours.databaseLimit() ? "sheet.file.tooLargeForDatabase" : "sheet.file.tooLarge";
		String detail = messages.getMessage(key, new Object[] { megabytes }, locale);
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
			problem.setTitle(messages.getMessage("problem.title.413", null, "File too large", locale));
			problem.setType(URI.create("about:blank"));
			problem.setProperty("errors", List.of(Map.of("field", "file", "message", detail)));
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		ModelAndView page = new ModelAndView("sheet/too-large", HttpStatus.PAYLOAD_TOO_LARGE);
		page.addObject("detail", detail);
		page.addObject("back", path);
		page.addObject("currentPath", path);
		return page;
	}

}
