package io.edubureau.petitions;

/** How a petition reached the bureau: 来信, 来访, 来电, 网上信访. */
enum PetitionChannel {

	LETTER, VISIT, CALL, ONLINE

}
