package io.edubureau.students;

/** What happened to a student on a day. */
enum EventKind {

	ENROLMENT, TRANSFER_IN, TRANSFER_OUT, SUSPENSION, RETURN, DROPOUT, GRADUATION, DEATH

}
