package io.edubureau.exchange;

/** A plan is drafted and edited, then adopted; an adopted plan's proposals are posted. */
enum PlanStatus {

	DRAFT, ADOPTED

}
