package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit a person was transferred away from may still read: the events up to the
 * transfer and where the person went.
 */
public record StaffTrace(long id, String name, long fromUnitId, String fromUnitName, long toUnitId, String toUnitCode,
		String toUnitName, LocalDate transferredOn, List<StaffEventView> history) {
}
