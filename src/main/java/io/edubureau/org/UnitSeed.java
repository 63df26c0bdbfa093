package io.edubureau.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A unit to bulk-load (see {@link OrgManagement#bulkLoad}); its parent must come earlier
 * in the same load.
 *
 * @param enrolment the unit's enrolment by school year and stage
 */
public record UnitSeed(String code, String name, UnitType type, String parentCode, Set<Stage> stages, Locality locality,
		Ownership ownership, LocalDate foundedDate, List<EnrolmentView> enrolment) {

}
