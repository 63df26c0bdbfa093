package io.edubureau.facilities;

import java.util.List;

/** The inventory check of a year for the schools in a scope, and how many meet it. */
record InventoryOverview(int year, List<InventoryCheck> schools, int meeting) {
}
