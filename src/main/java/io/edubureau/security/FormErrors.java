package io.edubureau.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.edubureau.platform.Rejection;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * Field messages for a re-rendered form, in the user's language: field → message, with
 * {@code ""} for the form as a whole. Templates read them without bean access to the form
 * records.
 */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(BindingResult binding, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
		binding.getGlobalErrors().forEach(e -> errors.putIfAbsent("", messages.getMessage(e, locale)));
		return errors;
	}

	static Map<String, String> of(Rejection rejection, MessageSource messages, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		rejection.problems()
			.forEach(p -> errors.putIfAbsent(p.field() == null ? "" : p.field(),
					messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale)));
		return errors;
	}

}
