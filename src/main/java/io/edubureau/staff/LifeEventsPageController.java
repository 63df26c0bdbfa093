package io.edubureau.staff;

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
 * Pages for secondment and long leave, and duplicates (transfer requests are the
 * {@code transfers} module's).
 */
@Controller
class LifeEventsPageController {

	private final StaffManagement staff;

	LifeEventsPageController(StaffManagement staff) {
		this.staff = staff;
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
