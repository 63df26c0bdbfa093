package io.edubureau.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The staff side of possible duplicate people (same name and birth date under different
 * identity numbers) and their merge, which the {@code personnelfile} module runs: the
 * groups found in the scope, and the merge's writes on the person records (the loser kept
 * and marked merged, a MERGE event on both naming the other, the loser's file entries and
 * postings moved to the survivor, both records audited).
 */
@Component
class StaffDuplicates {

	private final StaffRepository staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final EntityManager em;

	private final Clock clock = Clock.systemDefaultZone();

	StaffDuplicates(StaffRepository staff, OrgManagement org, AuditManagement audit, EntityManager em) {
		this.em = em;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
	}

	/**
	 * One query for every record that shares name and birth date with another in scope,
	 * grouped.
	 */
	List<List<StaffView>> find(Optional<String> prefix) {
		return prefix.map(p -> {
			List<StaffMember> found = staff.possibleDuplicates(p);
			Map<Long, UnitView> units = org.byIds(found.stream().map(StaffMember::getUnitId).toList());
			Map<List<Object>, List<StaffView>> groups = new LinkedHashMap<>();
			for (StaffMember m : found) {
				groups.computeIfAbsent(List.of(m.getName(), m.getBirthDate()), k -> new ArrayList<>())
					.add(StaffManagement.toView(m, units.get(m.getUnitId())));
			}
			return groups.values().stream().map(List::copyOf).toList();
		}).orElse(List.of());
	}

	/**
	 * One page of the groups {@link #find} answers, paged in the query: a page of the
	 * groups' first records, then their members in one query.
	 */
	Page<List<StaffView>> find(Optional<String> prefix, Pageable pageable) {
		if (prefix.isEmpty()) {
			return Page.empty(pageable);
		}
		Page<StaffMember> firsts = staff.duplicateGroups(prefix.get(), pageable);
		if (firsts.isEmpty()) {
			return firsts.map(m -> List.<StaffView>of());
		}
		List<StaffMember> members = staff.sameNameAndBirth(prefix.get(),
				firsts.stream().map(StaffMember::getName).distinct().toList(),
				firsts.stream().map(StaffMember::getBirthDate).distinct().toList());
		Map<Long, UnitView> units = org.byIds(members.stream().map(StaffMember::getUnitId).distinct().toList());
		Map<List<Object>, List<StaffView>> groups = new LinkedHashMap<>();
		firsts.forEach(m -> groups.put(List.of(m.getName(), m.getBirthDate()), new ArrayList<>()));
		for (StaffMember m : members) {
			List<StaffView> group = groups.get(List.of(m.getName(), m.getBirthDate()));
			if (group != null) {
				group.add(StaffManagement.toView(m, units.get(m.getUnitId())));
			}
		}
		return firsts.map(m -> List.copyOf(groups.get(List.of(m.getName(), m.getBirthDate()))));
	}

