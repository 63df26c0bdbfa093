package io.edubureau.party;

import java.time.LocalDate;

/** The inputs of the party module's changes. */
final class PartyForms {

	private PartyForms() {
	}

	/** A new organisation on a unit, below another organisation or at the top. */
	record OrganisationForm(String name, OrganisationKind kind, Long parentId, Long unitId, Long secretaryStaffId,
			LocalDate termEnd) {
	}

	/**
	 * A new application (入党申请): a staff member by id, or a person who is not staff by
	 * name and birth date.
	 */
	record ApplicationForm(Long organisationId, Long staffId, String personName, LocalDate birthDate,
			LocalDate appliedOn) {
	}

	/** A meeting of 三会一课 with its attendance. */
	record MeetingForm(Long organisationId, MeetingKind kind, LocalDate heldOn, String topic, Integer present,
			Integer absent, String absenceNotes) {
	}

	/** A member's grade of a year in the democratic appraisal, with the tallies. */
	record AppraisalForm(Long organisationId, Long staffId, Integer year, String selfAssessment, Integer excellent,
			Integer qualified, Integer basicallyQualified, Integer unqualified, AppraisalGrade grade,
			LocalDate gradedOn) {
	}

	/** A step of a 不合格 member's follow-up; {@code until} is the correction's deadline. */
	record FollowUpForm(FollowUp step, LocalDate on, LocalDate until, String note) {
	}

	/** A month's dues paid (month as YYYY-MM, amounts in fen). */
	record DuesForm(Long staffId, String month, Long baseFen, Boolean retired, Long paidFen, LocalDate paidOn) {
	}

	/**
	 * A member who is not staff (a retired member under a bureau branch) from a day; a
	 * probationary member (预备党员) until {@code probationaryUntil} (excluded), else null.
	 */
	record NonStaffMemberForm(Long organisationId, String personName, LocalDate birthDate, Boolean retired,
			LocalDate from, LocalDate probationaryUntil) {
	}

	/**
	 * 组织关系转出: a member's open spell sent to a branch here or to an organisation outside,
	 * with the letter (介绍信) number and date.
	 */
	record TransferOutForm(Long membershipId, Long toOrganisationId, String outsideOrganisation, String letterNo,
			LocalDate letterDate, LocalDate outOn, String reason) {
	}

	/**
	 * 组织关系转入 from outside: a staff member by id, or a person who is not staff by name and
	 * birth date.
	 */
	record TransferInForm(Long organisationId, Long staffId, String personName, LocalDate birthDate, Boolean retired,
			String outsideOrganisation, String letterNo, LocalDate letterDate, LocalDate receivedOn, String reason) {
	}

	/**
	 * A ballot of a branch committee election at term end: the branch, the term (届次), the
	 * seats, those entitled to vote and present, each candidate (a membership of the
	 * branch) with the votes, the secretary the new committee chose, and for another
	 * round the ballot before ({@code previousId}); a preliminary election
	 * ({@code preliminary}) names the places of the formal list ({@code formalCount}),
	 * and the formal ballot after it points to it with {@code previousId}.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "PartyElectionRequest")
	record ElectionForm(Long organisationId, Integer term, Long previousId, LocalDate heldOn, Integer seats,
			Integer entitled, Integer present, java.util.List<CandidateVotes> candidates, Long secretaryMembershipId,
			java.util.List<Long> voterMembershipIds, Boolean preliminary, Integer formalCount) {
	}

	/**
	 * The higher Party organisation's answer to an elected committee: approved or
	 * returned, the day of its reply (批复) and the reason (required when returned).
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "PartyElectionApprovalRequest")
	record ApprovalForm(Boolean approved, LocalDate on, String note) {
	}

	/**
	 * Reducing the seats to those elected instead of another round: the voters who agreed
	 * and the secretary the committee chose.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "PartyElectionReduceRequest")
	record ReduceForm(Integer agreed, Long secretaryMembershipId) {
	}

	/** 留党察看 of a member from a day until a day (excluded), with the decision's note. */
	record ObservationForm(LocalDate from, LocalDate until, String note) {
	}

	/** A candidate by membership with the votes in favour. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "PartyElectionCandidateVotes")
	record CandidateVotes(Long membershipId, Integer votes) {
	}

}
