package io.edubureau.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit of the tree; archived by a status transition, never deleted. */
@Entity
@Table(name = "org_unit")
class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
	@SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 10)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(length = 50)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private UnitType type;

	private Long parentId;

	// Materialised path of ids, "/1/7/42/", so a subtree is one indexed prefix match.
	@Column(nullable = false, length = 400)
	private String path;

	@Column(nullable = false)
	private int depth;

	@Convert(converter = StagesConverter.class)
	@Column(nullable = false, length = 100)
	private Set<Stage> stages = EnumSet.noneOf(Stage.class);

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Ownership ownership;

	@Enumerated(EnumType.STRING)
	@Column(length = 10)
	private Locality locality;

	@Column(length = 200)
	private String address;

	@Column(nullable = false)
	private boolean boarding;

	@Column(length = 50)
	private String principal;

	@Column(length = 30)
	private String phone;

	private LocalDate foundedDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private UnitStatus status = UnitStatus.ACTIVE;

	@OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
	@OrderBy("changedAt")
	private List<UnitStatusChange> statusHistory = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Unit() {
	}

	Unit(String code, UnitType type) {
		this.code = code;
		this.type = type;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	/**
	 * Places the unit under {@code parent} (or at the root); the id must already be
	 * assigned.
	 */
	void placeUnder(Unit parent) {
		if (parent == null) {
			this.parentId = null;
			this.path = "/" + id + "/";
			this.depth = 0;
		}
		else {
			this.parentId = parent.id;
			this.path = parent.path + id + "/";
			this.depth = parent.depth + 1;
		}
	}

	void apply(UnitForm form) {
		this.code = form.code();
		this.name = form.name();
		this.shortName = form.shortName();
		this.type = form.type();
		this.stages = form.stages() == null || form.stages().isEmpty() ? EnumSet.noneOf(Stage.class)
				: EnumSet.copyOf(form.stages());
		this.ownership = form.ownership();
		this.locality = form.locality();
		this.address = form.address();
		this.boarding = Boolean.TRUE.equals(form.boarding());
		this.principal = form.principal();
		this.phone = form.phone();
		this.foundedDate = form.foundedDate();
		this.updatedAt = Instant.now();
	}

	/** Merges this unit into another; only an active unit can be merged. */
	void merge(Unit into, String reason, String by) {
		requireActive();
		if (into.id.equals(id) || into.status != UnitStatus.ACTIVE) {
			throw new IllegalStateException("merge target must be another active unit");
		}
		transition(UnitStatus.MERGED, reason, by, into.code);
	}

	/** Closes this unit; only an active unit can be closed. */
	void close(String reason, String by) {
		requireActive();
		transition(UnitStatus.CLOSED, reason, by, null);
	}

	/** Reopens a merged or closed unit. */
	void reopen(String reason, String by) {
		if (status == UnitStatus.ACTIVE) {
			throw new IllegalStateException("unit is already active");
		}
		transition(UnitStatus.ACTIVE, reason, by, null);
	}

	private void requireActive() {
		if (status != UnitStatus.ACTIVE) {
			throw new IllegalStateException("unit is " + status);
		}
	}

	private void transition(UnitStatus to, String reason, String by, String mergedInto) {
		statusHistory.add(new UnitStatusChange(this, status, to, reason, by, mergedInto));
		this.status = to;
		this.updatedAt = Instant.now();
	}

	boolean isAncestorOf(Unit other) {
		return other.path.startsWith(path) && !other.id.equals(id);
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

	String getShortName() {
		return shortName;
	}

	UnitType getType() {
		return type;
	}

	Long getParentId() {
		return parentId;
	}

	String getPath() {
		return path;
	}

	int getDepth() {
		return depth;
	}

	Set<Stage> getStages() {
		return Collections.unmodifiableSet(stages);
	}

	Ownership getOwnership() {
		return ownership;
	}

	Locality getLocality() {
		return locality;
	}

	String getAddress() {
		return address;
	}

	boolean isBoarding() {
		return boarding;
	}

	String getPrincipal() {
		return principal;
	}

	String getPhone() {
		return phone;
	}

	LocalDate getFoundedDate() {
		return foundedDate;
	}

	UnitStatus getStatus() {
		return status;
	}

	List<UnitStatusChange> getStatusHistory() {
		return Collections.unmodifiableList(statusHistory);
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

	long getVersion() {
		return version;
	}

}
