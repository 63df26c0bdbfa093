package io.edubureau.recruitment;

/**
 * Where an application stands: eligible or not at registration, chosen for the physical
 * examination and inspection (体检/考察), dropped out (a fallback follows), under public
 * notice (公示), hired.
 */
enum ApplicationStatus {

	ELIGIBLE, INELIGIBLE, SELECTED, DROPPED, PUBLICIZED, HIRED

}
