package io.edubureau.retirement;

import java.net.URI;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffManagement;
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
 * Retirement proposals (school proposes, bureau approves or returns), death records and
 * survivor benefits through the API; survivors' identity numbers and phones masked unless
 * the caller may see them.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff retirement and death", description = "Retirement proposals, death, survivor benefits")
class RetirementApiController {

	private final RetirementManagement retirements;

	RetirementApiController(RetirementManagement retirements) {
		this.retirements = retirements;
	}

	@PostMapping("/retirements/proposals")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	@Operation(summary = "Propose a retirement of a person in scope; 422 with the allowed months when the date "
			+ "lies outside the flexible window or the contribution is short")
	ResponseEntity<RetirementRequestView> propose(DataScope scope, @RequestBody RetirementProposalForm form) {
		RetirementRequestView created = retirements.proposeRetirement(scope, form);
		return ResponseEntity.created(URI.create("/api/v1/staff/retirements/proposals/" + created.id())).body(created);
	}

	@GetMapping("/retirements/queue")
	@PreAuthorize("hasAuthority('staff:retirement:approve')")
	@Operation(summary = "Retirement proposals waiting for the bureau in the caller's scope, oldest first",
			description = "page (from 0), size (1–200).")
	PagedModel<RetirementRequestView> queue(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(retirements.retirementQueue(scope, page, size));
	}

	@GetMapping("/retirements/proposals/{id}")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	@Operation(summary = "One retirement proposal with its reasons and history")
	RetirementRequestView get(DataScope scope, @PathVariable long id) {
		return retirements.retirementRequest(scope, id);
	}

	@PostMapping("/retirements/proposals/{id}/approve")
	@PreAuthorize("hasAuthority('staff:retirement:approve')")
	@Operation(summary = "Approve: the date is recorded; the person becomes RETIRED on it (at once when it has come)")
	RetirementRequestView approve(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return retirements.approveRetirement(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/retirements/proposals/{id}/return")
	@PreAuthorize("hasAuthority('staff:retirement:approve')")
	@Operation(summary = "Return to the school with a comment")
	RetirementRequestView returnIt(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return retirements.returnRetirement(scope, id, Decision.commentOf(d));
	}

	@PostMapping("/retirements/proposals/{id}/repropose")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	@Operation(summary = "Propose again after a return (date, contribution, note)")
	RetirementRequestView repropose(DataScope scope, @PathVariable long id, @RequestBody RetirementProposalForm form) {
		return retirements.reproposeRetirement(scope, id, form);
	}

	@PostMapping("/retirements/proposals/{id}/withdraw")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	@Operation(summary = "Withdraw an open proposal")
	RetirementRequestView withdraw(DataScope scope, @PathVariable long id, @RequestBody(required = false) Decision d) {
		return retirements.withdrawRetirement(scope, id, Decision.commentOf(d));
	}

	@GetMapping("/{id}/retirements")
	@PreAuthorize("hasAuthority('staff:retirement:propose')")
	@Operation(summary = "A person's retirement proposals, newest first")
	List<RetirementRequestView> ofPerson(DataScope scope, @PathVariable long id) {
		return retirements.retirementRequests(scope, id);
	}

	@PostMapping("/{id}/death")
	@PreAuthorize("hasAuthority('staff:person:end')")
	@Operation(summary = "Record a death (status DECEASED), optionally with one survivor's benefits")
	ResponseEntity<DeathView> death(DataScope scope, @PathVariable long id, @RequestBody DeathForm form) {
		DeathView recorded = retirements.recordDeath(scope, id, form);
		return ResponseEntity.status(201).body(StaffManagement.revealsSensitive() ? recorded : recorded.masked());
	}

	@GetMapping("/{id}/death")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "The death record and survivor benefits (death null when none)")
	DeathView readDeath(DataScope scope, @PathVariable long id) {
		DeathView v = retirements.death(scope, id);
		return StaffManagement.revealsSensitive() ? v : v.masked();
	}

	@PostMapping("/{id}/survivor-benefits")
	@PreAuthorize("hasAuthority('staff:person:end')")
	@Operation(summary = "Add the benefits decided for one survivor of a deceased person")
	ResponseEntity<SurvivorBenefitView> benefit(DataScope scope, @PathVariable long id,
			@RequestBody SurvivorBenefitForm form) {
		SurvivorBenefitView b = retirements.addSurvivorBenefit(scope, id, form);
		return ResponseEntity.status(201).body(StaffManagement.revealsSensitive() ? b : b.masked());
	}

}
