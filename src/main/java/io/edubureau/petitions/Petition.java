package io.edubureau.petitions;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A petition (信访事项) and its place in the workflow; only the transition methods change its
 * status, and each refuses a move {@link #allowed} does not allow.
 */
@Entity
@Table(name = "petitions_petition")
class Petition {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "petitions_seq")
	@SequenceGenerator(name = "petitions_seq", sequenceName = "petitions_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PetitionChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PetitionCategory category;

	@Column(nullable = false, length = 200)
	private String subject;

	@Column(nullable = false)
	private String matter;

	@Column(nullable = false, length = 50)
	private String petitionerName;

	@Column(length = 20)
	private String petitionerPhone;

	@Column(length = 18)
	private String petitionerIdNumber;

	@Column(nullable = false)
	private int groupSize;

	@Column(nullable = false)
	private LocalDate receivedOn;

	private LocalDate transferredOn;

	private LocalDate objectionDue;

	private Long repeatOfId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PetitionStatus status;

	@Column(nullable = false)
	private LocalDate acceptanceDue;

	private LocalDate decidedOn;

	private LocalDate handlingDue;

	private LocalDate latestExtendedDue;

	private LocalDate extendedDue;

	@Column(length = 50)
	private String extensionApprovedBy;

	private LocalDate concludedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private PetitionOutcome outcome;

	private String reply;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Satisfaction satisfaction;

	private LocalDate decisionReceivedOn;

	private LocalDate reviewRequestedOn;

	private LocalDate reviewDue;

	private LocalDate reviewedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private PetitionOutcome reviewOutcome;

	private LocalDate reviewReceivedOn;

	private LocalDate reReviewRequestedOn;

	private LocalDate reReviewDue;

	private LocalDate reReviewedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private PetitionOutcome reReviewOutcome;

	// The deadline of the stage now open, or null when none runs: the overdue lists read
	// it.
	private LocalDate currentDue;

	@Column(nullable = false, length = 64)
	private String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Petition() {
	}

	Petition(long unitId, String unitPath, PetitionChannel channel, PetitionCategory category, String subject,
			String matter, Petitioner petitioner, LocalDate receivedOn, LocalDate transferredOn, LocalDate objectionDue,
			Long repeatOfId, LocalDate acceptanceDue, String by) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.channel = channel;
		this.category = category;
		this.subject = subject;
		this.matter = matter;
		this.petitionerName = petitioner.name();
		this.petitionerPhone = petitioner.phone();
		this.petitionerIdNumber = petitioner.idNumber();
		this.groupSize = petitioner.groupSize();
		this.receivedOn = receivedOn;
		this.transferredOn = transferredOn;
		this.objectionDue = objectionDue;
		this.repeatOfId = repeatOfId;
		this.acceptanceDue = acceptanceDue;
		this.status = PetitionStatus.RECEIVED;
		this.currentDue = acceptanceDue;
		touch(by);
	}

	/** The allowed transitions of the workflow. */
	static boolean allowed(PetitionStatus from, PetitionStatus to) {
		return switch (to) {
			case ACCEPTED, NOT_ACCEPTED, OBJECTED -> from == PetitionStatus.RECEIVED;
			case CONCLUDED -> from == PetitionStatus.ACCEPTED;
			case REVIEW_REQUESTED -> from == PetitionStatus.CONCLUDED;
			case REVIEWED -> from == PetitionStatus.REVIEW_REQUESTED;
			case RE_REVIEW_REQUESTED -> from == PetitionStatus.REVIEWED;
			case RE_REVIEWED -> from == PetitionStatus.RE_REVIEW_REQUESTED;
			case RECEIVED -> false;
		};
	}

	private void move(PetitionStatus to, String by) {
		if (!allowed(status, to)) {
			throw new IllegalStateException(status + " → " + to);
		}
		this.status = to;
		touch(by);
	}

	void accept(LocalDate on, LocalDate handlingDue, LocalDate latestExtendedDue, String by) {
		move(PetitionStatus.ACCEPTED, by);
		this.decidedOn = on;
		this.handlingDue = handlingDue;
		this.latestExtendedDue = latestExtendedDue;
		this.currentDue = handlingDue;
	}

	void refuse(LocalDate on, String by) {
		move(PetitionStatus.NOT_ACCEPTED, by);
		this.decidedOn = on;
		this.currentDue = null;
	}

	void object(LocalDate on, String by) {
		move(PetitionStatus.OBJECTED, by);
		this.decidedOn = on;
		this.currentDue = null;
	}

	/** The one extension of the handling period, approved by the unit's head. */
	void extend(LocalDate to, String approvedBy, String by) {
		if (status != PetitionStatus.ACCEPTED || extendedDue != null) {
			throw new IllegalStateException("extend in " + status);
		}
		this.extendedDue = to;
		this.extensionApprovedBy = approvedBy;
		this.currentDue = to;
		touch(by);
	}

	void conclude(LocalDate on, PetitionOutcome outcome, String reply, Satisfaction satisfaction, String by) {
		move(PetitionStatus.CONCLUDED, by);
		this.concludedOn = on;
		this.outcome = outcome;
		this.reply = reply;
		this.satisfaction = satisfaction;
		this.currentDue = null;
	}

	void requestReview(LocalDate decisionReceivedOn, LocalDate requestedOn, LocalDate due, String by) {
		move(PetitionStatus.REVIEW_REQUESTED, by);
		this.decisionReceivedOn = decisionReceivedOn;
		this.reviewRequestedOn = requestedOn;
		this.reviewDue = due;
		this.currentDue = due;
	}

	void review(LocalDate on, PetitionOutcome outcome, String by) {
		move(PetitionStatus.REVIEWED, by);
		this.reviewedOn = on;
		this.reviewOutcome = outcome;
		this.currentDue = null;
	}

	void requestReReview(LocalDate reviewReceivedOn, LocalDate requestedOn, LocalDate due, String by) {
		move(PetitionStatus.RE_REVIEW_REQUESTED, by);
		this.reviewReceivedOn = reviewReceivedOn;
		this.reReviewRequestedOn = requestedOn;
		this.reReviewDue = due;
		this.currentDue = due;
	}

	void reReview(LocalDate on, PetitionOutcome outcome, String by) {
		move(PetitionStatus.RE_REVIEWED, by);
		this.reReviewedOn = on;
		this.reReviewOutcome = outcome;
		this.currentDue = null;
	}

	/** The handling deadline in force: the extended one when extended. */
	LocalDate effectiveHandlingDue() {
		return extendedDue != null ? extendedDue : handlingDue;
	}

	private void touch(String by) {
		this.updatedBy = by;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	PetitionChannel getChannel() {
		return channel;
	}

	PetitionCategory getCategory() {
		return category;
	}

	String getSubject() {
		return subject;
	}

	String getMatter() {
		return matter;
	}

	Petitioner petitioner() {
		return new Petitioner(petitionerName, petitionerPhone, petitionerIdNumber, groupSize);
	}

	LocalDate getReceivedOn() {
		return receivedOn;
	}

	LocalDate getTransferredOn() {
		return transferredOn;
	}

	LocalDate getObjectionDue() {
		return objectionDue;
	}

	Long getRepeatOfId() {
		return repeatOfId;
	}

	PetitionStatus getStatus() {
		return status;
	}

	LocalDate getAcceptanceDue() {
		return acceptanceDue;
	}

	LocalDate getDecidedOn() {
		return decidedOn;
	}

	LocalDate getHandlingDue() {
		return handlingDue;
	}

	LocalDate getLatestExtendedDue() {
		return latestExtendedDue;
	}

	LocalDate getExtendedDue() {
		return extendedDue;
	}

	String getExtensionApprovedBy() {
		return extensionApprovedBy;
	}

	LocalDate getConcludedOn() {
		return concludedOn;
	}

	PetitionOutcome getOutcome() {
		return outcome;
	}

	String getReply() {
		return reply;
	}

	Satisfaction getSatisfaction() {
		return satisfaction;
	}

	LocalDate getDecisionReceivedOn() {
		return decisionReceivedOn;
	}

	LocalDate getReviewRequestedOn() {
		return reviewRequestedOn;
	}

	LocalDate getReviewDue() {
		return reviewDue;
	}

	LocalDate getReviewedOn() {
		return reviewedOn;
	}

	PetitionOutcome getReviewOutcome() {
		return reviewOutcome;
	}

	LocalDate getReviewReceivedOn() {
		return reviewReceivedOn;
	}

	LocalDate getReReviewRequestedOn() {
		return reReviewRequestedOn;
	}

	LocalDate getReReviewDue() {
		return reReviewDue;
	}

	LocalDate getReReviewedOn() {
		return reReviewedOn;
	}

	PetitionOutcome getReReviewOutcome() {
		return reReviewOutcome;
	}

	LocalDate getCurrentDue() {
		return currentDue;
	}

}
