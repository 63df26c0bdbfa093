package io.edubureau.party;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A member's spell in a branch, {@code until} excluded (null while open);
 * {@code nonStaff} for a member not on the staff file.
 */
@Schema(name = "PartyMembershipView")
record MembershipView(long id, long organisationId, String organisationName, long unitId, Long staffId,
		String personName, boolean nonStaff, boolean retired, LocalDate from, LocalDate until, String joinedBy,
		String leftBy, Long transferId) {
}
