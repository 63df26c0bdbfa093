package io.edubureau.awards;

import java.time.Instant;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The number of nominations (名额) a unit may make in a round. */
@Entity
@Table(name = "award_quota")
class AwardQuota {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private int places;

	@Column(nullable = false, length = 64)
	private String setBy;

	@Column(nullable = false)
	private Instant setAt;

	@Version
	private long version;

	protected AwardQuota() {
	}

	AwardQuota(long roundId, long unitId, int places) {
		this.roundId = roundId;
		this.unitId = unitId;
		set(places);
	}

	void set(int places) {
		this.places = places;
		this.setBy = Actor.current();
		this.setAt = Instant.now();
	}

	Long getUnitId() {
		return unitId;
	}

	int getPlaces() {
		return places;
	}

}
