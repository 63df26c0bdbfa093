package io.edubureau.org;

/** Enrolment of one stage of one unit. */
public record UnitEnrolment(long unitId, EnrolmentView enrolment) {
}
