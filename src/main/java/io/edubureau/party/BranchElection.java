package io.edubureau.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One ballot of a branch committee election at term end (支部委员会换届选举): the seats, those
 * entitled to vote and present, the votes per candidate and who was elected. A second
 * ballot for seats left (另行选举) points to the one before. Never deleted.
 */
@Entity
@Table(name = "party_election")
class BranchElection {

	/** A candidate (a member of the branch on the day) with the votes in favour. */
	@Embeddable
	record Candidate(Long membershipId, Long staffId, @Column(length = 50) String personName, int votes,
			boolean elected) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "party_seq")
	@SequenceGenerator(name = "party_seq", sequenceName = "party_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long organisationId;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the branch's unit path, kept in step by UnitMoved events, for scope
	// queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private int term;

	@Column(nullable = false)
	private int round;

	private Long previousId;

	@Column(nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private int seats;

	@Column(nullable = false)
	private int entitled;

	@Column(nullable = false)
	private int present;

	@Column(nullable = false)
	private boolean valid;

	@Column(nullable = false)
	private int seatsLeft;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "party_election_candidate", joinColumns = @JoinColumn(name = "election_id"))
	@OrderColumn(name = "seq_no")
	private List<Candidate> candidates = new ArrayList<>();

	// Set when this ballot completed the committee: its secretary and term.
	private Long secretaryMembershipId;

	@Column(length = 50)
	private String secretaryName;

	private LocalDate termStart;

	private LocalDate termEnd;

	// Set when the meeting reduced the seats instead of another round: the voters
	// agreeing.
	private Integer reducedAgreed;

	// A preliminary election (差额预选): its candidates marked elected are the formal list
	// of formalCount places.
	@Column(nullable = false)
	private boolean preliminary;

	private Integer formalCount;

	// The higher Party organisation's answer to a complete committee: PENDING, APPROVED
	// or RETURNED, with its day, who entered it and the reason.
	@Column(length = 10)
	private String approval;

	private LocalDate approvalOn;

	@Column(length = 64)
	private String approvalBy;

	@Column(length = 200)
	private String approvalNote;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected BranchElection() {
	}

	BranchElection(PartyOrganisation branch, int term, int round, Long previousId, LocalDate heldOn, int seats,
			int entitled, int present, boolean valid, int seatsLeft, List<Candidate> candidates, String by) {
		this.organisationId = branch.getId();
		this.unitId = branch.getUnitId();
		this.unitPath = branch.getUnitPath();
		this.term = term;
		this.round = round;
		this.previousId = previousId;
		this.heldOn = heldOn;
		this.seats = seats;
		this.entitled = entitled;
		this.present = present;
		this.valid = valid;
		this.seatsLeft = seatsLeft;
		this.candidates = new ArrayList<>(candidates);
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	/**
	 * The committee is complete with this ballot: the secretary and the term, awaiting
	 * the higher Party organisation's approval.
	 */
	void complete(Long secretaryMembershipId, String secretaryName, LocalDate termStart, LocalDate termEnd) {
		this.secretaryMembershipId = secretaryMembershipId;
		this.secretaryName = secretaryName;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.approval = PENDING;
	}

	static final String PENDING = "PENDING";

	static final String APPROVED = "APPROVED";

	static final String RETURNED = "RETURNED";

	/**
	 * The higher Party organisation approved ({@code approved}) or returned the result.
	 */
	void answered(boolean approved, LocalDate on, String by, String note) {
		this.approval = approved ? APPROVED : RETURNED;
		this.approvalOn = on;
		this.approvalBy = by;
		this.approvalNote = note;
	}

	/** This ballot is a preliminary election for a formal list of {@code places}. */
	void preliminaryFor(int places) {
		this.preliminary = true;
		this.formalCount = places;
	}

	boolean isPreliminary() {
		return preliminary;
	}

	Integer getFormalCount() {
		return formalCount;
	}

	String getApproval() {
		return approval;
	}

	LocalDate getApprovalOn() {
		return approvalOn;
	}

	String getApprovalBy() {
		return approvalBy;
	}

	String getApprovalNote() {
		return approvalNote;
	}

	/** The meeting reduced the seats to those elected instead of another round. */
	void reduced(int agreed) {
		this.reducedAgreed = agreed;
	}

	Integer getReducedAgreed() {
		return reducedAgreed;
	}

	List<BranchElectionRule.Ballot> ballots() {
		return candidates.stream()
			.map(c -> new BranchElectionRule.Ballot(c.membershipId(), c.personName(), c.votes()))
			.toList();
	}

	Long getId() {
		return id;
	}

	Long getOrganisationId() {
		return organisationId;
	}

	int getTerm() {
		return term;
	}

	int getRound() {
		return round;
	}

	Long getPreviousId() {
		return previousId;
	}

	LocalDate getHeldOn() {
		return heldOn;
	}

	int getSeats() {
		return seats;
	}

	int getEntitled() {
		return entitled;
	}

	int getPresent() {
		return present;
	}

	boolean isValid() {
		return valid;
	}

	int getSeatsLeft() {
		return seatsLeft;
	}

	List<Candidate> getCandidates() {
		return List.copyOf(candidates);
	}

	Long getSecretaryMembershipId() {
		return secretaryMembershipId;
	}

	String getSecretaryName() {
		return secretaryName;
	}

	LocalDate getTermStart() {
		return termStart;
	}

	LocalDate getTermEnd() {
		return termEnd;
	}

	String getRecordedBy() {
		return recordedBy;
	}

}
