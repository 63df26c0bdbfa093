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
import io.edubureau.org.Stage;

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

	private final StaffPostings postings;

	StaffSets(EntityManager em, OrgManagement org, StaffPostings postings) {
		this.em = em;
		this.org = org;
		this.postings = postings;
	}

	// Counted at the unit each teacher was at on the date.
	Map<Long, Integer> byUnit(DataScope scope, LocalDate on) {
		Map<Long, Integer> counts = new LinkedHashMap<>();
		for (StaffPostings.Part part : postings.on(scope, ":on", true)) {
			TypedQuery<Object[]> query = em.createQuery("select " + part.unit() + ", count(s) from StaffMember s"
					+ part.join() + " where " + part.where() + TEACHERS + " group by " + part.unit(), Object[].class);
			bind(query, new StaffScope.Condition(part.where(), part.parameters()), on);
			for (Object[] r : query.getResultList()) {
				counts.merge((Long) r[0], ((Long) r[1]).intValue(), Integer::sum);
			}
		}
		return counts;
	}

	List<TeacherAnchor> anchors(DataScope scope, LocalDate on, Collection<Long> ids) {
		List<TeacherAnchor> found = new ArrayList<>();
		List<Long> all = ids == null ? null : List.copyOf(new HashSet<>(ids));
		for (StaffPostings.Part part : postings.on(scope, ":on", true)) {
			StaffScope.Condition where = new StaffScope.Condition(part.where(), part.parameters());
			String select = "select s.id, " + part.unit() + ", s.hireDate, s.workStartDate from StaffMember s"
					+ part.join() + " where " + part.where() + TEACHERS;
			if (all == null) {
				read(em.createQuery(select, Object[].class), where, on, found);
				continue;
			}
			for (int i = 0; i < all.size(); i += CHUNK) {
				TypedQuery<Object[]> query = em.createQuery(select + " and s.id in :ids", Object[].class);
				query.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)));
				read(query, where, on, found);
			}
		}
		return found;
	}

	/**
	 * Active in-establishment people on a date by the unit they were at and their post
	 * category.
	 */
	List<Headcount> inEstablishmentOn(DataScope scope, LocalDate on) {
		List<Headcount> counts = new ArrayList<>();
		for (StaffPostings.Part part : postings.on(scope, ":on", true)) {
			TypedQuery<Object[]> query = em.createQuery("select " + part.unit() + ", s.postCategory, count(s)"
					+ " from StaffMember s" + part.join() + " where " + part.where()
					+ " and s.employmentType = :inEstablishment and (s.hireDate is null or s.hireDate <= :on)"
					+ " and (s.status = :active or (s.status in :ended and s.statusDate > :on))" + " group by "
					+ part.unit() + ", s.postCategory", Object[].class);
			part.parameters().forEach(query::setParameter);
			query.setParameter("on", on);
			query.setParameter("inEstablishment", EmploymentType.IN_ESTABLISHMENT);
			query.setParameter("active", StaffStatus.ACTIVE);
			query.setParameter("ended", List.of(StaffStatus.RETIRED, StaffStatus.LEFT, StaffStatus.DECEASED));
			for (Object[] r : query.getResultList()) {
				counts.add(new Headcount((Long) r[0], ((PostCategory) r[1]).name(), ((Long) r[2]).intValue()));
			}
		}
		return counts;
	}

	// Each person's unit on a day: their current one unless a posting was valid then.
	Map<Long, Long> unitsOn(Collection<Long> ids, LocalDate day) {
		List<Long> all = List.copyOf(new HashSet<>(ids));
		List<StaffPostings.Asked> asked = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			em.createQuery("select s.id, s.unitId from StaffMember s where s.id in :ids", Object[].class)
				.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)))
				.getResultList()
				.forEach(r -> asked.add(new StaffPostings.Asked((Long) r[0], (Long) r[1], day)));
		}
		return postings.unitsOn(asked);
	}

	// The scope read on a day: people counted where they were then.
	Set<Long> visibleIdsOn(DataScope scope, Collection<Long> ids, LocalDate day) {
		StaffScope.Condition where = postings.single(scope, ":day");
		List<Long> all = List.copyOf(new HashSet<>(ids));
		Set<Long> found = new HashSet<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			TypedQuery<Long> query = em
				.createQuery("select s.id from StaffMember s where " + where.where() + " and s.id in :ids", Long.class);
			where.parameters().forEach(query::setParameter);
			// Scopes not bound to a unit read no day.
			if (where.where().contains(":day")) {
				query.setParameter("day", day);
			}
			query.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)));
			found.addAll(query.getResultList());
		}
		return found;
	}

	// The day each person came to the unit they are at now: the end of their last
	// posting, else the hire date.
	Map<Long, LocalDate> arrivals(DataScope scope, Collection<Long> ids) {
		Set<Long> seen = visibleIds(scope, ids);
		List<Long> all = List.copyOf(seen);
		Map<Long, LocalDate> arrived = new java.util.HashMap<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			List<Long> part = all.subList(i, Math.min(all.size(), i + CHUNK));
			em.createQuery("select s.id, s.hireDate from StaffMember s where s.id in :ids", Object[].class)
				.setParameter("ids", part)
				.getResultList()
				.forEach(r -> {
					if (r[1] != null) {
						arrived.put((Long) r[0], (LocalDate) r[1]);
					}
				});
			em.createQuery("select p.member.id, max(p.validTo) from StaffPosting p where p.member.id in :ids"
					+ " group by p.member.id", Object[].class)
				.setParameter("ids", part)
				.getResultList()
				.forEach(r -> arrived.put((Long) r[0], (LocalDate) r[1]));
		}
		return arrived;
	}

	// One read for a whole subtree: a province's month asks for a million people.
	List<StaffPlacement> activeUnder(DataScope scope, String path) {
		StaffScope seen = StaffScope.of(scope, org);
		if (seen.seesNobody()) {
			return List.of();
		}
		StaffScope.Condition where = seen.condition();
		TypedQuery<Object[]> query = em.createQuery(
				"select s.id, s.name, s.unitId, s.fullTimeTeacher, s.stage" + " from StaffMember s where "
						+ where.where() + " and s.status = :active and s.unitPath like :under order by s.id",
				Object[].class);
		where.parameters().forEach(query::setParameter);
		query.setParameter("active", StaffStatus.ACTIVE);
		query.setParameter("under", path + "%");
		List<StaffPlacement> found = new ArrayList<>();
		for (Object[] r : query.getResultList()) {
			found.add(new StaffPlacement((Long) r[0], (String) r[1], (Long) r[2], (Boolean) r[3], (Stage) r[4]));
		}
		return found;
	}

	Set<Long> visibleIds(DataScope scope, Collection<Long> ids) {
		StaffScope.Condition where = StaffScope.of(scope, org).condition();
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

	// In post on a day: hired by then (or hire date unknown), not yet retired, left or
	// dead.
	private static final String IN_POST = " and (s.hireDate is null or s.hireDate <= :on)"
			+ " and (s.status = :active or (s.status in :ended and s.statusDate > :on))";

	// Counted at the unit each person was at on the day, as the staff figures count.
	long inPostOn(DataScope scope, LocalDate on) {
		long n = 0;
		for (StaffPostings.Part part : postings.on(scope, ":on", false)) {
			TypedQuery<Long> query = em.createQuery(
					"select count(s) from StaffMember s" + part.join() + " where " + part.where() + IN_POST,
					Long.class);
			bindInPost(query, part, on);
			n += query.getSingleResult();
		}
		return n;
	}

	Set<Long> inPostIdsOn(DataScope scope, Collection<Long> ids, LocalDate on) {
		List<Long> all = List.copyOf(new HashSet<>(ids));
		Set<Long> found = new HashSet<>();
		for (StaffPostings.Part part : postings.on(scope, ":on", false)) {
			for (int i = 0; i < all.size(); i += CHUNK) {
				TypedQuery<Long> query = em.createQuery("select s.id from StaffMember s" + part.join() + " where "
						+ part.where() + IN_POST + " and s.id in :ids", Long.class);
				bindInPost(query, part, on);
				query.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)));
				found.addAll(query.getResultList());
			}
		}
		return found;
	}

	// Active now per current unit under a unit path; of these people only, unless null.
	Map<Long, Long> activeByUnit(String prefix, Collection<Long> ids) {
		String select = "select s.unitId, count(s) from StaffMember s where s.status = :active"
				+ " and s.unitPath like concat(:prefix, '%')";
		Map<Long, Long> counts = new java.util.TreeMap<>();
		List<Long> all = ids == null ? null : List.copyOf(new HashSet<>(ids));
		for (int i = 0; all == null ? i == 0 : i < all.size(); i += CHUNK) {
			TypedQuery<Object[]> query = em
				.createQuery(select + (all == null ? "" : " and s.id in :ids") + " group by s.unitId", Object[].class);
			query.setParameter("active", StaffStatus.ACTIVE);
			query.setParameter("prefix", prefix);
			if (all != null) {
				query.setParameter("ids", all.subList(i, Math.min(all.size(), i + CHUNK)));
			}
			query.getResultList().forEach(r -> counts.merge((Long) r[0], (Long) r[1], Long::sum));
		}
		return counts;
	}

	private static void bindInPost(TypedQuery<?> query, StaffPostings.Part part, LocalDate on) {
		part.parameters().forEach(query::setParameter);
		query.setParameter("on", on);
		query.setParameter("active", StaffStatus.ACTIVE);
		query.setParameter("ended", List.of(StaffStatus.RETIRED, StaffStatus.LEFT, StaffStatus.DECEASED));
	}

	private static void read(TypedQuery<Object[]> query, StaffScope.Condition where, LocalDate on,
			List<TeacherAnchor> into) {
		bind(query, where, on);
		for (Object[] r : query.getResultList()) {
			into.add(new TeacherAnchor((Long) r[0], (Long) r[1], (LocalDate) r[2], (LocalDate) r[3]));
		}
	}

	private static void bind(TypedQuery<?> query, StaffScope.Condition where, LocalDate on) {
		where.parameters().forEach(query::setParameter);
		query.setParameter("active", StaffStatus.ACTIVE);
		query.setParameter("on", on);
	}

}
