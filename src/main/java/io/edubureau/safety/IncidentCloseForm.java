package io.edubureau.safety;

import java.time.LocalDate;

/** Closing an incident: the day and how it was handled. */
record IncidentCloseForm(LocalDate closedOn, String handling) {
}
