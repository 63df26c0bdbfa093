package io.edubureau.audit;

import java.time.Instant;

/** A sign-in attempt as the audit administrator sees it. */
public record LoginEventView(long id, Instant occurredAt, String username, String ip, LoginOutcome outcome,
		String detail) {
}
