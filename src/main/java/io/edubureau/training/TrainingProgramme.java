package io.edubureau.training;

import java.time.Instant;
import java.time.LocalDate;

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

/** A training programme, organised by a unit; archived rather than deleted. */
@Entity
@Table(name = "training_programme")
class TrainingProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
	@SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 30)
	private String code;

	@Column(nullable = false, length = 150)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private TrainingLevel level;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private TrainingCategory category;

	@Column(nullable = false)
	private int hours;

	@Column(nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private LocalDate endDate;

	@Column(length = 150)
	private String provider;

	private Integer capacity;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private int planYear;

	@Column(nullable = false)
	private boolean archived;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected TrainingProgramme() {
	}

	TrainingProgramme(ProgrammeForm form, long unitId, String by) {
		this.code = form.code().strip();
		apply(form, unitId, by);
	}

	void apply(ProgrammeForm form, long unitId, String by) {
		this.name = form.name().strip();
		this.level = form.level();
		this.category = form.category();
		this.hours = form.hours();
		this.startDate = form.startDate();
		this.endDate = form.endDate();
		this.provider = form.provider() == null || form.provider().isBlank() ? null : form.provider().strip();
		this.capacity = form.capacity();
		this.unitId = unitId;
		this.planYear = form.year() != null ? form.year() : form.startDate().getYear();
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	void archive(String by) {
		this.archived = true;
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	String getName() {
		return name;
	}

	TrainingLevel getLevel() {
		return level;
	}

	TrainingCategory getCategory() {
		return category;
	}

	int getHours() {
		return hours;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	LocalDate getEndDate() {
		return endDate;
	}

	String getProvider() {
		return provider;
	}

	Integer getCapacity() {
		return capacity;
	}

	Long getUnitId() {
		return unitId;
	}

	int getPlanYear() {
		return planYear;
	}

	boolean isArchived() {
		return archived;
	}

	long getVersion() {
		return version;
	}

}
