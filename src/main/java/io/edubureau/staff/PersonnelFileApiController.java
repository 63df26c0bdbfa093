package io.edubureau.staff;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The personnel file's categories and digitised materials through the API. Writing needs
 * {@code staff:file:update}, or {@code staff:appraisal:update} for appraisals; the
 * service checks which one the category needs.
 */
@RestController
@RequestMapping("/api/v1/staff/{id}")
@Tag(name = "Personnel file",
		description = "Education, work history, posts, titles, appraisals, certificates, honours, materials")
class PersonnelFileApiController {

	private final StaffManagement staff;

	private final StaffReads reads;

	PersonnelFileApiController(StaffManagement staff, StaffReads reads) {
		this.staff = staff;
		this.reads = reads;
	}

	@GetMapping("/materials")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "A person's file materials (archived included) and the required categories still missing")
	Map<String, Object> materials(DataScope scope, @PathVariable long id) {
		List<MaterialView> materials = staff.materials(scope, id);
		reads.person(id, null, "materials (API)");
		return Map.of("content", materials, "missing", staff.personnelFile(scope, id).missingMaterials());
	}

	@PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('staff:file:update')")
	@Operation(summary = "Upload a scanned material (PDF, JPEG or PNG by content, up to 10 MB)")
	ResponseEntity<MaterialView> addMaterial(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) MaterialCategory category, @RequestParam(required = false) String title,
			@RequestParam(required = false) Integer pages, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		MaterialView created = staff.addMaterial(scope, id, category, title, pages,
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/materials/" + created.id())).body(created);
	}

	@GetMapping("/materials/{materialId}/content")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "Download a material's scan")
	ResponseEntity<byte[]> download(DataScope scope, @PathVariable long id, @PathVariable long materialId) {
		MaterialFile file = staff.materialFile(scope, id, materialId);
		reads.material(id, materialId, file.fileName());
		return download(file);
	}

	@PostMapping("/materials/{materialId}/archive")
	@PreAuthorize("hasAuthority('staff:file:update')")
	@Operation(summary = "Archive a material (it stays in the file)")
	MaterialView archiveMaterial(DataScope scope, @PathVariable long id, @PathVariable long materialId) {
		return staff.archiveMaterial(scope, id, materialId);
	}

	@GetMapping("/{category}")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "A category's entries, archived included")
	List<FileEntryView> list(DataScope scope, @PathVariable long id, @Parameter(
			description = "education, work-history, posts, titles, appraisals, certificates, honours") @PathVariable String category) {
		List<FileEntryView> entries = staff.fileEntries(scope, id, category(category));
		reads.person(id, null, category + " (API)");
		return entries;
	}

	@PostMapping("/{category}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	@Operation(summary = "Add an entry to a category")
	ResponseEntity<FileEntryView> add(DataScope scope, @PathVariable long id, @PathVariable String category,
			@RequestBody Map<String, Object> values) {
		FileEntryView created = staff.addFileEntry(scope, id, category(category), values);
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/" + category + "/" + created.id()))
			.body(created);
	}

	@PutMapping("/{category}/{entryId}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	@Operation(summary = "Edit an entry that is not archived")
	FileEntryView update(DataScope scope, @PathVariable long id, @PathVariable String category,
			@PathVariable long entryId, @RequestBody Map<String, Object> values) {
		return staff.updateFileEntry(scope, id, category(category), entryId, values);
	}

	@PostMapping("/{category}/{entryId}/archive")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	@Operation(summary = "Archive an entry (it stays in the file)")
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

	// Sent as an attachment under the stored, sanitised name; the type is the one its
	// bytes were checked to be.
	static ResponseEntity<byte[]> download(MaterialFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
