package io.edubureau.transfers;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for transfer requests: the request card on the person's page (loaded there with
 * htmx), the bureau's queue, one request with its history.
 */
@Controller
class TransfersPageController {

	private final TransfersManagement transfers;

	private final StaffManagement staff;

	TransfersPageController(TransfersManagement transfers, StaffManagement staff) {
		this.transfers = transfers;
		this.staff = staff;
	}

	/** The request card and the person's requests on their page. */
	@GetMapping("/staff/{id}/transfer-panel")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String panel(DataScope scope, @PathVariable long id, Model model) {
		StaffView person = staff.get(scope, id);
		model.addAttribute("personId", id);
		model.addAttribute("status", person.status());
		model.addAttribute("transferRequests", transfers.ofPerson(scope, id));
		return "transfers/panel :: panel";
	}

	/**
	 * The destination picker's options: units of the county matching what was typed.
	 */
	@GetMapping("/staff/{id}/transfer-destinations")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String destinations(DataScope scope, @PathVariable long id, @RequestParam(required = false) String toUnitCode,
			Model model) {
		model.addAttribute("destinations", transfers.destinations(scope, id, toUnitCode));
		return "transfers/panel :: destinations";
	}

	@PostMapping("/staff/{id}/transfer-request")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String request(DataScope scope, @PathVariable long id, @RequestParam(required = false) String toUnitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FlashRedirect.toResult(redirect, "transfer.requested",
				() -> transfers.request(scope,
						new TransferRequestForm(id, unitCode(scope, id, toUnitCode), transferOn, reason)),
				r -> "/staff/transfers/" + r.id(), "/staff/" + id);
	}

	// A unit typed by its full name instead of picked from the list is taken by that
	// name.
	private String unitCode(DataScope scope, long id, String typed) {
		if (typed == null || typed.isBlank() || typed.strip().matches("\\d+")) {
			return typed;
		}
		List<UnitView> named = transfers.destinations(scope, id, typed)
			.stream()
			.filter(u -> u.name().equals(typed.strip()))
			.toList();
		return named.size() == 1 ? named.get(0).code() : typed;
	}

	@GetMapping("/staff/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	String queue(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("queue", transfers.queue(scope, page, 50));
		return "transfers/queue";
	}

	@GetMapping("/staff/transfers/{id}")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String show(DataScope scope, @PathVariable long id, Principal principal, Model model) {
		TransferRequestView request = transfers.view(scope, id);
		model.addAttribute("request", request);
		model.addAttribute("mayWithdraw", request.requestedBy().equals(principal.getName()));
		return "transfers/request";
	}

	@PostMapping("/staff/transfers/{id}/approve")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "transfer.approved", () -> transfers.approve(scope, id, comment));
	}

	@PostMapping("/staff/transfers/{id}/reject")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	String reject(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "transfer.rejected", () -> transfers.reject(scope, id, comment));
	}

	@PostMapping("/staff/transfers/{id}/withdraw")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String withdraw(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "transfer.withdrawn", () -> transfers.withdraw(scope, id, comment));
	}

	private static String decide(long id, RedirectAttributes redirect, String notice, Runnable decision) {
		return FlashRedirect.after(redirect, notice, "/staff/transfers/" + id, decision);
	}

}
