package io.edubureau.transfers;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

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

	/**
	 * The transfer request form of the transfers page: the person is picked from those
	 * the reader's scope holds (or comes preselected from their page's 办理 menu).
	 */
	@GetMapping("/staff/transfers/new")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String newRequest(DataScope scope, @RequestParam(required = false) Long staffId, Model model) {
		StaffView person = null;
		if (staffId != null) {
			try {
				person = staff.get(scope, staffId);
			}
			catch (NotFound ex) {
				// A person outside the scope is simply not preselected.
			}
		}
		return requestForm(model, person, null, null, null, null);
	}

	@PostMapping("/staff/transfers/new")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String createRequest(DataScope scope, @RequestParam(required = false) String staffId,
			@RequestParam(required = false) String toUnitCode, @RequestParam(required = false) String transferOn,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		StaffView person = null;
		try {
			Long id = personId(staffId);
			person = id == null ? null : staff.get(scope, id);
			TransferRequestView created = transfers.request(scope, new TransferRequestForm(id,
					person == null ? toUnitCode : unitCode(scope, person.id(), toUnitCode), date(transferOn), reason));
			redirect.addFlashAttribute("notice", "transfer.requested");
			return "redirect:/staff/transfers/" + created.id();
		}
		catch (NotFound ex) {
			// The same answer for an unknown id and one outside the scope.
			return requestForm(model, null, toUnitCode, transferOn, reason,
					List.of(new Rejection.Problem("staffId", "transfer.person.unknown")));
		}
		catch (Rejection ex) {
			return requestForm(model, person, toUnitCode, transferOn, reason, ex.problems());
		}
	}

	/** The person picker's options: active people of the reader's scope by name. */
	@GetMapping("/staff/transfers/people")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String people(DataScope scope, @RequestParam(required = false) String person,
			@RequestParam(required = false) String staffId, Model model) {
		String name = person == null || person.isBlank() ? null : person.strip();
		// The person already picked stays picked when the list is found again.
		model.addAttribute("picked", staffId == null ? "" : staffId.strip());
		model.addAttribute("people",
				name != null && name.length() > 50 ? List.of()
						: staff
							.search(scope,
									new StaffFilter(name, null, null, null, null, null, null, StaffStatus.ACTIVE, null,
											null),
									PageRequest.of(0, PICKED, Sort.by("name", "id")))
							.getContent());
		return "transfers/panel :: people";
	}

	/** The destination picker's options for the person picked on the transfers page. */
	@GetMapping("/staff/transfers/destinations")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String pickedDestinations(DataScope scope, @RequestParam(required = false) String staffId,
			@RequestParam(required = false) String toUnitCode, Model model) {
		Long id;
		try {
			id = personId(staffId);
		}
		catch (Rejection ex) {
			id = null;
		}
		model.addAttribute("destinations", id == null ? List.of() : transfers.destinations(scope, id, toUnitCode));
		return "transfers/panel :: destinations";
	}

	// The picker lists at most this many people; typing more of the name narrows it.
	private static final int PICKED = 30;

	private static Long personId(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(typed.strip());
		}
		catch (NumberFormatException ex) {
			throw new Rejection("staffId", "transfer.person.unknown");
		}
	}

	private static LocalDate date(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new Rejection("transferOn", "transfer.transferOn.invalid", typed.strip());
		}
	}

	// The form keeps what was typed when it is refused.
	private static String requestForm(Model model, StaffView person, String toUnitCode, String transferOn,
			String reason, List<Rejection.Problem> problems) {
		model.addAttribute("person", person);
		model.addAttribute("toUnitCode", toUnitCode);
		model.addAttribute("transferOn", transferOn);
		model.addAttribute("reason", reason);
		model.addAttribute("problems", problems);
		return "transfers/new";
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
