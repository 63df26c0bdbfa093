package io.edubureau.party;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One ballot of a branch committee election with its outcome: {@code valid} (quorum and
 * 差额 met), who is elected, {@code seatsLeft} for another round, and when this ballot
 * completed the committee ({@code complete}) its secretary and term; {@code reasons} say
 * why, each with its source; {@code reducedAgreed} the voters who agreed to reduce the
 * seats to those elected instead of another round (减少名额), else null; {@code preliminary}
 * a 差额预选 whose elected candidates are the formal list of {@code formalCount};
 * {@code approval} the higher Party organisation's answer to a complete committee
 * (PENDING, APPROVED, RETURNED) with {@code approvalText} in the user's language.
 */
@Schema(name = "PartyElectionView")
record ElectionView(long id, long organisationId, String organisationName, int term, int round, Long previousId,
		LocalDate heldOn, int seats, int entitled, int present, boolean valid, List<CandidateView> candidates,
		int seatsLeft, boolean complete, List<String> committee, String secretaryName, LocalDate termStart,
		LocalDate termEnd, String recordedBy, List<String> reasons, Integer reducedAgreed, boolean preliminary,
		Integer formalCount, String approval, String approvalText, LocalDate approvalOn, String approvalBy,
		String approvalNote) {

	/** A candidate with the votes in favour and whether elected in this ballot. */
	@Schema(name = "PartyElectionCandidate")
	record CandidateView(Long membershipId, Long staffId, String personName, int votes, boolean elected) {
	}

}
