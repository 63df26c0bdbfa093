package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public operating funds per pupil (生均公用经费) through the API. */
@RestController
@RequestMapping("/api/v1/facilities/funds")
@Tag(name = "Facilities", description = "Construction projects (基建项目), payments, equipment and library inventories")
class FundsApiController {

	private final OperatingFunds funds;

	FundsApiController(OperatingFunds funds) {
		this.funds = funds;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('facilities:record:read')")
	@Operation(summary = "Each unit's public operating funds of a year (this year by default), by unit name",
			description = "Per funded stage (primary, junior) the pupils of the school year running on 1 January "
					+ "times the per-pupil standard in force that day (local parameters, fen); allocated, disbursed "
					+ "and balance in fen, with the reasons. page (from 0), size (1–200).")
	PagedModel<FundAllocation> allocations(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		PageRequest request = Paging.request(page, size, BuildingRegister.MAX_PAGE_SIZE);
		List<FundAllocation> all = funds.allocations(scope, year == null ? LocalDate.now().getYear() : year);
		int from = (int) Math.min(all.size(), request.getOffset());
		int to = Math.min(all.size(), from + request.getPageSize());
		return new PagedModel<>(new PageImpl<>(all.subList(from, to), request, all.size()));
	}

	@PostMapping("/disbursements")
	@PreAuthorize("hasAuthority('facilities:project:manage')")
	@Operation(summary = "Record public operating funds paid out to a school for a year",
			description = "Body: unitId, year, paidOn (from 1 January of the year to today), amountFen (above zero, "
					+ "not beyond what is left of the year's allocation), note. Answers the school's allocation.")
	FundAllocation disburse(DataScope scope, @RequestBody(required = false) OperatingFunds.DisbursementForm form) {
		return funds.disburse(scope, form);
	}

}
