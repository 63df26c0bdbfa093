package io.edubureau.personnelfile;

import java.io.IOException;
import java.time.LocalDate;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sanctions and materials panels of a person's page (staff/detail.html loads them
 * with htmx) and their forms, which return to the person's page.
 */
@Controller
class FilePanelController {

	private final PersonnelFileManagement file;

	private final FileReads reads;

	FilePanelController(PersonnelFileManagement file, FileReads reads) {
		this.file = file;
		this.reads = reads;
	}

	@GetMapping("/staff/{id}/sanctions-panel")
	@PreAuthorize("hasAuthority('staff:sanction:read')")
	String sanctionsPanel(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("personId", id);
		model.addAttribute("sanctions", file.sanctions(scope, id));
		model.addAttribute("sanctionKinds", SanctionKind.values());
		return "personnelfile/panel :: sanctions";
	}

	@GetMapping("/staff/{id}/materials-panel")
	@PreAuthorize("hasAuthority('staff:person:read')")
	String materialsPanel(DataScope scope, @PathVariable long id, Model model) {
		var materials = file.materials(scope, id);
		model.addAttribute("personId", id);
		model.addAttribute("materials", materials);
		model.addAttribute("missingMaterials", file.missingMaterials(materials));
		model.addAttribute("materialCategories", MaterialCategory.values());
		return "personnelfile/panel :: materials";
	}

	@PostMapping("/staff/{id}/sanctions")
	@PreAuthorize("hasAuthority('staff:sanction:decide')")
	String recordSanction(DataScope scope, @PathVariable long id, @RequestParam(required = false) SanctionKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String decidedBy, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String documentNumber, @RequestParam(required = false) Integer months,
			RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-sanctions", () -> file
			.recordSanction(scope, id, new SanctionForm(kind, decidedOn, decidedBy, reason, documentNumber, months)));
	}

	@PostMapping("/staff/{id}/sanctions/{sanctionId}/revoke")
	@PreAuthorize("hasAuthority('staff:sanction:decide')")
	String revokeSanction(DataScope scope, @PathVariable long id, @PathVariable long sanctionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revokedOn,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-sanctions",
				() -> file.revokeSanction(scope, id, sanctionId, revokedOn, note));
	}

	@PostMapping("/staff/{id}/file/materials")
	@PreAuthorize("hasAuthority('staff:file:update')")
	String addMaterial(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) MaterialCategory category, @RequestParam(required = false) String title,
			@RequestParam(required = false) Integer pages, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-materials",
				() -> this.file.addMaterial(scope, id, category, title, pages,
						content == null ? null : file.getOriginalFilename(), content));
	}

	@GetMapping("/staff/{id}/file/materials/{materialId}")
	@PreAuthorize("hasAuthority('staff:person:read')")
	ResponseEntity<byte[]> download(DataScope scope, @PathVariable long id, @PathVariable long materialId) {
		MaterialFile scan = file.materialFile(scope, id, materialId);
		reads.download(id, materialId, scan.fileName());
		return PersonnelFileApiController.download(scan);
	}

	@PostMapping("/staff/{id}/file/materials/{materialId}/archive")
	@PreAuthorize("hasAuthority('staff:file:update')")
	String archiveMaterial(DataScope scope, @PathVariable long id, @PathVariable long materialId,
			RedirectAttributes redirect) {
		file.archiveMaterial(scope, id, materialId);
		return "redirect:/staff/" + id + "#file-materials";
	}

}
