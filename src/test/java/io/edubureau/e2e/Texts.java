package io.edubureau.e2e;

import java.util.Locale;

import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts a page should show, from the message bundles of the page's language; a key
 * that falls back to the other language fails the test instead of passing unnoticed.
 */
final class Texts {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final Locale ENGLISH = Locale.US;

	private final MessageSource messages;

	Texts(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Locale locale, Object... args) {
		String text = messages.getMessage(key, args, locale);
		assertThat(text).as("%s in %s", key, locale)
			.isNotEqualTo(messages.getMessage(key, args, locale == CHINESE ? ENGLISH : CHINESE));
		return text;
	}

}
