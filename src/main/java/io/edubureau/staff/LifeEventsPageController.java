package io.edubureau.staff;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;

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
 * Pages for transfer requests (request on the person's page, the bureau's queue, one
 * request with its history), secondment and long leave, and duplicates.
 */
@Controller
class LifeEventsPageController {

	private final StaffManagement staff;

	LifeEventsPageController(StaffManagement staff) {
		this.staff = staff;
	}

	@PostMapping("/staff/{id}/transfer-request")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String request(DataScope scope, @PathVariable long id, @RequestParam(required = false) String toUnitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transferOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return FlashRedirect.toResult(redirect, "transfer.requested",
				() -> staff.requestTransfer(scope, new TransferRequestForm(id, toUnitCode, transferOn, reason)),
				r -> "/staff/transfers/" + r.id(), "/staff/" + id);
	}

	@GetMapping("/staff/transfers")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	String queue(DataScope scope, Model model) {
		model.addAttribute("queue", staff.transferQueue(scope));
		return "staff/transfers";
	}

	@GetMapping("/staff/transfers/{id}")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String show(DataScope scope, @PathVariable long id, Principal principal, Model model) {
		TransferRequestView request = staff.transferRequest(scope, id);
		model.addAttribute("request", request);
		model.addAttribute("mayWithdraw", request.requestedBy().equals(principal.getName()));
		return "staff/transfer";
	}

	@PostMapping("/staff/transfers/{id}/approve")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	String approve(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "transfer.approved", () -> staff.approveTransfer(scope, id, comment));
	}

	@PostMapping("/staff/transfers/{id}/reject")
	@PreAuthorize("hasAuthority('staff:transfer:approve')")
	String reject(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "transfer.rejected", () -> staff.rejectTransfer(scope, id, comment));
	}

	@PostMapping("/staff/transfers/{id}/withdraw")
	@PreAuthorize("hasAuthority('staff:transfer:request')")
	String withdraw(DataScope scope, @PathVariable long id, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return decide(id, redirect, "transfer.withdrawn", () -> staff.withdrawTransfer(scope, id, comment));
	}

	private static String decide(long id, RedirectAttributes redirect, String notice, Runnable decision) {
		return FlashRedirect.after(redirect, notice, "/staff/transfers/" + id, decision);
	}

	@PostMapping("/staff/{id}/periods")
	@PreAuthorize("hasAuthority('staff:person:update')")
	String period(DataScope scope, @PathVariable long id, @RequestParam(required = false) StaffEventKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "period.recorded", "/staff/" + id,
				() -> staff.recordPeriod(scope, id, new PeriodForm(kind, from, until, note)));
	}

	@GetMapping("/staff/duplicates")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	String duplicates(DataScope scope, Model model) {
		boolean reveal = StaffApiController.revealsSensitive();
		List<DuplicateGroup> groups = staff.duplicates(scope);
		model.addAttribute("groups",
				reveal ? groups : groups.stream()
					.map(g -> new DuplicateGroup(g.name(), null, g.records().stream().map(StaffView::masked).toList()))
					.toList());
		return "staff/duplicates";
	}

	@PostMapping("/staff/duplicates/merge")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	String merge(DataScope scope, @RequestParam(required = false) Long survivorId,
			@RequestParam(required = false) Long mergedId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return FlashRedirect.toResult(redirect, "duplicate.done",
				() -> staff.merge(scope, new MergeForm(survivorId, mergedId, note)),
				survivor -> "/staff/" + survivor.id(), "/staff/duplicates");
	}

}
