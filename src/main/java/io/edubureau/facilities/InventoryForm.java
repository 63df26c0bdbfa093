package io.edubureau.facilities;

/**
 * A school's inventory of a year: pupils, computers for pupils, library books and the
 * value of its teaching equipment in fen.
 */
record InventoryForm(Long unitId, Integer year, Integer pupils, Integer computers, Integer books,
		Long equipmentValueFen) {
}
