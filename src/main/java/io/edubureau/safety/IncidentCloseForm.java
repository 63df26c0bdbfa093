package io.edubureau.safety;

import java.time.LocalDate;

/** Closing an incident: the day and how it was handled. */
public record IncidentCloseForm(LocalDate closedOn, String handling) {
}
