package io.edubureau.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One sign-in attempt; immutable once written. */
@Entity
@Immutable
@Table(name = "audit_login_event")
class LoginEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_login_event_seq")
	@SequenceGenerator(name = "audit_login_event_seq", sequenceName = "audit_login_event_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(length = 64)
	private String ip;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private LoginOutcome outcome;

	@Column(length = 200)
	private String detail;

	protected LoginEvent() {
	}

	LoginEvent(Instant occurredAt, String username, String ip, LoginOutcome outcome, String detail) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.ip = ip;
		this.outcome = outcome;
		this.detail = detail;
	}

	LoginEventView toView() {
		return new LoginEventView(id, occurredAt, username, ip, outcome, detail);
	}

}
