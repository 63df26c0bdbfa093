package io.edubureau.supervision;

import java.util.List;

/**
 * What a visit supervises, each with its indicator set template (indicator codes, each
 * scored from 0 to {@link #MAX_SCORE}; labels are {@code supervision.indicator.<code>} in
 * the messages).
 */
enum SupervisionProgramme {

	// 县域义务教育优质均衡发展督导评估办法 (教督〔2017〕6号): resources, government, quality,
	// recognition.
	BALANCED_DEVELOPMENT("balanced.qualifiedTeachers", "balanced.backboneTeachers", "balanced.artsPeTeachers",
			"balanced.teachingRooms", "balanced.sportsGrounds", "balanced.equipment", "balanced.multimedia",
			"balanced.government", "balanced.quality", "balanced.recognition"),

	// 义务教育学校管理标准 (教基〔2017〕9号): the school's own conduct.
	STANDARD_RUNNING("standard.enrolment", "standard.curriculum", "standard.schedule", "standard.fees",
			"standard.materials", "standard.safety"),

	// 中办发〔2021〕40号 (双减): homework, after-school service and the five managements.
	DOUBLE_REDUCTION("doubleReduction.homework", "doubleReduction.afterSchool", "doubleReduction.sleep",
			"doubleReduction.phones", "doubleReduction.reading", "doubleReduction.fitness");

	/** The highest score of an indicator; 0 is the lowest, both included. */
	static final int MAX_SCORE = 10;

	private final List<String> indicators;

	SupervisionProgramme(String... indicators) {
		this.indicators = List.of(indicators);
	}

	/** The indicators of this programme, in the order they are scored. */
	public List<String> indicators() {
		return indicators;
	}

}
