package io.edubureau.rules;

import java.time.LocalDate;

import io.edubureau.rules.ClosedLoop.Refusal;
import io.edubureau.rules.ClosedLoop.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closed loop shared by safety hazards and supervision items: the steps allowed from
 * each stage, no close without evidence on record whatever the stage, a failed re-check
 * needs a note and reopens, overdue from the day after the deadline until the day closed.
 */
class ClosedLoopRuleTests {

	@Test
	void onlyTheStepsOfTheLoopAreAllowed() {
		assertThat(ClosedLoop.allowed(Stage.OPEN, Stage.RECTIFIED)).isTrue();
		assertThat(ClosedLoop.allowed(Stage.REOPENED, Stage.RECTIFIED)).isTrue();
		assertThat(ClosedLoop.allowed(Stage.RECTIFIED, Stage.RECTIFIED)).isFalse();
		assertThat(ClosedLoop.allowed(Stage.OPEN, Stage.CLOSED)).isFalse();
		assertThat(ClosedLoop.allowed(Stage.REOPENED, Stage.CLOSED)).isFalse();
		assertThat(ClosedLoop.allowed(Stage.RECTIFIED, Stage.CLOSED)).isTrue();
		assertThat(ClosedLoop.allowed(Stage.RECTIFIED, Stage.REOPENED)).isTrue();
		assertThat(ClosedLoop.allowed(Stage.CLOSED, Stage.REOPENED)).isFalse();
		assertThat(ClosedLoop.allowed(Stage.CLOSED, Stage.RECTIFIED)).isFalse();
		for (Stage s : Stage.values()) {
			assertThat(ClosedLoop.allowed(s, Stage.OPEN)).isFalse();
		}
	}

	@Test
	void aRecheckClosesOnlyWithEvidenceAndAFailureNeedsANoteAndReopens() {
		assertThat(ClosedLoop.refuseRecheck(Stage.OPEN, true, 1, true)).contains(Refusal.WRONG_STEP);
		// Evidence is checked on record, whatever the stage says.
		assertThat(ClosedLoop.refuseRecheck(Stage.RECTIFIED, true, 0, true)).contains(Refusal.NO_EVIDENCE);
		assertThat(ClosedLoop.refuseRecheck(Stage.RECTIFIED, true, 1, false)).isEmpty();
		assertThat(ClosedLoop.refuseRecheck(Stage.RECTIFIED, false, 1, false)).contains(Refusal.NOTE_REQUIRED);
		assertThat(ClosedLoop.refuseRecheck(Stage.RECTIFIED, false, 1, true)).isEmpty();
		assertThat(ClosedLoop.refuseRecheck(Stage.CLOSED, false, 1, true)).contains(Refusal.WRONG_STEP);
		assertThat(ClosedLoop.afterRecheck(true)).isEqualTo(Stage.CLOSED);
		assertThat(ClosedLoop.afterRecheck(false)).isEqualTo(Stage.REOPENED);
	}

	@Test
	void overdueFromTheDayAfterTheDeadlineUntilClosed() {
		LocalDate deadline = LocalDate.of(2025, 10, 9);
		assertThat(ClosedLoop.overdueOn(deadline, deadline, null)).isFalse();
		assertThat(ClosedLoop.overdueOn(deadline.plusDays(1), deadline, null)).isTrue();
		// Closed on a day: overdue before it, not from it.
		assertThat(ClosedLoop.overdueOn(LocalDate.of(2025, 10, 12), deadline, LocalDate.of(2025, 10, 12))).isFalse();
		assertThat(ClosedLoop.overdueOn(LocalDate.of(2025, 10, 11), deadline, LocalDate.of(2025, 10, 12))).isTrue();
		assertThat(ClosedLoop.latestOverdueDeadline(LocalDate.of(2025, 10, 10))).isEqualTo(deadline);
		assertThat(ClosedLoop.reasons(PolicyRule.SUPERVISION_RECTIFICATION, Stage.OPEN, 0, deadline, null,
				deadline.plusDays(1)))
			.extracting(Reason::messageKey)
			.containsExactly("rules.closedLoop.OPEN", "rules.closedLoop.overdue");
		assertThat(ClosedLoop.reasons(PolicyRule.SAFETY_HAZARD_RECTIFICATION, Stage.OPEN, 0, deadline, null, deadline))
			.extracting(Reason::messageKey)
			.containsExactly("rules.closedLoop.OPEN");
	}

}
