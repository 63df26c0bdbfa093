package io.edubureau.security;

import java.time.Instant;

import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.LoginOutcome;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed sign-ins towards the lockout and writes the login log. */
@Component
class SignInListener {

	private final UserAccountRepository users;

	private final AuditManagement audit;

	private final SecurityProperties properties;

	SignInListener(UserAccountRepository users, AuditManagement audit, SecurityProperties properties) {
		this.users = users;
		this.audit = audit;
		this.properties = properties;
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName());
		if (event instanceof AuthenticationFailureLockedEvent) {
			audit.recordLogin(username, LoginOutcome.LOCKED, "account locked");
			return;
		}
		boolean lockedNow = users.findByUsername(username)
			.map(u -> u.failedSignIn(properties.maxFailedLogins(), properties.lockout(), Instant.now()))
			.orElse(false);
		audit.recordLogin(username, lockedNow ? LoginOutcome.LOCKED : LoginOutcome.FAILURE,
				lockedNow ? "locked for " + properties.lockoutMinutes() + " minutes"
						: event.getException().getClass().getSimpleName());
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BureauUser user) {
			users.findById(user.id()).filter(u -> u.getFailedAttempts() > 0).ifPresent(u -> u.signedIn(Instant.now()));
		}
	}

	@EventListener
	@Transactional
	public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BureauUser user) {
			users.findById(user.id()).ifPresent(u -> u.signedIn(Instant.now()));
			audit.recordLogin(user.getUsername(), LoginOutcome.SUCCESS, "form");
		}
	}

	@EventListener
	public void onLogout(LogoutSuccessEvent event) {
		audit.recordLogin(event.getAuthentication().getName(), LoginOutcome.LOGOUT, null);
	}

}
