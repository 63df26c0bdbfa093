package io.edubureau.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Extension point: a module that keeps the roster of principals (the cadres module) tells
 * the registry who currently holds the principal's post of each unit, so the registry
 * shows the roster instead of its free-text field without depending on that module.
 */
public interface UnitPrincipals {

	/**
	 * The current principal of each of the units that has one on the roster; units
	 * without a roster entry are left out.
	 */
	Map<Long, Principal> principals(Collection<Long> unitIds);

	/** A unit's principal as the roster has them: the person and since when. */
	record Principal(long unitId, long staffId, String name, LocalDate since) {
	}

}
