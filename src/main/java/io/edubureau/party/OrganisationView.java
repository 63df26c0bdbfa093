package io.edubureau.party;

import java.time.LocalDate;

/** A Party organisation as pages and the API show it. */
record OrganisationView(long id, String name, OrganisationKind kind, Long parentId, long unitId, String unitName,
		Long secretaryStaffId, String secretaryName, LocalDate termEnd, boolean active) {
}
