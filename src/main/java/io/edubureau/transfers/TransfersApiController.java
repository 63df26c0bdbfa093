package io.edubureau.transfers;

import java.net.URI;
import java.util.List;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
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
 * Transfer requests between units through the API, under staff's paths as before the
 * split.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Transfers", description = "Transfer requests between units: the school asks, the bureau decides")
class TransfersApiController {

	private final TransfersManagement transfers;

	TransfersApiController(TransfersManagement transfers) {
		this.transfers = transfers;
	}

	/** The body of a decision: its comment (required to reject); may be left out. */
	record Decision(String comment) {

		static String commentOf(Decision d) {
			return d == null ? null : d.comment();
		}

	}

	@PostMapping("/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "Request a transfer of a person in the caller's scope to another unit")
	ResponseEntity<TransferRequestView> request(DataScope scope, @RequestBody TransferRequestForm form) {
		TransferRequestView created = transfers.request(scope, form);
		return ResponseEntity.created(URI.create("/api/v1/staff/transfers/" + created.id())).body(created);
	}

	@GetMapping("/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	@Operation(summary = "Open transfer requests the caller may decide, oldest first",
			description = "Both the unit the request was made from and the target lie in the caller's scope; "
					+ "page (from 0), size (1–200).")
	PagedModel<TransferRequestView> queue(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(transfers.queue(scope, page, size));
	}

	@GetMapping("/transfers/by-id")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "One transfer request with its history")
	TransferRequestView getTransfer(DataScope scope, @RequestParam long id) {
		return transfers.view(scope, id);
	}

	// The path form /transfers/{id} clashed with /{id}/… in the document; kept one
	// release
	// (docs/api.md).
	@GetMapping("/transfers/{id}")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@io.swagger.v3.oas.annotations.Hidden
	TransferRequestView get(DataScope scope, @PathVariable long id) {
		return transfers.view(scope, id);
	}

	@PostMapping("/transfers/{id}/approve")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	@Operation(summary = "Approve: the person moves with all their history")
	TransferRequestView approve(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return transfers.approve(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/transfers/{id}/reject")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	@Operation(summary = "Reject, with a comment")
	TransferRequestView reject(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return transfers.reject(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/transfers/{id}/withdraw")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "Withdraw an open request")
	TransferRequestView withdraw(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return transfers.withdraw(scope, id, Decision.commentOf(d));
	}

	@GetMapping("/{id}/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	@Operation(summary = "A person's transfer requests, newest first")
	List<TransferRequestView> ofPerson(DataScope scope, @PathVariable long id) {
		return transfers.ofPerson(scope, id);
	}

}
