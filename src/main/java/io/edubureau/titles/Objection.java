package io.edubureau.titles;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Rejection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An objection raised during the public notice, resolved with a note. */
@Entity
@Table(name = "titles_objection")
class Objection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_objection_seq")
	@SequenceGenerator(name = "titles_objection_seq", sequenceName = "titles_objection_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long applicationId;

	@Column(nullable = false)
	private LocalDate raisedOn;

	@Column(nullable = false, length = 1000)
	private String content;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private boolean resolved;

	@Column(nullable = false)
	private boolean upheld;

	@Column(length = 500)
	private String resolution;

	@Column(length = 64)
	private String resolvedBy;

	private Instant resolvedAt;

	protected Objection() {
	}

	Objection(Long applicationId, LocalDate raisedOn, String content, String by) {
		this.applicationId = applicationId;
		this.raisedOn = raisedOn;
		this.content = content;
		this.recordedBy = by;
	}

	void resolve(boolean upheld, String resolution, String by) {
		if (resolved) {
			throw new Rejection("objection", "titles.objection.resolved");
		}
		this.resolved = true;
		this.upheld = upheld;
		this.resolution = resolution;
		this.resolvedBy = by;
		this.resolvedAt = Instant.now();
	}

	ObjectionView toView() {
		return new ObjectionView(id, raisedOn, content, recordedBy, resolved, upheld, resolution, resolvedBy,
				resolvedAt);
	}

	Long getId() {
		return id;
	}

	Long getApplicationId() {
		return applicationId;
	}

	boolean isResolved() {
		return resolved;
	}

	boolean isUpheld() {
		return upheld;
	}

}
