package io.edubureau.party;

/** Level of a grassroots Party organisation: 党委, 党总支, 党支部. */
enum OrganisationKind {

	COMMITTEE, GENERAL_BRANCH, BRANCH

}
