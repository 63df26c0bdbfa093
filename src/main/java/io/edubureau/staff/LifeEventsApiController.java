package io.edubureau.staff;

import java.util.List;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A former unit's trace, secondment and long leave through the API (transfer requests are
 * the {@code transfers} module's, duplicates and their merge {@code personnelfile}'s).
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff life events", description = "Trace, periods, duplicates")
class LifeEventsApiController {

	private final StaffManagement staff;

	LifeEventsApiController(StaffManagement staff) {
		this.staff = staff;
	}

	@GetMapping("/{id}/trace")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "The read-only trace a former unit keeps of a person transferred away")
	StaffTrace trace(DataScope scope, @PathVariable long id) {
		return staff.trace(scope, id);
	}

	@PostMapping("/{id}/periods")
	@PreAuthorize("hasAuthority('staff:person:update')")
	@Operation(summary = "Record a secondment or long leave; returns the person's history")
	ResponseEntity<List<StaffEventView>> period(DataScope scope, @PathVariable long id, @RequestBody PeriodForm form) {
		return ResponseEntity.status(201).body(staff.recordPeriod(scope, id, form));
	}

}
