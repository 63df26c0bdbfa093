package io.edubureau.cadres;

import java.time.LocalDate;

import io.edubureau.platform.Rejection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An objection raised against an election's result during its public notice; resolved
 * once, upheld (no appointment) or dismissed.
 */
@Entity
@Table(name = "cadres_objection")
class ElectionObjection {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long electionId;

	@Column(nullable = false)
	private LocalDate receivedOn;

	@Column(nullable = false, length = 1000)
	private String content;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ObjectionStatus status;

	@Column(length = 1000)
	private String resolution;

	private LocalDate resolvedOn;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(length = 64)
	private String resolvedBy;

	@Version
	private long version;

	protected ElectionObjection() {
	}

	ElectionObjection(long electionId, LocalDate receivedOn, String content, String by) {
		this.electionId = electionId;
		this.receivedOn = receivedOn;
		this.content = content;
		this.status = ObjectionStatus.OPEN;
		this.recordedBy = by;
	}

	void resolve(boolean upheld, String resolution, LocalDate on, String by) {
		if (status != ObjectionStatus.OPEN) {
			throw new Rejection("status", "cadres.objection.resolved", resolvedOn.toString());
		}
		if (on.isBefore(receivedOn)) {
			throw new Rejection("on", "cadres.objection.beforeReceived", on.toString(), receivedOn.toString());
		}
		this.status = upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
		this.resolution = resolution;
		this.resolvedOn = on;
		this.resolvedBy = by;
	}

	Views.ObjectionView view() {
		return new Views.ObjectionView(id, electionId, receivedOn, content, status, resolution, resolvedOn);
	}

	Long getId() {
		return id;
	}

	Long getElectionId() {
		return electionId;
	}

	ObjectionStatus getStatus() {
		return status;
	}

	String getContent() {
		return content;
	}

}
