package io.edubureau.cadres;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.edubureau.org.UnitPrincipals;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the organisation registry who holds each unit's principal's post (校长) today: the
 * roster is the truth, the unit's free-text field only its fallback. Reads the
 * repositories, not {@link CadresManagement}, which itself depends on the registry.
 */
@Component
class RosterPrincipals implements UnitPrincipals {

	private final AppointmentRepository appointments;

	private final Clock clock = Clock.systemDefaultZone();

	RosterPrincipals(AppointmentRepository appointments) {
		this.appointments = appointments;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Principal> principals(Collection<Long> unitIds) {
		Map<Long, Principal> found = new HashMap<>();
		if (unitIds.isEmpty()) {
			return found;
		}
		// Latest start first: should two overlap on a day, the newer appointment names
		// the principal.
		for (Appointment a : appointments.heldOn(PostKind.PRINCIPAL, unitIds, LocalDate.now(clock))) {
			found.putIfAbsent(a.getUnitId(),
					new Principal(a.getUnitId(), a.getStaffId(), a.getStaffName(), a.getStartDate()));
		}
		return found;
	}

}
