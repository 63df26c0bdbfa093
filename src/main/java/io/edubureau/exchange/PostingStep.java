package io.edubureau.exchange;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One transition of a posting, kept for good. */
@Entity
@Table(name = "exchange_posting_step")
class PostingStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_seq")
	@SequenceGenerator(name = "exchange_seq", sequenceName = "exchange_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long postingId;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private PostingStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PostingStatus toStatus;

	private LocalDate onDay;

	@Column(length = 300)
	private String note;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant at;

	protected PostingStep() {
	}

	PostingStep(long postingId, PostingStatus from, PostingStatus to, LocalDate onDay, String note) {
		this.postingId = postingId;
		this.fromStatus = from;
		this.toStatus = to;
		this.onDay = onDay;
		this.note = note;
		this.actor = Actor.current();
		this.at = Instant.now();
	}

	Views.StepView toView() {
		return new Views.StepView(fromStatus == null ? null : fromStatus.name(), toStatus.name(), onDay, note, actor,
				at);
	}

	Long getPostingId() {
		return postingId;
	}

}
