package io.edubureau.party;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.rules.Reason;

/**
 * One branch's 三会一课 in a year: for each kind with a minimum, the periods ended by the day
 * asked and whether each had a meeting; compliant when none was missed.
 */
record MeetingCompliance(long organisationId, String organisationName, List<KindPeriods> kinds, boolean compliant,
		List<Reason> reasons) {

	/** The periods of one kind, e.g. the four quarters of the general meeting. */
	record KindPeriods(MeetingKind kind, int intervalMonths, List<Period> periods) {

		public long met() {
			return periods.stream().filter(Period::met).count();
		}

	}

	record Period(LocalDate from, LocalDate to, int held) {

		public boolean met() {
			return held > 0;
		}

	}

}
