package io.edubureau.titles;

import io.edubureau.org.Stage;
import io.edubureau.staff.TitleLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The share of a unit's posts set for one title level, by the unit's stage (岗位设置). */
@Entity
@Table(name = "titles_post_ratio")
class PostRatio {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "titles_post_ratio_seq")
	@SequenceGenerator(name = "titles_post_ratio_seq", sequenceName = "titles_post_ratio_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long roundId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Stage stage;

	@Enumerated(EnumType.STRING)
	@Column(name = "title_level", nullable = false, length = 20)
	private TitleLevel level;

	@Column(nullable = false)
	private int percent;

	protected PostRatio() {
	}

	PostRatio(Long roundId, Stage stage, TitleLevel level, int percent) {
		this.roundId = roundId;
		this.stage = stage;
		this.level = level;
		this.percent = percent;
	}

	void set(int percent) {
		this.percent = percent;
	}

	Stage getStage() {
		return stage;
	}

	TitleLevel getLevel() {
		return level;
	}

	int getPercent() {
		return percent;
	}

}
