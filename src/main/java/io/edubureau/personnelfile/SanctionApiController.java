package io.edubureau.personnelfile;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sanctions (处分) in the personnel file: the bureau decides, schools and inspectors read
 * within their scope.
 */
@RestController
@RequestMapping("/api/v1/staff/{id}")
@Tag(name = "Sanctions", description = "Sanctions and other handling of ethics violations")
class SanctionApiController {

	private final PersonnelFileManagement file;

	SanctionApiController(PersonnelFileManagement file) {
		this.file = file;
	}

	/** A revocation as entered. */
	record Revocation(LocalDate revokedOn, String note) {
	}

	@GetMapping("/sanctions")
	@PreAuthorize("hasAuthority('staff:sanction:read')")
	@Operation(summary = "A person's sanctions and other handling, revoked ones included, oldest first")
	List<SanctionRecord> list(DataScope scope, @PathVariable long id) {
		return file.sanctions(scope, id);
	}

	@PostMapping("/sanctions")
	@PreAuthorize("hasAuthority('staff:sanction:decide')")
	@Operation(summary = "Record a sanction; its period is computed from the kind (警告 6, 记过 12, 降低岗位等级/撤职 24 months)")
	ResponseEntity<SanctionRecord> record(DataScope scope, @PathVariable long id, @RequestBody SanctionForm form) {
		SanctionRecord created = file.recordSanction(scope, id, form);
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/sanctions/" + created.id())).body(created);
	}

	@PostMapping("/sanctions/{sanctionId}/revoke")
	@PreAuthorize("hasAuthority('staff:sanction:decide')")
	@Operation(summary = "Revoke a sanction (撤销处分) from a date with a note; it stays in the file")
	SanctionRecord revoke(DataScope scope, @PathVariable long id, @PathVariable long sanctionId,
			@RequestBody Revocation body) {
		return file.revokeSanction(scope, id, sanctionId, body.revokedOn(), body.note());
	}

}
