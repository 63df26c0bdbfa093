package io.edubureau.transfers;

/** Where a transfer request stands: requested by the school, decided by the bureau. */
public enum TransferStatus {

	REQUESTED, APPROVED, REJECTED, WITHDRAWN

}
