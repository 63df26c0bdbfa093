package io.edubureau.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The closed loop (闭环整改) shared by safety hazards (安全隐患) and supervision rectification
 * items (督导整改事项): an open item is rectified with evidence, a rectified one is re-checked,
 * a passed re-check closes it (never without evidence on record), a failed one (with a
 * note) reopens it; an item not closed is overdue from the day after its deadline. Each
 * module keeps its own status names and maps them onto these stages; the rule that gives
 * the reasons is the module's (hazards: {@link PolicyRule#SAFETY_HAZARD_RECTIFICATION},
 * items: {@link PolicyRule#SUPERVISION_RECTIFICATION}).
 */
public final class ClosedLoop {

	private ClosedLoop() {
	}

	/**
	 * Where an item stands: open, rectified (waits for the re-check), reopened, closed.
	 */
	public enum Stage {

		OPEN, RECTIFIED, REOPENED, CLOSED;

		/** Whether a rectification may be recorded now. */
		public boolean awaitsRectification() {
			return this == OPEN || this == REOPENED;
		}

	}

	/** Why a step is refused; {@code null} when it is allowed. */
	public enum Refusal {

		/** Not a step of the loop from where the item stands. */
		WRONG_STEP,
		/** A close without rectification evidence on record. */
		NO_EVIDENCE,
		/** A failed re-check without a note. */
		NOTE_REQUIRED

	}

	/** The allowed steps: rectify an open or reopened item, re-check a rectified one. */
	public static boolean allowed(Stage from, Stage to) {
		return switch (to) {
			case RECTIFIED -> from.awaitsRectification();
			case CLOSED, REOPENED -> from == Stage.RECTIFIED;
			case OPEN -> false;
		};
	}

	/** Where a re-check leads: passed closes, failed reopens. */
	public static Stage afterRecheck(boolean passed) {
		return passed ? Stage.CLOSED : Stage.REOPENED;
	}

	/**
	 * Why a re-check may not be recorded, if it may not: it is a step of the loop from
	 * here, a pass needs evidence on record whatever the status says, a failure needs a
	 * note.
	 */
	public static Optional<Refusal> refuseRecheck(Stage from, boolean passed, long evidenceOnRecord, boolean hasNote) {
		Stage to = afterRecheck(passed);
		if (!allowed(from, to)) {
			return Optional.of(Refusal.WRONG_STEP);
		}
		if (passed && evidenceOnRecord == 0) {
			return Optional.of(Refusal.NO_EVIDENCE);
		}
		if (!passed && !hasNote) {
			return Optional.of(Refusal.NOTE_REQUIRED);
		}
		return Optional.empty();
	}

	/**
	 * Overdue on a day: past the deadline then (the day after it at the earliest) and not
	 * closed by then.
	 */
	public static boolean overdueOn(LocalDate day, LocalDate deadline, LocalDate closedOn) {
		return deadline != null && day.isAfter(deadline) && (closedOn == null || closedOn.isAfter(day));
	}

	/**
	 * The latest deadline of an item overdue on the day (for a query: deadline ≤ this).
	 */
	public static LocalDate latestOverdueDeadline(LocalDate day) {
		return day.minusDays(1);
	}

	/**
	 * The reasons of where an item stands on a day, under the module's rule: its stage
	 * with the evidence on record, and whether it is overdue and since when.
	 */
	public static List<Reason> reasons(PolicyRule rule, Stage stage, long evidenceOnRecord, LocalDate deadline,
			LocalDate closedOn, LocalDate day) {
		List<Reason> out = new ArrayList<>();
		out.add(new Reason(rule, "rules.closedLoop." + stage.name(), evidenceOnRecord));
		if (deadline != null && overdueOn(day, deadline, closedOn)) {
			out.add(new Reason(rule, "rules.closedLoop.overdue", deadline, deadline.plusDays(1)));
		}
		return out;
	}

}
