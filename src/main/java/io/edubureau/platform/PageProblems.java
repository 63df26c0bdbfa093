package io.edubureau.platform;

import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages answer a missing or out-of-scope record with the friendly 404 page, and refused
 * input no form catches (a list's paging, an export's unit) with the 400 page naming the
 * problem, 422 as the API answers it.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter() {
		return "error/400";
	}

	@ExceptionHandler(Rejection.class)
	ModelAndView rejected(Rejection ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		HttpStatus status = ex.malformedRequest() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
		ModelAndView page = new ModelAndView("error/400", status);
		page.addObject("status", status.value());
		page.addObject("detail",
				ex.problems()
					.stream()
					.map(p -> messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))
					.collect(Collectors.joining(" ")));
		page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		return page;
	}

}
