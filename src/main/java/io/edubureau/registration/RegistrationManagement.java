package io.edubureau.registration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.StaffManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's public face. Every read takes the caller's {@link DataScope};
 * a person outside it is reported as not found.
 */
@Service
public class RegistrationManagement {

	private final StaffManagement staff;

	RegistrationManagement(StaffManagement staff) {
		this.staff = staff;
	}

	/** The person's registration standing on the day, with reasons. */
	@Transactional(readOnly = true)
	public RegistrationStanding standing(DataScope scope, long staffId, LocalDate on) {
		staff.get(scope, staffId);
		return new RegistrationStanding(staffId, false, null, null, true,
				List.of(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.standing.none")));
	}

	/** Standings of many people; people outside the scope are left out. */
	public Map<Long, RegistrationStanding> standings(DataScope scope, Collection<Long> staffIds, LocalDate on) {
		Map<Long, RegistrationStanding> found = new LinkedHashMap<>();
		for (Long id : staffIds) {
			try {
				found.put(id, standing(scope, id, on));
			}
			catch (io.edubureau.platform.NotFound outside) {
				// outside the scope: not reported
			}
		}
		return found;
	}

}
