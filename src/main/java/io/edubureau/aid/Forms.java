package io.edubureau.aid;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.org.Stage;

/**
 * An application: a student of the scope, a programme, a semester ({@code 2026-2}), the
 * hardship shown.
 */
@Schema(name = "AidApplicationForm")
record ApplicationForm(Long studentId, String programme, String semester, String tier, HardshipCategory category,
		String evidence, LocalDate appliedOn) {
}

/** A decision on an application: pass it on (true) or reject it (false, with a note). */
@Schema(name = "AidDecisionForm")
record DecisionForm(Boolean pass, LocalDate on, String note) {
}

/** A payment batch: a programme and semester in the scope, paid on a day. */
record BatchForm(String programme, String semester, LocalDate paidOn) {
}

/** A reversal of a paid grant. */
record ReversalForm(LocalDate on, String reason) {
}

/** A new standard from a date on, with its source. */
record StandardForm(String programme, Stage stage, String tier, Long amountPerYearFen, LocalDate effectiveFrom,
		String source) {
}
