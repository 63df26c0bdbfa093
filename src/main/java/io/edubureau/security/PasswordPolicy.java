package io.edubureau.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.platform.Rejection.Problem;

import org.springframework.stereotype.Component;

/** Length, at least three kinds of character, and not containing the username. */
@Component
class PasswordPolicy {

	static final int MAX_LENGTH = 64;

	static final int MAX_BYTES = 72;

	private final SecurityProperties properties;

	PasswordPolicy(SecurityProperties properties) {
		this.properties = properties;
	}

	List<Problem> check(String username, String password) {
		List<Problem> problems = new ArrayList<>();
		if (password == null || password.length() < properties.passwordMinLength()) {
			problems.add(new Problem("newPassword", "security.password.tooShort", properties.passwordMinLength()));
			return problems;
		}
		// BCrypt refuses more than 72 bytes; a Chinese character takes three of them.
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add(new Problem("newPassword", "security.password.tooLong", MAX_LENGTH));
		}
		int kinds = 0;
		kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (kinds < 3) {
			problems.add(new Problem("newPassword", "security.password.tooSimple"));
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			problems.add(new Problem("newPassword", "security.password.containsUsername"));
		}
		return problems;
	}

	int minLength() {
		return properties.passwordMinLength();
	}

}
