package io.edubureau.safety;

import java.time.LocalDate;

/** A drill as entered. */
record DrillForm(Long unitId, DrillKind kind, LocalDate heldOn, Integer participants, String note) {
}
