package io.edubureau.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A unit as other modules and the API see it. {@code principal} is the current holder of
 * the principal's post on the cadre roster when there is one
 * ({@code principalFromRoster}), otherwise the unit's own free-text field.
 */
public record UnitView(long id, String code, String name, String shortName, UnitType type, Long parentId,
		String parentCode, String path, int depth, Set<Stage> stages, Ownership ownership, Locality locality,
		String address, boolean boarding, String principal, String phone, LocalDate foundedDate, UnitStatus status,
		Instant updatedAt, long version, boolean principalFromRoster, Long principalStaffId, LocalDate principalSince) {

	UnitForm toForm() {
		return new UnitForm(code, name, shortName, type, parentCode, stages, ownership, locality, address, boarding,
				principal, phone, foundedDate);
	}

}
