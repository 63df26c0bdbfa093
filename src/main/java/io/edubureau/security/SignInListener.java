package io.edubureau.security;

import java.time.Instant;
import java.util.List;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.audit.LoginOutcome;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins towards the lockout (form login and HTTP Basic alike) and writes
 * the login log.
 */
@Component
class SignInListener {

	private static final int ATTEMPTS = 3;

	private final UserAccountRepository users;

	private final AuditManagement audit;

	private final SecurityProperties properties;

	private final TransactionTemplate tx;

	SignInListener(UserAccountRepository users, AuditManagement audit, SecurityProperties properties,
			TransactionTemplate tx) {
		this.users = users;
		this.audit = audit;
		this.properties = properties;
		this.tx = tx;
	}

	@EventListener
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		String username = String.valueOf(event.getAuthentication().getName()).strip();
		if (event instanceof AuthenticationFailureLockedEvent) {
			audit.recordLogin(username, LoginOutcome.LOCKED, "account locked");
			return;
		}
		if (event instanceof AuthenticationFailureDisabledEvent) {
			audit.recordLogin(username, LoginOutcome.FAILURE, "account disabled");
			return;
		}
		boolean lockedNow = retrying(() -> tx.execute(status -> countFailure(username)));
		audit.recordLogin(username, lockedNow ? LoginOutcome.LOCKED : LoginOutcome.FAILURE,
				lockedNow ? "locked for " + properties.lockoutMinutes() + " minutes"
						: event.getException().getClass().getSimpleName());
	}

	private boolean countFailure(String username) {
		return users.findByUsername(username).map(u -> {
			boolean locked = u.failedSignIn(properties.maxFailedLogins(), properties.lockout(), Instant.now());
			if (locked) {
				audit.record(AuditAction.LOCK, SecurityManagement.USER, u.getId(), u.getUsername(),
						List.of(new Change("lockedUntil", null, String.valueOf(u.getLockedUntil()))));
			}
			return locked;
		}).orElse(false);
	}

	@EventListener
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BureauUser user) {
			retrying(() -> tx.execute(status -> {
				users.findById(user.id())
					.filter(u -> u.getFailedAttempts() > 0)
					.ifPresent(u -> u.signedIn(u.getLastLoginAt()));
				return true;
			}));
		}
	}

	@EventListener
	public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof BureauUser user) {
			retrying(() -> tx.execute(status -> {
				users.findById(user.id()).ifPresent(u -> u.signedIn(Instant.now()));
				return true;
			}));
			audit.recordLogin(user.getUsername(), LoginOutcome.SUCCESS, "form");
		}
	}

	@EventListener
	public void onLogout(LogoutSuccessEvent event) {
		audit.recordLogin(event.getAuthentication().getName(), LoginOutcome.LOGOUT, null);
	}

	// Parallel sign-ins of one account collide on its version; the count must not get
	// lost.
	private static boolean retrying(java.util.function.Supplier<Boolean> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return Boolean.TRUE.equals(work.get());
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
