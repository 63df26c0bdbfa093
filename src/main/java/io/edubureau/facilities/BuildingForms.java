package io.edubureau.facilities;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the building pages and the API send. */
final class BuildingForms {

	private BuildingForms() {
	}

	/**
	 * A building to record: the school (in scope), name, use, floors (1–50), floor area
	 * in m² (1–1,000,000), year built (1900 to this year) and structure.
	 */
	record NewBuilding(Long unitId, String name, BuildingUse use, Integer floors, Integer floorArea, Integer yearBuilt,
			BuildingStructure structure) {
	}

	/**
	 * A safety appraisal: grade A–D on a day (not in the future, not before the last
	 * one).
	 */
	record Appraisal(AppraisalGrade grade, LocalDate appraisedOn, String note) {
	}

	/** The remedy plan of a C/D building: reinforcement or demolition by a deadline. */
	@Schema(name = "BuildingRemedyPlan")
	record Plan(BuildingRemedy remedy, LocalDate deadline, String note) {
	}

	/** A status change: in use ↔ out of use, or demolished (final), on a day. */
	@Schema(name = "BuildingStatusChange")
	record StatusChange(BuildingStatus status, LocalDate on, String note) {
	}

}
