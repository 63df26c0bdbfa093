package io.edubureau.selfservice;

import java.time.Instant;
import java.util.List;

import io.edubureau.audit.Change;
import io.edubureau.staff.SelfServiceForm;

/**
 * A change request with the fields it changes (file value before, proposed value after).
 *
 * @param id the request
 * @param staffId whose file
 * @param staffName their name
 * @param status where it stands
 * @param diff the fields whose proposed values differ from the file
 * @param proposal the proposed values
 * @param steps its history
 * @param updatedAt when it last moved
 */
public record ChangeRequestView(long id, long staffId, String staffName, ChangeStatus status, List<Change> diff,
		SelfServiceForm proposal, List<ChangeStepView> steps, Instant updatedAt) {
}
