package io.edubureau.party;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A 组织关系转接: {@code direction} IN (from outside), OUT (to outside) or WITHIN (between two
 * branches here, PENDING until the receiving branch confirms it or returns it with
 * {@code returnReason}: RETURNED, the member stays in the old branch).
 */
@Schema(name = "PartyTransferView")
record TransferView(long id, String direction, MembershipTransfer.State state, Long staffId, String personName,
		boolean nonStaff, boolean retired, Long fromOrganisationId, String fromOrganisationName, Long toOrganisationId,
		String toOrganisationName, String outsideOrganisation, String letterNo, LocalDate letterDate, LocalDate outOn,
		LocalDate receivedOn, String reason, String recordedBy, String confirmedBy, LocalDate returnedOn,
		String returnReason, String returnedBy) {
}
