package io.edubureau.exams;

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

/**
 * A cut-off line as published: exam, year, batch, score, the day and the document. A
 * revision is a new row; the line in force on a day is the latest published by then.
 */
@Entity
@Table(name = "exams_line")
class CutoffLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exams_seq")
	@SequenceGenerator(name = "exams_seq", sequenceName = "exams_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Exam exam;

	@Column(name = "exam_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LineBatch batch;

	@Column(nullable = false)
	private int score;

	@Column(nullable = false)
	private LocalDate publishedOn;

	@Column(nullable = false, length = 200)
	private String source;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected CutoffLine() {
	}

	CutoffLine(LineBatch batch, int year, int score, LocalDate publishedOn, String source, String recordedBy) {
		this.exam = batch.exam();
		this.year = year;
		this.batch = batch;
		this.score = score;
		this.publishedOn = publishedOn;
		this.source = source;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Exam getExam() {
		return exam;
	}

	int getYear() {
		return year;
	}

	LineBatch getBatch() {
		return batch;
	}

	int getScore() {
		return score;
	}

	LocalDate getPublishedOn() {
		return publishedOn;
	}

	String getSource() {
		return source;
	}

	String getRecordedBy() {
		return recordedBy;
	}

	Instant getRecordedAt() {
		return recordedAt;
	}

}
