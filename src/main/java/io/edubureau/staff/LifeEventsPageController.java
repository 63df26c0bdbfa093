package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for secondment and long leave (transfer requests are the {@code transfers}
 * module's, duplicates and their merge {@code personnelfile}'s).
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

}
