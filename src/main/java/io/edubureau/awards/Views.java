package io.edubureau.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.rules.Reason;

/** What the awards module returns: records, never entities. */
public final class Views {

	private Views() {
	}

	/** A round; money in fen: the payment per person and the total conferred. */
	@Schema(name = "AwardRoundView")
	public record RoundView(long id, String name, String kind, String level, int year, long ownerUnitId, String status,
			long prizeFen, long totalFen, int nominated, int conferred, LocalDate noticeFrom, LocalDate noticeUntil,
			LocalDate conferredOn, String documentNumber) {
	}

	/** A unit's quota and the nominations counting against it. */
	public record QuotaView(long unitId, String unitName, int places, int used) {
	}

	public record NominationView(long id, long roundId, long staffId, String staffName, long unitId,
			LocalDate nominatedOn, String merits, String status, String note, Long honourEntryId, String nominatedBy) {
	}

	@Schema(name = "AwardStepView")
	public record StepView(Long nominationId, String from, String to, LocalDate onDay, String note, String actor,
			Instant at) {
	}

	/** Whether a person may be nominated in a round on a day, with every reason. */
	record EligibilityView(long staffId, String staffName, boolean eligible, List<Reason> reasons) {
	}

	/**
	 * Quotas shared out by headcount: the full-time teachers counted, the share in basis
	 * points, the places in all, each unit's quota and the reasons.
	 */
	record AllocationView(LocalDate on, int teachers, int shareBasisPoints, int places, List<QuotaView> quotas,
			List<Reason> reasons) {
	}

	/**
	 * A key-teacher designation: kind and level as codes, the term, its state, the
	 * document that designated it and the designation it renews.
	 */
	record KeyTeacherView(long id, long staffId, String staffName, long unitId, String unitName, String kind,
			String level, String subject, LocalDate startOn, LocalDate endOn, String status, String documentNumber,
			Long previousId, LocalDate decidedOn, String note) {
	}

	/** Whether a person may be designated at a level on a day, with every reason. */
	record KeyTeacherCheckView(long staffId, String staffName, String level, LocalDate on, boolean eligible,
			List<Reason> reasons) {
	}

	/** A master-teacher studio with its leader and counts. */
	record StudioView(long id, String name, long leaderKeyTeacherId, long leaderStaffId, String leaderName, long unitId,
			String unitName, String subject, LocalDate openedOn, LocalDate closedOn, String status, int members,
			int activities) {
	}

	record StudioMemberView(long id, long staffId, String staffName, LocalDate joinedOn, LocalDate leftOn) {
	}

	/** A studio's yearly goal ({@code GOAL}) or dated activity ({@code ACTIVITY}). */
	record StudioRecordView(long id, int year, String kind, LocalDate onDay, String title, Integer participants,
			String actor) {
	}

	/** A mentoring pair: mentor, mentee, the studio if any, the period and its result. */
	record MentoringView(long id, long mentorStaffId, String mentorName, long menteeStaffId, String menteeName,
			long unitId, Long studioId, LocalDate startOn, LocalDate endOn, String status, LocalDate decidedOn,
			String note) {
	}

}
