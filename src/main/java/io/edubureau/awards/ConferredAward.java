package io.edubureau.awards;

import java.time.LocalDate;

import io.edubureau.staff.HonourLevel;

/**
 * One honour conferred: the person's nomination in a conferred round, for the figures and
 * their lineage.
 */
record ConferredAward(Long nominationId, Long staffId, String staffName, Long unitId, String roundName, AwardKind kind,
		HonourLevel level, LocalDate conferredOn, String documentNumber) {
}
