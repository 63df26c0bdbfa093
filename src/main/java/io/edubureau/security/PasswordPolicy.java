package io.edubureau.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.platform.Rejection.Problem;

import org.springframework.stereotype.Component;

/** Length, at least three kinds of character, and not containing the username. */
@Component
class PasswordPolicy {

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
		if (password.length() > 128) {
			problems.add(new Problem("newPassword", "security.password.tooLong", 128));
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
