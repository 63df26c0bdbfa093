package io.edubureau.party;

import java.time.LocalDate;

/**
 * A member's spell in a branch, {@code until} excluded (null while open);
 * {@code nonStaff} for a member not on the staff file.
 */
record MembershipView(long id, long organisationId, String organisationName, long unitId, Long staffId,
		String personName, boolean nonStaff, boolean retired, LocalDate from, LocalDate until, String joinedBy,
		String leftBy, Long transferId) {
}
