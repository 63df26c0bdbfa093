package io.edubureau.registration;

/** Where a teacher's evaluation stands: evaluated → submitted → confirmed or returned. */
public enum EvaluationStatus {

	EVALUATED, SUBMITTED, CONFIRMED, RETURNED

}
