package io.edubureau.establishment;

import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Establishment through the API. */
@RestController
@Tag(name = "Establishment", description = "Approved, required and actual establishment (编制)")
class EstablishmentApiController {

	private final EstablishmentManagement establishment;

	EstablishmentApiController(EstablishmentManagement establishment) {
		this.establishment = establishment;
	}

	@GetMapping("/api/v1/establishment")
	@PreAuthorize("hasAuthority('establishment:overview:read')")
	@Operation(summary = "Approved, required and actual establishment of every unit in scope, with totals")
	EstablishmentOverview overview(DataScope scope, @RequestParam(required = false) Integer year) {
		if (year != null && (year < 1949 || year > 2100)) {
			throw Rejection.malformed("year", "establishment.year.range");
		}
		return establishment.overview(scope, year);
	}

	@PutMapping("/api/v1/establishment/{unitId}/approved")
	@PreAuthorize("hasAuthority('establishment:approved:update')")
	@Operation(summary = "Record an approval of a unit's posts by post category, effective from a day",
			description = "Body: posts by post category (PROFESSIONAL, MANAGEMENT, SUPPORT: 0 to 100000), "
					+ "optional effectiveFrom (YYYY-MM-DD, today when omitted; from 1949-10-01 and the unit's "
					+ "founding to one year ahead) and documentRef (the approving document, up to 200 characters). "
					+ "Every approval is a new dated record; earlier ones are kept. Answers the unit's approved "
					+ "posts in force on the effective day.")
	Map<String, Integer> approveApi(DataScope scope, @PathVariable long unitId, @RequestBody Map<String, String> body) {
		return establishment.approve(scope, unitId, EstablishmentController.posts(body),
				EstablishmentController.effectiveFrom(body.get("effectiveFrom")), body.get("documentRef"));
	}

	@GetMapping("/api/v1/establishment/{unitId}/approvals")
	@PreAuthorize("hasAuthority('establishment:overview:read')")
	@Operation(summary = "A unit's approval history, the latest effective first",
			description = "Each record: effectiveFrom (null for approvals on record before approvals were dated, "
					+ "in force from the beginning), posts by post category, documentRef, recordedBy, recordedAt.")
	List<ApprovalRecord> approvals(DataScope scope, @PathVariable long unitId) {
		return establishment.history(scope, unitId);
	}

}
