package io.edubureau.awards;

import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A studio's yearly goal ({@code activity} false) or a dated activity (lesson shown,
 * lecture, research, training), kept for good: the studio's log.
 */
@Entity
@Table(name = "key_teacher_studio_record")
class StudioRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "awards_seq")
	@SequenceGenerator(name = "awards_seq", sequenceName = "awards_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long studioId;

	@Column(name = "record_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private boolean activity;

	private LocalDate onDay;

	@Column(nullable = false, length = 200)
	private String title;

	private Integer participants;

	@Column(nullable = false, length = 64)
	private String actor;

	@Column(nullable = false)
	private Instant at;

	protected StudioRecord() {
	}

	StudioRecord(long studioId, int year, boolean activity, LocalDate onDay, String title, Integer participants) {
		this.studioId = studioId;
		this.year = year;
		this.activity = activity;
		this.onDay = onDay;
		this.title = title;
		this.participants = participants;
		this.actor = Actor.current();
		this.at = Instant.now();
	}

	Views.StudioRecordView toView() {
		return new Views.StudioRecordView(id, year, activity ? "ACTIVITY" : "GOAL", onDay, title, participants, actor);
	}

}
