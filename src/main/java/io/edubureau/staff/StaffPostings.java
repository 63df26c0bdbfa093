package io.edubureau.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitView;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where people were on a date: the data scope as of a day, from the person's current unit
 * and the dated {@link StaffPosting}s their transfers left. A figure of a past year for a
 * unit subtree thereby counts the people who were there then, not the people there now.
 */
@Component
class StaffPostings {

	private static final int CHUNK = 1000;

	private final EntityManager em;

	private final OrgManagement org;

	private final JdbcTemplate jdbc;

	StaffPostings(EntityManager em, OrgManagement org, JdbcTemplate jdbc) {
		this.em = em;
		this.org = org;
		this.jdbc = jdbc;
	}

	/**
	 * One part of a scope on a date: a join to add after {@code StaffMember s}, a
	 * condition, the expression of the unit the person was at, and parameters. The parts
	 * of a scope are disjoint, so counts over them add up.
	 */
	record Part(String join, String where, String unit, Map<String, Object> parameters) {
	}

	/**
	 * The scope on the day given by {@code date}, a JPQL expression (a parameter such as
	 * {@code :asOf} or a path such as {@code s.hireDate}). Unit-bound scopes split into
	 * the people still at the unit they were at that day and the people who have moved
	 * since, read from the posting valid that day; whole-installation and own-record
	 * scopes need no split unless {@code byUnit} asks for the unit of that day.
	 */
	List<Part> on(DataScope scope, String date, boolean byUnit) {
		StaffScope seen = StaffScope.of(scope, org);
		StaffScope.Condition now = seen.condition();
		if (!seen.unitBound() && !byUnit || seen.seesNobody()) {
			return List.of(new Part("", now.where(), "s.unitId", now.parameters()));
		}
		// "No posting valid that day" rather than "none ending after it": the parts stay
		// disjoint and cover everyone even where postings leave a gap.
		String valid = valid(date);
		String stayed = " and not exists (select sp.id from StaffPosting sp where sp.member = s and " + valid + ")";
		String moved = " and " + valid;
		return List.of(new Part("", now.where() + stayed, "s.unitId", now.parameters()), new Part(
				" join StaffPosting sp on sp.member = s", seen.onPosting() + moved, "sp.unitId", now.parameters()));
	}

	/**
	 * The same scope as one condition on {@code s} (no join), for paged lists where the
	 * parts cannot be paged apart.
	 */
	StaffScope.Condition single(DataScope scope, String date) {
		StaffScope seen = StaffScope.of(scope, org);
		StaffScope.Condition now = seen.condition();
		if (!seen.unitBound() || seen.seesNobody()) {
			return now;
		}
		String valid = valid(date);
		return new StaffScope.Condition(
				"((" + now.where() + " and not exists (select sp.id from StaffPosting sp where sp.member = s and "
						+ valid + ")) or exists (select sp.id from StaffPosting sp where sp.member = s and " + valid
						+ " and " + seen.onPosting() + "))",
				now.parameters());
	}

	// The posting sp was the person's on the day.
	private static String valid(String date) {
		return "sp.validTo > " + date + " and (sp.validFrom is null or sp.validFrom <= " + date + ")";
	}

	/** A person, their current unit and the day whose unit is asked for. */
	record Asked(long id, Long unitId, LocalDate day) {
	}

	/**
	 * The unit each of these people was at on their day, by person id; people without a
	 * posting valid then were at their current unit.
	 */
	Map<Long, Long> unitsOn(Collection<Asked> people) {
		Map<Long, List<StaffPosting>> byPerson = new HashMap<>();
		List<Long> all = people.stream().map(Asked::id).distinct().toList();
		for (int i = 0; i < all.size(); i += CHUNK) {
			em.createQuery("select sp from StaffPosting sp where sp.member.id in :ids", StaffPosting.class)
				.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
				.getResultList()
				.forEach(sp -> byPerson.computeIfAbsent(sp.getMemberId(), k -> new ArrayList<>()).add(sp));
		}
		Map<Long, Long> units = new HashMap<>();
		for (Asked m : people) {
			LocalDate on = m.day();
			Long unit = m.unitId();
			for (StaffPosting sp : byPerson.getOrDefault(m.id(), List.of())) {
				if (on != null && sp.getValidTo().isAfter(on)
						&& (sp.getValidFrom() == null || !sp.getValidFrom().isAfter(on))) {
					unit = sp.getUnitId();
				}
			}
			units.put(m.id(), unit);
		}
		return units;
	}

	// ---- the copied unit paths

	/** Follows a unit that moved in the tree, as the people's own paths do. */
	@EventListener
	void on(UnitMoved moved) {
		em.createQuery("update StaffPosting sp set sp.unitPath = concat(:newPrefix,"
				+ " substring(sp.unitPath, length(:oldPrefix) + 1)) where sp.unitPath like concat(:oldPrefix, '%')")
			.setParameter("oldPrefix", moved.oldPath())
			.setParameter("newPrefix", moved.newPath())
			.executeUpdate();
	}

	/**
	 * Postings backfilled by the migration from earlier transfers get their unit's path;
	 * idempotent, so several nodes may run it at once.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void fillPaths() {
		List<Long> unitIds = em
			.createQuery("select distinct sp.unitId from StaffPosting sp where sp.unitPath is null", Long.class)
			.getResultList();
		for (int i = 0; i < unitIds.size(); i += CHUNK) {
			Map<Long, UnitView> units = org.byIds(unitIds.subList(i, Math.min(unitIds.size(), i + CHUNK)));
			// One JDBC batch per thousand units over the unit_id index (V50_56): a
			// province's
			// twenty thousand units take seconds, not minutes.
			jdbc.batchUpdate("update staff_posting set unit_path = ? where unit_id = ? and unit_path is null",
					units.values().stream().map(u -> new Object[] { u.path(), u.id() }).toList());
		}
	}

}
