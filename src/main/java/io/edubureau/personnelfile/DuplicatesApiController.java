package io.edubureau.personnelfile;

import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Possible duplicate records and their merge through the API (paths as before the split).
 */
@RestController
@RequestMapping("/api/v1/staff/duplicates")
// The tag as before the split, so the API description and its clients stay the same.
@Tag(name = "Staff life events", description = "Trace, periods, duplicates")
class DuplicatesApiController {

	private final DuplicateMerge duplicates;

	DuplicatesApiController(DuplicateMerge duplicates) {
		this.duplicates = duplicates;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	@Operation(summary = "Possible duplicates: records sharing name and birth date in the caller's scope",
			description = "One page of groups, the earliest birth date first; page (from 0), size (1–200 groups).")
	PagedModel<DuplicateGroup> duplicates(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		boolean reveal = StaffManagement.revealsSensitive();
		return new PagedModel<>(duplicates.find(scope, page, size).map(g -> reveal ? g : g.masked()));
	}

	@PostMapping("/merge")
	@PreAuthorize("hasAuthority('staff:duplicate:merge')")
	@Operation(summary = "Merge a duplicate into the surviving record; nothing is deleted")
	StaffView merge(DataScope scope, @RequestBody MergeForm form) {
		return duplicates.merge(scope, form);
	}

}
