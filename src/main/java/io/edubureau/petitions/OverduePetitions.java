package io.edubureau.petitions;

import java.util.List;

/**
 * The overdue petitions of a scope: how many, and the first few, oldest deadline first.
 */
record OverduePetitions(long total, List<PetitionView> first) {
}
