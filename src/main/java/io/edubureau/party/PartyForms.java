package io.edubureau.party;

import java.time.LocalDate;

/** The inputs of the party module's changes. */
final class PartyForms {

	private PartyForms() {
	}

	/** A new organisation on a unit, below another organisation or at the top. */
	record OrganisationForm(String name, OrganisationKind kind, Long parentId, Long unitId, Long secretaryStaffId,
			LocalDate termEnd) {
	}

	/**
	 * A new application (入党申请): a staff member by id, or a person who is not staff by
	 * name and birth date.
	 */
	record ApplicationForm(Long organisationId, Long staffId, String personName, LocalDate birthDate,
			LocalDate appliedOn) {
	}

	/** A meeting of 三会一课 with its attendance. */
	record MeetingForm(Long organisationId, MeetingKind kind, LocalDate heldOn, String topic, Integer present,
			Integer absent, String absenceNotes) {
	}

}
