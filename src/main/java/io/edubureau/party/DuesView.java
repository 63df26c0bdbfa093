package io.edubureau.party;

import java.time.LocalDate;

/** One month's dues paid by a member; amounts in fen. */
record DuesView(long id, long staffId, String personName, long unitId, String month, boolean retired, long baseFen,
		long dueFen, long paidFen, LocalDate paidOn) {
}
