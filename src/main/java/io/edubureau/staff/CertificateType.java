package io.edubureau.staff;

/** Teacher qualification certificate type, by the stage it qualifies for. */
public enum CertificateType {

	KINDERGARTEN, PRIMARY, JUNIOR_SECONDARY, SENIOR_SECONDARY, VOCATIONAL_SUBJECT, VOCATIONAL_PRACTICE

}
