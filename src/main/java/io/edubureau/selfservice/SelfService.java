package io.edubureau.selfservice;

import java.util.List;

import io.edubureau.staff.SelfServiceForm;
import io.edubureau.staff.StaffView;

/**
 * A teacher's self-service view of their own file.
 *
 * @param person the file as it stands
 * @param form the values to edit: the open request's proposal, else the file's
 * @param missing fields the completeness check still wants
 * @param open the request under way, or {@code null}
 * @param requests every request, newest first
 */
public record SelfService(StaffView person, SelfServiceForm form, List<String> missing, ChangeRequestView open,
		List<ChangeRequestView> requests) {
}
