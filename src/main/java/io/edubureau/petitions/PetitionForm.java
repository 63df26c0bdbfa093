package io.edubureau.petitions;

import java.time.LocalDate;

/**
 * A petition to register: the unit responsible (in scope), channel, category, subject,
 * matter, petitioner (name required; phone, identity number optional; group size 1 when
 * absent), the day received, the day it was transferred to the unit when it was, and the
 * earlier petition it repeats.
 */
record PetitionForm(Long unitId, PetitionChannel channel, PetitionCategory category, String subject, String matter,
		String petitionerName, String petitionerPhone, String petitionerIdNumber, Integer groupSize,
		LocalDate receivedOn, LocalDate transferredOn, Long repeatOfId) {
}
