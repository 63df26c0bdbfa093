package io.edubureau.exams;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One candidate's result in one exam and year, at the school they sat for; written once
 * by an import and never changed or deleted.
 */
@Entity
@Table(name = "exams_result")
class ExamResult {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exams_seq")
	@SequenceGenerator(name = "exams_seq", sequenceName = "exams_seq", allocationSize = 50)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Exam exam;

	@Column(name = "exam_year", nullable = false)
	private int year;

	@Column(nullable = false, length = 20)
	private String candidateNumber;

	@Column(nullable = false, length = 18)
	private String idNumber;

	@Column(nullable = false, length = 50)
	private String name;

	@Column(nullable = false)
	private long unitId;

	// Copy of the unit's tree path, kept in step by UnitMoved events, for scope queries.
	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(nullable = false)
	private int total;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "exams_subject_score", joinColumns = @JoinColumn(name = "result_id"))
	@MapKeyColumn(name = "subject", length = 16)
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "score", nullable = false)
	private Map<Subject, Integer> scores = new EnumMap<>(Subject.class);

	@Column(nullable = false, length = 64)
	private String importedBy;

	@Column(nullable = false)
	private Instant importedAt;

	protected ExamResult() {
	}

	ExamResult(Exam exam, int year, String candidateNumber, String idNumber, String name, long unitId, String unitPath,
			int total, Map<Subject, Integer> scores, String importedBy) {
		this.exam = exam;
		this.year = year;
		this.candidateNumber = candidateNumber;
		this.idNumber = idNumber;
		this.name = name;
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.total = total;
		this.scores.putAll(scores);
		this.importedBy = importedBy;
		this.importedAt = Instant.now();
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

	String getCandidateNumber() {
		return candidateNumber;
	}

	String getIdNumber() {
		return idNumber;
	}

	String getName() {
		return name;
	}

	long getUnitId() {
		return unitId;
	}

	String getUnitPath() {
		return unitPath;
	}

	int getTotal() {
		return total;
	}

	Map<Subject, Integer> getScores() {
		return scores;
	}

	String getImportedBy() {
		return importedBy;
	}

	Instant getImportedAt() {
		return importedAt;
	}

}
