package io.edubureau.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * API errors as RFC 9457 problem details in the caller's language, with one entry per
 * refused field under {@code errors}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(Rejection.class)
	ProblemDetail rejected(Rejection ex) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map(p -> Map.of("field", p.field() == null ? "" : p.field(), "message",
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)))
			.toList();
		ProblemDetail problem = problem(
				ex.malformedRequest() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT,
				errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, text("problem.notFound"));
	}

	// Two changes to the same versioned record at once: the later one is told, not a 500.
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ProblemDetail conflict(org.springframework.dao.OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, text("problem.conflict"));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, messages.getMessage("problem.badParameter",
				new Object[] { ex.getName(), String.valueOf(ex.getValue()) }, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", problem.getDetail())));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.add(Map.of("field", e.getField(), "message", messages.getMessage(e, locale))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> errors.add(Map.of("field", "", "message", messages.getMessage(e, locale))));
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT,
				errors.isEmpty() ? text("problem.invalid") : errors.get(0).get("message"));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
				LocaleContextHolder.getLocale()));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

}
