package io.edubureau.transfers;

import java.time.Instant;

/** One step of a transfer request's history. */
public record TransferStepView(TransferStatus from, TransferStatus to, String actor, String comment,
		Instant occurredAt) {
}
