package io.edubureau.party;

import java.time.LocalDate;

/** A recorded meeting of 三会一课. */
record MeetingView(long id, long organisationId, String organisationName, MeetingKind kind, LocalDate heldOn,
		String topic, int present, int absent, String absenceNotes, String recordedBy) {
}
