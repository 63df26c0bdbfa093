package io.edubureau.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One value set for a local parameter: who set it, from when, and why. */
public record ParameterChange(BigDecimal value, LocalDate effectiveFrom, String reason, String changedBy,
		Instant changedAt) {
}
