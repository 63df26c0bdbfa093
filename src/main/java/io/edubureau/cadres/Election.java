package io.edubureau.cadres;

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

/** One round of voting of a principal election; a run-off is a new row. */
@Entity
@Table(name = "cadres_election")
class Election {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cadres_seq")
	@SequenceGenerator(name = "cadres_seq", sequenceName = "cadres_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false)
	private Long postId;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false)
	private LocalDate electionDay;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ElectionMode mode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ElectionStatus status;

	@Column(nullable = false)
	private int roundNo;

	private Long previousId;

	private Integer eligible;

	private Integer ballotsCast;

	@Column(name = "valid_result")
	private Boolean valid;

	private Long electedStaffId;

	private LocalDate closedOn;

	private LocalDate noticeFrom;

	private LocalDate noticeUntil;

	private LocalDate appointedOn;

	private Long appointmentId;

	@Column(nullable = false, length = 64)
	private String createdBy;

	@Version
	private long version;

	protected Election() {
	}

	Election(CadrePost post, String title, LocalDate electionDay, ElectionMode mode, int roundNo, Long previousId,
			String by) {
		this.unitId = post.getUnitId();
		this.postId = post.getId();
		this.title = title;
		this.electionDay = electionDay;
		this.mode = mode;
		this.status = ElectionStatus.DRAFT;
		this.roundNo = roundNo;
		this.previousId = previousId;
		this.createdBy = by;
	}

	void open() {
		this.status = ElectionStatus.OPEN;
	}

	void count(int eligible, int ballotsCast) {
		this.eligible = eligible;
		this.ballotsCast = ballotsCast;
	}

	void close(boolean valid, Long electedStaffId, LocalDate on) {
		this.status = ElectionStatus.CLOSED;
		this.valid = valid;
		this.electedStaffId = electedStaffId;
		this.closedOn = on;
	}

	/** Posts the result publicly (公示): only a closed, valid vote that elected someone. */
	void postNotice(LocalDate from, LocalDate until) {
		if (status != ElectionStatus.CLOSED || !Boolean.TRUE.equals(valid) || electedStaffId == null) {
			throw new io.edubureau.platform.Rejection("status", "cadres.notice.notElected", title);
		}
		if (noticeFrom != null) {
			throw new io.edubureau.platform.Rejection("status", "cadres.notice.posted", noticeFrom.toString(),
					noticeUntil.toString());
		}
		if (from.isBefore(closedOn)) {
			throw new io.edubureau.platform.Rejection("on", "cadres.notice.beforeClose", from.toString(),
					closedOn.toString());
		}
		this.noticeFrom = from;
		this.noticeUntil = until;
	}

	/** The elected person appointed after the notice ended: once. */
	void appointed(long appointmentId, LocalDate on) {
		if (this.appointmentId != null) {
			throw new io.edubureau.platform.Rejection("status", "cadres.notice.appointed", appointedOn.toString());
		}
		this.appointmentId = appointmentId;
		this.appointedOn = on;
	}

	LocalDate getNoticeFrom() {
		return noticeFrom;
	}

	LocalDate getNoticeUntil() {
		return noticeUntil;
	}

	LocalDate getAppointedOn() {
		return appointedOn;
	}

	Long getAppointmentId() {
		return appointmentId;
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	Long getPostId() {
		return postId;
	}

	String getTitle() {
		return title;
	}

	LocalDate getElectionDay() {
		return electionDay;
	}

	ElectionMode getMode() {
		return mode;
	}

	ElectionStatus getStatus() {
		return status;
	}

	int getRoundNo() {
		return roundNo;
	}

	Long getPreviousId() {
		return previousId;
	}

	Integer getEligible() {
		return eligible;
	}

	Integer getBallotsCast() {
		return ballotsCast;
	}

	Boolean getValid() {
		return valid;
	}

	Long getElectedStaffId() {
		return electedStaffId;
	}

	LocalDate getClosedOn() {
		return closedOn;
	}

}
