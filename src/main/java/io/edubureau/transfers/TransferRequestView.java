package io.edubureau.transfers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A transfer request as users see it, with its steps. */
public record TransferRequestView(long id, long staffId, String staffName, long fromUnitId, String fromUnitCode,
		String fromUnitName, long toUnitId, String toUnitCode, String toUnitName, LocalDate transferOn, String reason,
		TransferStatus status, String requestedBy, List<TransferStepView> steps, Instant updatedAt) {

	public boolean open() {
		return status == TransferStatus.REQUESTED;
	}

}
