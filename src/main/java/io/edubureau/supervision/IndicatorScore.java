package io.edubureau.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The score a visit gave one indicator of its programme. */
@Entity
@Table(name = "supervision_score")
class IndicatorScore {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_seq")
	@SequenceGenerator(name = "supervision_seq", sequenceName = "supervision_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long visitId;

	@Column(nullable = false, length = 40)
	private String indicator;

	@Column(nullable = false)
	private int score;

	@Column(length = 300)
	private String note;

	protected IndicatorScore() {
	}

	IndicatorScore(long visitId, String indicator, int score, String note) {
		this.visitId = visitId;
		this.indicator = indicator;
		this.score = score;
		this.note = note;
	}

	Long getVisitId() {
		return visitId;
	}

	String getIndicator() {
		return indicator;
	}

	int getScore() {
		return score;
	}

	String getNote() {
		return note;
	}

}
