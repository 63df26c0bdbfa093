package io.edubureau.personnelfile;

import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The personnel file's special audit through the API, at the paths, operation ids and tag
 * it had in staff: the birth date masked unless the caller may see it.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Personnel records")
class FileAuditApiController {

	private final PersonnelFileManagement file;

	FileAuditApiController(PersonnelFileManagement file) {
		this.file = file;
	}

	@GetMapping("/{id}/file-audit")
	@PreAuthorize("hasAuthority('staff:fileaudit:read')")
	@Operation(operationId = "fileAudit",
			summary = "The file audit of one person: automatic findings and signed conclusions")
	Map<String, Object> fileAudit(DataScope scope, @PathVariable long id) {
		if (StaffManagement.revealsSensitive()) {
			return Map.of("discrepancies", file.fileChecks(scope, id), "conclusions",
					file.fileAuditConclusions(scope, id));
		}
		return Map.of("discrepancies", file.fileChecks(scope, id).stream().map(Discrepancy::masked).toList(),
				"conclusions", file.fileAuditConclusions(scope, id).stream().map(FileAuditView::masked).toList());
	}

	@PostMapping("/{id}/file-audit")
	@PreAuthorize("hasAuthority('staff:fileaudit:sign')")
	@Operation(operationId = "concludeFileAudit", summary = "Sign an auditor's conclusion on one person's file")
	ResponseEntity<FileAuditView> concludeFileAudit(DataScope scope, @PathVariable long id,
			@RequestBody FileAuditForm form) {
		return ResponseEntity.status(201).body(file.concludeFileAudit(scope, id, form));
	}

	@GetMapping("/file-audit/coverage")
	@PreAuthorize("hasAuthority('staff:fileaudit:read')")
	@Operation(operationId = "coverage", summary = "File-audit coverage per unit in the caller's scope",
			description = "Units in id order; page (from 0), size (1–200).")
	PagedModel<FileAuditCoverage> coverage(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(file.fileAuditCoverage(scope, page, size));
	}

}
