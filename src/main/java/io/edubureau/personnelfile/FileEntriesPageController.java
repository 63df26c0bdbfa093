package io.edubureau.personnelfile;

import java.time.LocalDate;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.staff.CertificateStatus;
import io.edubureau.staff.StaffManagement;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personnel file's sections on a person's page: add, edit and archive entries, a
 * certificate's standing; the entries are written through {@link StaffManagement}, whose
 * tables they still are (the page itself, which lays the sections out, is staff's).
 */
@Controller
class FileEntriesPageController {

	private final StaffManagement staff;

	FileEntriesPageController(StaffManagement staff) {
		this.staff = staff;
	}

	@PostMapping("/staff/{id}/file/{category}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	String add(DataScope scope, @PathVariable long id, @PathVariable String category,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-" + category, () -> staff
			.addFileEntry(scope, id, FileEntriesApiController.category(category), params.toSingleValueMap()));
	}

	@PostMapping("/staff/{id}/file/{category}/{entryId}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	String update(DataScope scope, @PathVariable long id, @PathVariable String category, @PathVariable long entryId,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-" + category,
				() -> staff.updateFileEntry(scope, id, FileEntriesApiController.category(category), entryId,
						params.toSingleValueMap()));
	}

	@PostMapping("/staff/{id}/file/{category}/{entryId}/archive")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	String archive(DataScope scope, @PathVariable long id, @PathVariable String category, @PathVariable long entryId,
			RedirectAttributes redirect) {
		staff.archiveFileEntry(scope, id, FileEntriesApiController.category(category), entryId);
		return "redirect:/staff/" + id + "#file-" + category;
	}

	@PostMapping("/staff/{id}/file/certificates/{entryId}/status")
	@PreAuthorize("hasAuthority('staff:certificate:status')")
	String certificateStatus(DataScope scope, @PathVariable long id, @PathVariable long entryId,
			@RequestParam(required = false) CertificateStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-certificates",
				() -> staff.certificateStatus(scope, id, entryId, status, on, note));
	}

}
