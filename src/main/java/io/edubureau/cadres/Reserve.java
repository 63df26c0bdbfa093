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

/** A reserve cadre (后备干部) nominated for a kind of post at a unit. */
@Entity
@Table(name = "cadres_reserve")
class Reserve {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PostKind postKind;

	@Column(nullable = false)
	private Long staffId;

	@Column(nullable = false, length = 50)
	private String staffName;

	@Column(nullable = false)
	private boolean female;

	private LocalDate birthDate;

	@Column(nullable = false, length = 1000)
	private String recommendation;

	@Column(nullable = false)
	private LocalDate nominatedOn;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Version
	private long version;

	protected Reserve() {
	}

	Reserve(long unitId, PostKind postKind, long staffId, String staffName, boolean female, LocalDate birthDate,
			String recommendation, LocalDate nominatedOn, String by) {
		this.unitId = unitId;
		this.postKind = postKind;
		this.staffId = staffId;
		this.staffName = staffName;
		this.female = female;
		this.birthDate = birthDate;
		this.recommendation = recommendation;
		this.nominatedOn = nominatedOn;
		this.active = true;
		this.recordedBy = by;
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	PostKind getPostKind() {
		return postKind;
	}

	Long getStaffId() {
		return staffId;
	}

	String getStaffName() {
		return staffName;
	}

	boolean isFemale() {
		return female;
	}

	LocalDate getBirthDate() {
		return birthDate;
	}

	String getRecommendation() {
		return recommendation;
	}

	LocalDate getNominatedOn() {
		return nominatedOn;
	}

	boolean isActive() {
		return active;
	}

}
