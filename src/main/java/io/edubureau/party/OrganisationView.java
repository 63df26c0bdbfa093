package io.edubureau.party;

import java.time.LocalDate;

/**
 * A Party organisation as pages and the API show it; {@code electionId} is the ballot
 * that elected the sitting committee, with its term.
 */
record OrganisationView(long id, String name, OrganisationKind kind, Long parentId, long unitId, String unitName,
		Long secretaryStaffId, String secretaryName, LocalDate termStart, LocalDate termEnd, Long electionId,
		boolean active) {
}
