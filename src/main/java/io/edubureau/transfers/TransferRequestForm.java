package io.edubureau.transfers;

import java.time.LocalDate;

/**
 * A school's transfer request: the person, the unit they should move to, when and why.
 */
public record TransferRequestForm(Long staffId, String toUnitCode, LocalDate transferOn, String reason) {
}
