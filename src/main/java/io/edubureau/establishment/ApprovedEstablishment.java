package io.edubureau.establishment;

import java.time.Instant;

import io.edubureau.staff.PostCategory;
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

/** Posts approved for one unit in one post category. */
@Entity
@Table(name = "establishment_approved")
class ApprovedEstablishment {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "establishment_approved_seq")
	@SequenceGenerator(name = "establishment_approved_seq", sequenceName = "establishment_approved_seq",
			allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private PostCategory postCategory;

	@Column(nullable = false)
	private int approved;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ApprovedEstablishment() {
	}

	ApprovedEstablishment(Long unitId, PostCategory postCategory) {
		this.unitId = unitId;
		this.postCategory = postCategory;
	}

	void approve(int posts) {
		this.approved = posts;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	PostCategory getPostCategory() {
		return postCategory;
	}

	int getApproved() {
		return approved;
	}

}
