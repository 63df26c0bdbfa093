package io.edubureau.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Local security parameters.
 *
 * @param maxFailedLogins failed sign-ins before the account is locked
 * @param lockoutMinutes how long a locked account stays locked
 * @param passwordMinLength shortest password accepted
 */
@ConfigurationProperties("edubureau.security")
record SecurityProperties(int maxFailedLogins, int lockoutMinutes, int passwordMinLength) {

	SecurityProperties {
		if (maxFailedLogins < 1 || lockoutMinutes < 1 || passwordMinLength < 8) {
			throw new IllegalArgumentException(
					"edubureau.security: max-failed-logins and lockout-minutes must be positive, password-min-length at least 8");
		}
	}

	Duration lockout() {
		return Duration.ofMinutes(lockoutMinutes);
	}

}
