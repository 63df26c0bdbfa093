package io.edubureau.establishment;

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
	@Operation(summary = "Set a unit's approved posts by post category")
	Map<String, Integer> approveApi(DataScope scope, @PathVariable long unitId, @RequestBody Map<String, String> body) {
		return establishment.approve(scope, unitId, EstablishmentController.posts(body));
	}

}
