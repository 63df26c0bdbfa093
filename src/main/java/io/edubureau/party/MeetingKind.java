package io.edubureau.party;

import io.edubureau.rules.LocalParameter;

/**
 * 三会一课: branch general meeting (支部党员大会), branch committee meeting (支部委员会), group meeting
 * (党小组会) and Party lecture (党课), each with the local parameter of its minimum frequency;
 * themed activities (主题党日) count for no minimum.
 */
enum MeetingKind {

	GENERAL_MEETING(LocalParameter.PARTY_GENERAL_MEETING_MONTHS),

	COMMITTEE_MEETING(LocalParameter.PARTY_COMMITTEE_MEETING_MONTHS),

	GROUP_MEETING(LocalParameter.PARTY_GROUP_MEETING_MONTHS),

	LECTURE(LocalParameter.PARTY_LECTURE_MONTHS),

	THEMED_ACTIVITY(null);

	private final LocalParameter interval;

	MeetingKind(LocalParameter interval) {
		this.interval = interval;
	}

	/** The parameter of the minimum frequency, or {@code null} for none. */
	LocalParameter interval() {
		return interval;
	}

}
