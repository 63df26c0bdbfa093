package io.edubureau.awards;

import io.edubureau.rules.LocalParameter;

/** The level that designates a key teacher, with the conditions' parameters of each. */
enum KeyTeacherLevel {

	COUNTY(LocalParameter.KEY_TEACHER_COUNTY_YEARS, LocalParameter.KEY_TEACHER_COUNTY_TITLE),
	MUNICIPAL(LocalParameter.KEY_TEACHER_MUNICIPAL_YEARS, LocalParameter.KEY_TEACHER_MUNICIPAL_TITLE),
	PROVINCIAL(LocalParameter.KEY_TEACHER_PROVINCIAL_YEARS, LocalParameter.KEY_TEACHER_PROVINCIAL_TITLE);

	private final LocalParameter years;

	private final LocalParameter titleRank;

	KeyTeacherLevel(LocalParameter years, LocalParameter titleRank) {
		this.years = years;
		this.titleRank = titleRank;
	}

	LocalParameter years() {
		return years;
	}

	LocalParameter titleRank() {
		return titleRank;
	}

}
