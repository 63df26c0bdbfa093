package io.edubureau.staff;

import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Transfer requests, a former unit's trace, secondment and long leave, and duplicate
 * merge through the API.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff life events", description = "Transfer requests, periods, duplicates")
class LifeEventsApiController {

	private final StaffManagement staff;

	LifeEventsApiController(StaffManagement staff) {
		this.staff = staff;
	}

	@PostMapping("/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "Request a transfer of a person in the caller's scope to another unit")
	ResponseEntity<TransferRequestView> request(DataScope scope, @RequestBody TransferRequestForm form) {
		TransferRequestView created = staff.requestTransfer(scope, form);
		return ResponseEntity.created(URI.create("/api/v1/staff/transfers/" + created.id())).body(created);
	}

	@GetMapping("/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	@Operation(summary = "Open transfer requests the caller may decide, oldest first")
	List<TransferRequestView> queue(DataScope scope) {
		return staff.transferQueue(scope);
	}

	@GetMapping("/transfers/by-id")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "One transfer request with its history")
	TransferRequestView getTransfer(DataScope scope, @RequestParam long id) {
		return staff.transferRequest(scope, id);
	}

	// The path form /transfers/{id} clashed with /{id}/… in the document; kept one
	// release
	// (docs/api.md).
	@GetMapping("/transfers/{id}")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@io.swagger.v3.oas.annotations.Hidden
	TransferRequestView get(DataScope scope, @PathVariable long id) {
		return staff.transferRequest(scope, id);
	}

	@PostMapping("/transfers/{id}/approve")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	@Operation(summary = "Approve: the person moves with all their history")
	TransferRequestView approve(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return staff.approveTransfer(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/transfers/{id}/reject")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	@Operation(summary = "Reject, with a comment")
	TransferRequestView reject(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return staff.rejectTransfer(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/transfers/{id}/withdraw")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "Withdraw an open request")
	TransferRequestView withdraw(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return staff.withdrawTransfer(scope, id, Decision.commentOf(d));
	}

	@GetMapping("/{id}/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "A person's transfer requests, newest first")
	List<TransferRequestView> ofPerson(DataScope scope, @PathVariable long id) {
		return staff.transferRequests(scope, id);
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

	@GetMapping("/duplicates")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	@Operation(summary = "Possible duplicates: records sharing name and birth date in the caller's scope")
	List<DuplicateGroup> duplicates(DataScope scope) {
		boolean reveal = StaffApiController.revealsSensitive();
		return staff.duplicates(scope)
			.stream()
			.map(g -> reveal ? g
					: new DuplicateGroup(g.name(), null, g.records().stream().map(StaffView::masked).toList()))
			.toList();
	}

	@PostMapping("/duplicates/merge")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	@Operation(summary = "Merge a duplicate into the surviving record; nothing is deleted")
	StaffView merge(DataScope scope, @RequestBody MergeForm form) {
		return staff.merge(scope, form);
	}

}
