package io.edubureau.personnelfile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.staff.CertificateStatus;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.FileEntryView;
import io.edubureau.staff.StaffManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personnel file's categories through the API, and a certificate's standing (the
 * materials are the {@code personnelfile} module's). Writing needs
 * {@code staff:file:update}, or {@code staff:appraisal:update} for appraisals; the
 * service checks which one the category needs. The entries are still staff's tables,
 * written and read through {@link StaffManagement}.
 */
// The operation ids it had as staff's PersonnelFileApiController, kept for API clients.
@RestController
@RequestMapping("/api/v1/staff/{id}")
@Tag(name = "Personnel file",
		description = "Education, work history, posts, titles, appraisals, certificates (and their standing), honours")
class FileEntriesApiController {

	private final StaffManagement staff;

	private final FileReads reads;

	FileEntriesApiController(StaffManagement staff, FileReads reads) {
		this.staff = staff;
		this.reads = reads;
	}

	/** A certificate's new standing as entered. */
	@Schema(name = "StaffStatusChange")
	record StatusChange(CertificateStatus status, LocalDate on, String note) {
	}

	@GetMapping("/{category}")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(operationId = "listPersonnelFile", summary = "A category's entries, archived included")
	List<FileEntryView> list(DataScope scope, @PathVariable long id, @Parameter(
			description = "education, work-history, posts, titles, appraisals, certificates, honours") @PathVariable String category) {
		List<FileEntryView> entries = staff.fileEntries(scope, id, category(category));
		reads.entries(id, category + " (API)");
		return entries;
	}

	@PostMapping("/{category}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	@Operation(operationId = "addPersonnelFile", summary = "Add an entry to a category")
	ResponseEntity<FileEntryView> add(DataScope scope, @PathVariable long id, @PathVariable String category,
			@RequestBody Map<String, Object> values) {
		FileEntryView created = staff.addFileEntry(scope, id, category(category), values);
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/" + category + "/" + created.id()))
			.body(created);
	}

	@PutMapping("/{category}/{entryId}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	@Operation(operationId = "updatePersonnelFile", summary = "Edit an entry that is not archived")
	FileEntryView update(DataScope scope, @PathVariable long id, @PathVariable String category,
			@PathVariable long entryId, @RequestBody Map<String, Object> values) {
		return staff.updateFileEntry(scope, id, category(category), entryId, values);
	}

	@PostMapping("/{category}/{entryId}/archive")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	@Operation(operationId = "archivePersonnelFile", summary = "Archive an entry (it stays in the file)")
	FileEntryView archive(DataScope scope, @PathVariable long id, @PathVariable String category,
			@PathVariable long entryId) {
		return staff.archiveFileEntry(scope, id, category(category), entryId);
	}

	static FileCategory category(String path) {
		FileCategory category = FileCategory.ofPath(path);
		if (category == null) {
			throw new NotFound("category " + path);
		}
		return category;
	}

	@PostMapping("/certificates/{entryId}/status")
	@PreAuthorize("hasAuthority('staff:certificate:status')")
	@Operation(summary = "Record that a qualification certificate is revoked (撤销) or lost (丧失), or valid again")
	FileEntryView certificateStatus(DataScope scope, @PathVariable long id, @PathVariable long entryId,
			@RequestBody StatusChange body) {
		return staff.certificateStatus(scope, id, entryId, body.status(), body.on(), body.note());
	}

}