	/**
	 * Both records were resolved within the caller's scope and checked as duplicates by
	 * the merge before this is called; {@code alsoCarried} is what the caller moved
	 * itself (materials, sanctions), named in the survivor's audit entry.
	 */
	StaffMember merge(StaffMember survivor, StaffMember merged, String note, List<Change> alsoCarried) {
		if (Objects.equals(survivor.getId(), merged.getId()) || !survivor.getName().equals(merged.getName())
				|| !survivor.getBirthDate().equals(merged.getBirthDate())) {
			throw new IllegalStateException("not duplicates: " + survivor.getId() + ", " + merged.getId());
		}
		StaffStatus before = merged.getStatus();
		merged.mergeInto(survivor, LocalDate.now(clock), note, Actor.current());
		em.flush();
		List<Change> carried = carry(survivor, merged, alsoCarried);
		audit.record(AuditAction.ARCHIVE, StaffManagement.ENTITY, merged.getId(),
				merged.getName() + " → #" + survivor.getId(),
				List.of(new Change("status", before.name(), StaffStatus.MERGED.name()),
						new Change("mergedIntoId", null, String.valueOf(survivor.getId()))));
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("mergedFrom", null, String.valueOf(merged.getId())));
		changes.addAll(carried);
		audit.record(AuditAction.UPDATE, StaffManagement.ENTITY, survivor.getId(),
				survivor.getName() + " ← #" + merged.getId(), changes);
		return survivor;
	}

	/**
	 * Moves the merged record's file entries and postings to the survivor; returns what
	 * moved, per kind, for the audit entry. An appraisal of a year the survivor already
	 * has moves archived, so each year keeps one current appraisal.
	 */
	private List<Change> carry(StaffMember survivor, StaffMember merged, List<Change> alsoCarried) {
		List<Change> moved = new ArrayList<>();
		Set<Integer> years = new HashSet<>();
		for (AppraisalEntry a : em
			.createQuery("select a from AppraisalEntry a where a.staffId = :id and a.archived = false",
					AppraisalEntry.class)
			.setParameter("id", survivor.getId())
			.getResultList()) {
			years.add(a.data().year());
		}
		int archived = 0;
		for (AppraisalEntry a : em
			.createQuery("select a from AppraisalEntry a where a.staffId = :id and a.archived = false",
					AppraisalEntry.class)
			.setParameter("id", merged.getId())
			.getResultList()) {
			if (years.contains(a.data().year())) {
				a.archive(Actor.current());
				audit.record(AuditAction.ARCHIVE, "staff.file." + FileCategory.APPRAISALS.path(), a.getId(),
						merged.getName(), List.of(new Change("archived", "false", "true"), new Change("staffId",
								String.valueOf(merged.getId()), String.valueOf(survivor.getId()))));
				archived++;
			}
		}
		em.flush();
		for (FileCategory c : FileCategory.values()) {
			int n = move(c.entryType().getSimpleName(), "staffId", survivor.getId(), merged.getId());
			if (n > 0) {
				moved.add(new Change(c.path(), null, Integer.toString(n)));
			}
		}
		if (archived > 0) {
			moved.add(new Change("appraisals.archivedAsSameYear", null, Integer.toString(archived)));
		}
		moved.addAll(alsoCarried);
		// Postings never overlap: one that overlaps the survivor's own dated history
		// stays
		// behind, named in the audit entry.
		List<StaffPosting> own = postings(survivor);
		List<Long> carriedPostings = new ArrayList<>();
		List<String> kept = new ArrayList<>();
		for (StaffPosting p : postings(merged)) {
			if (own.stream().anyMatch(o -> overlap(o, p))) {
				kept.add(p.getValidFrom() + "…" + p.getValidTo());
			}
			else {
				carriedPostings.add(p.getId());
			}
		}
		if (!carriedPostings.isEmpty()) {
			em.createQuery("update StaffPosting p set p.member = :survivor where p.id in :ids")
				.setParameter("survivor", survivor)
				.setParameter("ids", carriedPostings)
				.executeUpdate();
			moved.add(new Change("postings", null, Integer.toString(carriedPostings.size())));
		}
		if (!kept.isEmpty()) {
			moved.add(new Change("postings.overlapping", null, String.join(", ", kept)));
		}
		return moved;
	}

	private int move(String entity, String field, Long to, Long from) {
		return em.createQuery("update " + entity + " e set e." + field + " = :to where e." + field + " = :from")
			.setParameter("to", to)
			.setParameter("from", from)
			.executeUpdate();
	}

	private List<StaffPosting> postings(StaffMember m) {
		return em.createQuery("select p from StaffPosting p where p.member = :m", StaffPosting.class)
			.setParameter("m", m)
			.getResultList();
	}

	// [from, to) periods, an absent start meaning since the beginning.
	private static boolean overlap(StaffPosting a, StaffPosting b) {
		boolean aStartsBeforeBEnds = a.getValidFrom() == null || a.getValidFrom().isBefore(b.getValidTo());
		boolean bStartsBeforeAEnds = b.getValidFrom() == null || b.getValidFrom().isBefore(a.getValidTo());
		return aStartsBeforeBEnds && bStartsBeforeAEnds;
	}

}
