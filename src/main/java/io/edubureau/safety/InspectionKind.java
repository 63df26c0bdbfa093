package io.edubureau.safety;

import java.util.List;

/**
 * What an inspection looks at, each with its checklist template (item codes; labels are
 * {@code safety.item.<code>} in the messages).
 */
enum InspectionKind {

	FIRE("fire.extinguishers", "fire.exits", "fire.alarm", "fire.wiring"),

	BUILDING("building.structure", "building.railings", "building.roof", "building.appraisal"),

	FOOD("food.licence", "food.healthCertificates", "food.samples", "food.storage"),

	TRAFFIC("traffic.schoolBus", "traffic.drivers", "traffic.crossing"),

	WATER("water.signs", "water.patrol", "water.education"),

	CAMPUS_SECURITY("security.guards", "security.gate", "security.cameras", "security.equipment");

	private final List<String> items;

	InspectionKind(String... items) {
		this.items = List.of(items);
	}

	/** The checklist items of this kind, in the order they are inspected. */
	public List<String> items() {
		return items;
	}

}
