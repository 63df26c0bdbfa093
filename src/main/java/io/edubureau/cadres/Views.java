package io.edubureau.cadres;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.CadreOutcome;
import io.edubureau.rules.Reason;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the cadres module returns: records, never entities. */
public final class Views {

	private Views() {
	}

	@Schema(name = "CadrePostView")
	public record PostView(long id, long unitId, String unitName, PostKind kind, String title, boolean active) {
	}

	/**
	 * A current appointment's term (rule CADRE_TERMS): which term it is in, when that
	 * term ends, the probation, and since when the person holds the post at the unit
	 * without a break; a principal who has completed two full terms there is due for
	 * exchange.
	 */
	@Schema(name = "CadreTermView")
	record TermView(long appointmentId, long unitId, String unitName, PostKind kind, String postTitle, long staffId,
			String staffName, LocalDate startDate, int termYears, int term, LocalDate termEnds, LocalDate probationEnds,
			boolean inProbation, LocalDate heldSince, boolean dueForExchange, List<Reason> reasons) {
	}

	@Schema(name = "CadreAppointmentView")
	public record AppointmentView(long id, long postId, PostKind kind, String postTitle, long unitId, String unitName,
			long staffId, String staffName, LocalDate startDate, String documentNo, LocalDate endDate,
			EndReason endReason, String endNote) {

		public boolean current() {
			return endDate == null;
		}

	}

	@Schema(name = "CadreRoundView")
	public record RoundView(long id, int year, String name, RoundStatus status, List<Long> unitIds, String openedBy,
			Instant openedAt, String closedBy, Instant closedAt, List<StepView> history) {

		public boolean open() {
			return status == RoundStatus.OPEN;
		}

	}

	@Schema(name = "CadreStepView")
	public record StepView(RoundStatus from, RoundStatus to, String actor, Instant at) {
	}

	/**
	 * A cadre of a round: the appointment, and the tally with its outcome once entered.
	 */
	public record CadreLine(AppointmentView appointment, TallyView tally) {
	}

	public record TallyView(long id, long roundId, long appointmentId, long staffId, String staffName, int year,
			int excellent, int competent, int basicallyCompetent, int incompetent, CadreOutcome outcome,
			BigDecimal share, List<Reason> reasons, LocalDate admonishedOn, String admonishedBy, String admonishNotes,
			LocalDate removedOn, String removalDocument) {
	}

	public record CandidateView(long id, long staffId, String staffName, Integer votes) {
	}

	/**
	 * An election; turnout, votes and the outcome are given only once it is closed.
	 */
	public record ElectionView(long id, long unitId, String unitName, long postId, String title, LocalDate electionDay,
			ElectionMode mode, ElectionStatus status, int roundNo, Long previousId, List<CandidateView> candidates,
			Integer eligible, Integer ballotsCast, Boolean valid, Long electedStaffId, String electedName,
			List<String> runoff, Long runoffElectionId, List<Reason> reasons, int voters, LocalDate noticeFrom,
			LocalDate noticeUntil, LocalDate appointedOn, Long appointmentId, List<ObjectionView> objections) {

		/**
		 * Whether the result may be posted publicly now: counted, valid, someone elected.
		 */
		public boolean awaitingNotice() {
			return status == ElectionStatus.CLOSED && Boolean.TRUE.equals(valid) && electedStaffId != null
					&& noticeFrom == null;
		}

		/** Whether the notice is posted and nobody has been appointed yet. */
		public boolean inNotice() {
			return noticeFrom != null && appointmentId == null;
		}

	}

	/** An objection raised during an election's public notice. */
	record ObjectionView(long id, long electionId, LocalDate receivedOn, String content, ObjectionStatus status,
			String resolution, LocalDate resolvedOn) {
	}

	/** Whether the signed-in person is a voter of an election and has voted. */
	public record VoterStatus(boolean voter, boolean hasVoted) {
	}

	public record ReserveView(long id, long unitId, String unitName, PostKind postKind, long staffId, String staffName,
			boolean female, LocalDate birthDate, String recommendation, LocalDate nominatedOn) {
	}

	public record TeamView(long id, long roundId, String name, List<Long> memberStaffIds, List<String> memberNames,
			List<Long> unitIds, List<String> unitNames) {
	}

	/**
	 * A unit's leadership-team assessment: the team ballots, the grade with its reasons,
	 * the history, and (on the detail) each cadre's democratic evaluation in the round.
	 */
	public record TeamAssessmentView(long id, long roundId, long teamId, String teamName, long unitId, String unitName,
			int year, int good, int fairlyGood, int average, int poor, TeamGrade grade, BigDecimal goodShare,
			BigDecimal favourableShare, BigDecimal poorShare, TeamAssessmentStatus status, String note,
			String enteredBy, Instant enteredAt, List<Reason> reasons, List<TeamStepView> history,
			List<CadreLine> cadres) {

		public boolean confirmed() {
			return status == TeamAssessmentStatus.CONFIRMED;
		}

	}

	public record TeamStepView(TeamAssessmentStatus from, TeamAssessmentStatus to, TeamGrade grade, String actor,
			Instant at) {
	}

}
