package io.edubureau.cadres;

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

/** A leadership post of a unit (校长, 副校长, 书记, 中层…). */
@Entity
@Table(name = "cadres_post")
class CadrePost {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PostKind kind;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Column(nullable = false)
	private LocalDate createdOn;

	@Version
	private long version;

	protected CadrePost() {
	}

	CadrePost(long unitId, PostKind kind, String title, String by, LocalDate on) {
		this.unitId = unitId;
		this.kind = kind;
		this.title = title;
		this.active = true;
		this.createdBy = by;
		this.createdOn = on;
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	PostKind getKind() {
		return kind;
	}

	String getTitle() {
		return title;
	}

	boolean isActive() {
		return active;
	}

	LocalDate getCreatedOn() {
		return createdOn;
	}

}
