package io.edubureau.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;

import org.springframework.stereotype.Component;

/**
 * Possible duplicate people (same name and birth date under different identity numbers)
 * and their merge: the loser is kept, marked merged, and both records get a MERGE event
 * naming the other.
 */
@Component
class StaffDuplicates {

	private final StaffRepository staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransferRequestRepository transfers;

	private final Clock clock = Clock.systemDefaultZone();

	StaffDuplicates(StaffRepository staff, OrgManagement org, AuditManagement audit,
			TransferRequestRepository transfers) {
		this.transfers = transfers;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
	}

	/**
	 * One query for every record that shares name and birth date with another in scope.
	 */
	List<DuplicateGroup> find(Optional<String> prefix) {
		return prefix.map(p -> {
			List<StaffMember> found = staff.possibleDuplicates(p);
			Map<Long, UnitView> units = org.byIds(found.stream().map(StaffMember::getUnitId).toList());
			Map<List<Object>, List<StaffView>> groups = new LinkedHashMap<>();
			for (StaffMember m : found) {
				groups.computeIfAbsent(List.of(m.getName(), m.getBirthDate()), k -> new ArrayList<>())
					.add(StaffManagement.toView(m, units.get(m.getUnitId())));
			}
			return groups.values()
				.stream()
				.map(g -> new DuplicateGroup(g.get(0).name(), g.get(0).birthDate(), List.copyOf(g)))
				.toList();
		}).orElse(List.of());
	}

	/** Both records were resolved within the caller's scope before this is called. */
	StaffMember merge(StaffMember survivor, StaffMember merged, String note) {
		if (Objects.equals(survivor.getId(), merged.getId())) {
			throw new Rejection("mergedId", "duplicate.same");
		}
		for (StaffMember m : List.of(survivor, merged)) {
			if (m.getStatus() == StaffStatus.MERGED) {
				throw new Rejection(m == survivor ? "survivorId" : "mergedId", "duplicate.alreadyMerged", m.getName(),
						String.valueOf(m.getId()));
			}
		}
		if (!survivor.getName().equals(merged.getName()) || !survivor.getBirthDate().equals(merged.getBirthDate())) {
			throw new Rejection("mergedId", "duplicate.notDuplicates");
		}
		// A pending transfer of the record that goes away would be left undecidable.
		if (transfers.findFirstByStaffIdAndStatus(merged.getId(), TransferStatus.REQUESTED).isPresent()) {
			throw new Rejection("mergedId", "duplicate.openTransfer");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 500) {
			throw new Rejection("note", "transfer.text.tooLong", 500);
		}
		StaffStatus before = merged.getStatus();
		merged.mergeInto(survivor, LocalDate.now(clock), text, Actor.current());
		audit.record(AuditAction.ARCHIVE, StaffManagement.ENTITY, merged.getId(),
				merged.getName() + " → #" + survivor.getId(),
				List.of(new Change("status", before.name(), StaffStatus.MERGED.name()),
						new Change("mergedIntoId", null, String.valueOf(survivor.getId()))));
		audit.record(AuditAction.UPDATE, StaffManagement.ENTITY, survivor.getId(),
				survivor.getName() + " ← #" + merged.getId(),
				List.of(new Change("mergedFrom", null, String.valueOf(merged.getId()))));
		return survivor;
	}

}
