package io.edubureau.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.edubureau.platform.Rejection;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's record in one programme: enrolled → completed → credited (accepted) or
 * returned; a returned record may be completed again. Every move leaves a history row.
 */
@Entity
@Table(name = "training_record")
class TrainingRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
	@SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id")
	private TrainingProgramme programme;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private TrainingStatus status;

	private Integer hours;

	private LocalDate completedOn;

	@Column(length = 60)
	private String certificateNumber;

	@Column(length = 500)
	private String comment;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@OneToMany(mappedBy = "record", cascade = CascadeType.ALL)
	@OrderBy("occurredAt, id")
	private List<TrainingRecordStep> steps = new ArrayList<>();

	@Version
	private long version;

	protected TrainingRecord() {
	}

	TrainingRecord(TrainingProgramme programme, long staffId, String staffName, String by) {
		this.programme = programme;
		this.staffId = staffId;
		this.staffName = staffName.length() > 50 ? staffName.substring(0, 50) : staffName;
		this.status = TrainingStatus.ENROLLED;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
		steps.add(new TrainingRecordStep(this, null, TrainingStatus.ENROLLED, null, null, by));
	}

	/** Attendance finished: the hours to credit, when, and the certificate's number. */
	void complete(int hours, LocalDate on, String certificateNumber, String by) {
		if (status != TrainingStatus.ENROLLED && status != TrainingStatus.RETURNED) {
			throw new Rejection("status", "training.record.transition", status, TrainingStatus.COMPLETED);
		}
		this.hours = hours;
		this.completedOn = on;
		this.certificateNumber = certificateNumber;
		this.comment = null;
		move(TrainingStatus.COMPLETED, hours, null, by);
	}

	/** The bureau accepts the hours: they count from now on. */
	void credit(String comment, String by) {
		require(TrainingStatus.COMPLETED, TrainingStatus.CREDITED);
		this.comment = comment;
		move(TrainingStatus.CREDITED, hours, comment, by);
	}

	/** The bureau returns the record with what to fix. */
	void returnWith(String comment, String by) {
		require(TrainingStatus.COMPLETED, TrainingStatus.RETURNED);
		this.comment = comment;
		move(TrainingStatus.RETURNED, hours, comment, by);
	}

	private void require(TrainingStatus expected, TrainingStatus to) {
		if (status != expected) {
			throw new Rejection("status", "training.record.transition", status, to);
		}
	}

	private void move(TrainingStatus to, Integer hours, String comment, String by) {
		steps.add(new TrainingRecordStep(this, status, to, hours, comment, by));
		this.status = to;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	TrainingRecordView toView(boolean certificate) {
		return new TrainingRecordView(id, programme.getId(), programme.getCode(), programme.getName(),
				programme.getLevel(), programme.getCategory(), programme.getHours(), staffId, staffName, status, hours,
				completedOn, certificateNumber, certificate, comment, updatedAt);
	}

	Long getId() {
		return id;
	}

	TrainingProgramme getProgramme() {
		return programme;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	TrainingStatus getStatus() {
		return status;
	}

	Integer getHours() {
		return hours;
	}

	LocalDate getCompletedOn() {
		return completedOn;
	}

	List<TrainingRecordStep> getSteps() {
		return Collections.unmodifiableList(steps);
	}

}
