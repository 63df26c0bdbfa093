package io.edubureau.rules;

import java.time.LocalDate;

/** A new value for a local parameter, as typed by a bureau officer. */
public record ParameterForm(String value, LocalDate effectiveFrom, String reason) {
}
