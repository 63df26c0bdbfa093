package io.edubureau.titles;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.org.Stage;
import io.edubureau.staff.TitleLevel;

/**
 * A title round as users see it.
 *
 * @param id the round
 * @param year its year
 * @param opensOn first day applications are taken
 * @param closesOn last day applications are taken
 * @param state where it stands
 * @param noticeStarts first day of the public notice, once started
 * @param noticeEnds last working day of the public notice
 * @param history its steps
 * @param panel the review panel members
 * @param ratios the post-structure ratios by unit stage and level, in percent
 */
@Schema(name = "TitleRoundView")
public record RoundView(long id, int year, LocalDate opensOn, LocalDate closesOn, RoundState state,
		LocalDate noticeStarts, LocalDate noticeEnds, List<StepView> history, List<PanelMemberView> panel,
		List<Ratio> ratios) {

	/** The percentage of a unit's posts set for a level, for units of a stage. */
	public record Ratio(Stage stage, TitleLevel level, int percent) {
	}

}
