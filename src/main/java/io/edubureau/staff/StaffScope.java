package io.edubureau.staff;

import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;

import org.springframework.data.jpa.domain.Specification;

/**
 * The data scope on staff records, written once. Resolved from the typed
 * {@link DataScope} (the unit's tree path looked up once), it gives the Criteria
 * predicate for repository reads ({@link #specification()}) and the JPQL condition on
 * {@code StaffMember s} for the figures' and sets' queries ({@link #condition()}), both
 * on the person's copied unit path, unit id or own record; both fail closed, and a scope
 * that sees nobody says so ({@link #seesNobody()}) instead of being recognised by its
 * text.
 */
final class StaffScope {

	/** A JPQL condition on {@code StaffMember s} with its named parameters. */
	record Condition(String where, Map<String, Object> parameters) {
	}

	private enum Reach {

		EVERYONE, NOBODY, PERSON, UNIT, SUBTREE

	}

	private static final StaffScope EVERYONE = new StaffScope(Reach.EVERYONE, null, null, null);

	private static final StaffScope NOBODY = new StaffScope(Reach.NOBODY, null, null, null);

	private final Reach reach;

	private final Long staffId;

	private final Long unitId;

	private final String path;

	private StaffScope(Reach reach, Long staffId, Long unitId, String path) {
		this.reach = reach;
		this.staffId = staffId;
		this.unitId = unitId;
		this.path = path;
	}

	/** The scope on staff records; a unit whose path is unknown sees nobody. */
	static StaffScope of(DataScope scope, OrgManagement org) {
		return switch (scope.kind()) {
			case ALL -> EVERYONE;
			case SELF -> scope.staffId() == null ? NOBODY : new StaffScope(Reach.PERSON, scope.staffId(), null, null);
			case UNIT -> scope.unitId() == null ? NOBODY : new StaffScope(Reach.UNIT, null, scope.unitId(), null);
			case UNIT_AND_BELOW -> scope.unitId() == null ? NOBODY
					: org.pathOf(scope.unitId())
						.map(p -> new StaffScope(Reach.SUBTREE, null, scope.unitId(), p))
						.orElse(NOBODY);
		};
	}

	/** Whether the scope sees no record at all (a query need not run). */
	boolean seesNobody() {
		return reach == Reach.NOBODY;
	}

	/** Whether the scope is bound to a unit (or a unit and the units below it). */
	boolean unitBound() {
		return reach == Reach.UNIT || reach == Reach.SUBTREE;
	}

	/** Whether the scope sees the person where they are now. */
	boolean sees(StaffMember m) {
		return switch (reach) {
			case EVERYONE -> true;
			case NOBODY -> false;
			case PERSON -> staffId.equals(m.getId());
			case UNIT -> unitId.equals(m.getUnitId());
			case SUBTREE -> m.getUnitPath() != null && m.getUnitPath().startsWith(path);
		};
	}

	/** The scope as a Criteria predicate on {@link StaffMember}. */
	Specification<StaffMember> specification() {
		return switch (reach) {
			case EVERYONE -> (root, q, cb) -> cb.conjunction();
			case NOBODY -> (root, q, cb) -> cb.disjunction();
			case PERSON -> (root, q, cb) -> cb.equal(root.get("id"), staffId);
			case UNIT -> (root, q, cb) -> cb.equal(root.get("unitId"), unitId);
			case SUBTREE -> (root, q, cb) -> cb.like(root.get("unitPath"), path + "%");
		};
	}

	/** The scope as a JPQL condition on {@code StaffMember s}. */
	Condition condition() {
		return switch (reach) {
			case EVERYONE -> new Condition("1 = 1", Map.of());
			case NOBODY -> new Condition("1 = 0", Map.of());
			case PERSON -> new Condition("s.id = :scopeStaff", Map.of("scopeStaff", staffId));
			case UNIT -> new Condition("s.unitId = :scopeUnit", Map.of("scopeUnit", unitId));
			case SUBTREE -> new Condition("s.unitPath like :scopePath", Map.of("scopePath", path + "%"));
		};
	}

	/**
	 * The unit condition read on a posting {@code sp} instead of the person (the unit
	 * they were at on a past day), with {@link #condition()}'s parameters; a scope not
	 * bound to a unit reads the person.
	 */
	String onPosting() {
		return switch (reach) {
			case UNIT -> "sp.unitId = :scopeUnit";
			case SUBTREE -> "sp.unitPath like :scopePath";
			default -> condition().where();
		};
	}

}
