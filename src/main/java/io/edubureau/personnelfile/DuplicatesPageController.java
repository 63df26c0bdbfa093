package io.edubureau.personnelfile;

import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.staff.StaffManagement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of possible duplicate records and its merge form (URLs as before the split).
 */
@Controller
class DuplicatesPageController {

	private final DuplicateMerge duplicates;

	DuplicatesPageController(DuplicateMerge duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping("/staff/duplicates")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	String duplicates(DataScope scope, Model model) {
		boolean reveal = StaffManagement.revealsSensitive();
		List<DuplicateGroup> groups = duplicates.find(scope);
		model.addAttribute("groups", reveal ? groups : groups.stream().map(DuplicateGroup::masked).toList());
		return "personnelfile/duplicates";
	}

	@PostMapping("/staff/duplicates/merge")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	String merge(DataScope scope, @RequestParam(required = false) Long survivorId,
			@RequestParam(required = false) Long mergedId, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return FlashRedirect.toResult(redirect, "duplicate.done",
				() -> duplicates.merge(scope, new MergeForm(survivorId, mergedId, note)),
				survivor -> "/staff/" + survivor.id(), "/staff/duplicates");
	}

}
