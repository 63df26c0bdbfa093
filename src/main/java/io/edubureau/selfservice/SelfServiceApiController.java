package io.edubureau.selfservice;

import io.edubureau.org.DataScope;
import io.edubureau.staff.SelfServiceForm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Self-service through the API: a teacher's own changes, and their review. */
@RestController
@Tag(name = "Self-service", description = "Teachers' own file changes and their review")
class SelfServiceApiController {

	private final SelfServiceManagement selfService;

	SelfServiceApiController(SelfServiceManagement selfService) {
		this.selfService = selfService;
	}

	@GetMapping("/api/v1/me")
	@PreAuthorize("hasAuthority('staff:self:edit')")
	@Operation(summary = "The signed-in teacher's file, open request and completeness check")
	SelfService selfService(DataScope scope) {
		return selfService.selfService(scope);
	}

	@PostMapping("/api/v1/me/changes")
	@PreAuthorize("hasAuthority('staff:self:edit')")
	@Operation(summary = "Submit (or resubmit) changes to the signed-in teacher's own file")
	ResponseEntity<ChangeRequestView> submitApi(DataScope scope, @RequestBody SelfServiceForm form) {
		return ResponseEntity.status(201).body(selfService.submitChange(scope, form));
	}

	@GetMapping("/api/v1/staff/changes")
	@PreAuthorize("hasAuthority('staff:change:review')")
	@Operation(summary = "Change requests waiting for review in the caller's scope, oldest first",
			description = "Submitted from a unit in the caller's scope; page (from 0), size (1–200).")
	PagedModel<ChangeRequestView> queueApi(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(selfService.changeQueue(scope, page, size));
	}

	@PostMapping("/api/v1/staff/changes/{id}/approve")
	@PreAuthorize("hasAuthority('staff:change:review')")
	@Operation(summary = "Approve a change request into the file")
	ChangeRequestView approveApi(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return selfService.approveChange(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/api/v1/staff/changes/{id}/return")
	@PreAuthorize("hasAuthority('staff:change:review')")
	@Operation(summary = "Return a change request with a comment")
	ChangeRequestView returnChangeRequest(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) Decision d) {
		return selfService.returnChange(scope, id, Decision.commentOf(d));
	}

}
