package io.edubureau.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;

import org.springframework.stereotype.Component;

/**
 * Set-based reads for the figures other modules count: the active full-time teachers of a
 * scope on a date (status active now, hired by the date or hire date unknown) as a
 * grouped count per unit and as the cycle anchors of chosen people, and which of many
 * people a scope sees; one query per thousand ids, never one per person.
 */
@Component
class StaffSets {

	private static final String TEACHERS = " and s.status = :active and s.fullTimeTeacher = true"
			+ " and (s.hireDate is null or s.hireDate <= :on)";

	private static final int CHUNK = 1000;

	private final EntityManager em;

	private final OrgManagement org;

	StaffSets(EntityManager em, OrgManagement org) {
		this.em = em;
		this.org = org;
	}

	Map<Long, Integer> byUnit(DataScope scope, LocalDate on) {
		StaffFigures.Scope where = StaffFigures.condition(scope, org);
		TypedQuery<Object[]> query = em.createQuery(
				"select s.unitId, count(s) from StaffMember s where " + where.where() + TEACHERS + " group by s.unitId",
				Object[].class);
		bind(query, where, on);
		Map<Long, Integer> counts = new LinkedHashMap<>();
		for (Object[] r : query.getResultList()) {
			counts.put((Long) r[0], ((Long) r[1]).intValue());
		}
		return counts;
	}

	List<TeacherAnchor> anchors(DataScope scope, LocalDate on, Collection<Long> ids) {
		StaffFigures.Scope where = StaffFigures.condition(scope, org);
		String select = "select s.id, s.unitId, s.hireDate, s.workStartDate from StaffMember s where " + where.where()
				+ TEACHERS;
		List<TeacherAnchor> found = new ArrayList<>();
		if (ids == null) {
			read(em.createQuery(select, Object[].class), where, on, found);
			return found;
		}
		List<Long> all = List.copyOf(new HashSet<>(ids));
		for (int i = 0; i < all.size(); i += CHUNK) {
			TypedQuery<Object[]> query = em.createQuery(select + " and s.id in :ids", Object[].class);
			query.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)));
			read(query, where, on, found);
		}
		return found;
	}

	Set<Long> visibleIds(DataScope scope, Collection<Long> ids) {
		StaffFigures.Scope where = StaffFigures.condition(scope, org);
		List<Long> all = List.copyOf(new HashSet<>(ids));
		Set<Long> found = new HashSet<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			TypedQuery<Long> query = em
				.createQuery("select s.id from StaffMember s where " + where.where() + " and s.id in :ids", Long.class);
			where.parameters().forEach(query::setParameter);
			query.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)));
			found.addAll(query.getResultList());
		}
		return found;
	}

	private static void read(TypedQuery<Object[]> query, StaffFigures.Scope where, LocalDate on,
			List<TeacherAnchor> into) {
		bind(query, where, on);
		for (Object[] r : query.getResultList()) {
			into.add(new TeacherAnchor((Long) r[0], (Long) r[1], (LocalDate) r[2], (LocalDate) r[3]));
		}
	}

	private static void bind(TypedQuery<?> query, StaffFigures.Scope where, LocalDate on) {
		where.parameters().forEach(query::setParameter);
		query.setParameter("active", StaffStatus.ACTIVE);
		query.setParameter("on", on);
	}

}
