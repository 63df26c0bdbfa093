package io.edubureau.training;

/**
 * Where a person's training record stands: enrolled → completed → credited or returned.
 */
public enum TrainingStatus {

	ENROLLED, COMPLETED, CREDITED, RETURNED

}
