package io.edubureau.petitions;

/** What a petition is about, as the bureau's register groups them. */
enum PetitionCategory {

	PERSONNEL, PAY, ENROLMENT, TEACHING, SAFETY, CONSTRUCTION, FEES, ETHICS, OTHER

}
