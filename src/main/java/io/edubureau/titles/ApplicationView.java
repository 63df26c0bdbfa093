package io.edubureau.titles;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.staff.TitleLevel;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An application as users see it, with its checklist, votes, objections and history.
 *
 * @param id the application
 * @param roundId its round
 * @param year the round's year
 * @param staffId the applicant
 * @param staffName the applicant's name
 * @param unitId the applicant's unit when applying
 * @param unitName that unit's name
 * @param currentLevel the title held when applying
 * @param targetLevel the title applied for
 * @param state where it stands
 * @param bySchool submitted by the school rather than by the teacher
 * @param eligible the eligibility rule's outcome at submission or review
 * @param overrideNote the officer's recorded reason when qualifying against the rule
 * @param yesVotes yes votes once tallied
 * @param presentVotes members present (votes cast) once tallied
 * @param resultOn date of the result after the public notice
 * @param appointedOn date of the appointment
 * @param submittedBy who submitted it
 * @param materials the checklist
 * @param votes the votes recorded
 * @param objections objections during the public notice
 * @param history its steps
 */
@Schema(name = "TitleApplicationView")
public record ApplicationView(long id, long roundId, int year, long staffId, String staffName, long unitId,
		String unitName, TitleLevel currentLevel, TitleLevel targetLevel, ApplicationState state, boolean bySchool,
		boolean eligible, String overrideNote, Integer yesVotes, Integer presentVotes, LocalDate resultOn,
		LocalDate appointedOn, String submittedBy, List<Material> materials, List<Vote> votes,
		List<ObjectionView> objections, List<StepView> history) {

	/**
	 * A checklist item: whether the target level requires it and whether it was provided.
	 */
	public record Material(TitleMaterial item, boolean required, boolean provided) {
	}

	/** One recorded vote. */
	public record Vote(long memberId, String memberName, VoteChoice choice) {
	}

}
