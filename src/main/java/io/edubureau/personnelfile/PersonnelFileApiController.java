package io.edubureau.personnelfile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The personnel file's digitised materials through the API: reading needs
 * {@code staff:person:read}, uploading and archiving {@code staff:file:update}.
 */
// Named like staff's PersonnelFileApiController it came from, so the operation ids the
// API
// derives from the class name stay; the bean name tells the two apart.
@RestController("personnelFileMaterialsApiController")
@RequestMapping("/api/v1/staff/{id}")
@Tag(name = "Personnel file",
		description = "Education, work history, posts, titles, appraisals, certificates (and their standing), honours")
class PersonnelFileApiController {

	private final PersonnelFileManagement file;

	private final FileReads reads;

	PersonnelFileApiController(PersonnelFileManagement file, FileReads reads) {
		this.file = file;
		this.reads = reads;
	}

	@GetMapping("/materials")
	@PreAuthorize("hasAuthority('staff:person:read')")
	// The operation id it had in staff's PersonnelFileApiController, kept for API
	// clients.
	@Operation(operationId = "materialsPersonnelFile",
			summary = "A person's file materials (archived included) and the required categories still missing")
	Map<String, Object> materials(DataScope scope, @PathVariable long id) {
		List<MaterialView> materials = file.materials(scope, id);
		reads.materials(id, "materials (API)");
		return Map.of("content", materials, "missing", file.missingMaterials(materials));
	}

	@PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('staff:file:update')")
	@Operation(summary = "Upload a scanned material (PDF, JPEG or PNG by content, up to 10 MB)")
	ResponseEntity<MaterialView> addMaterial(DataScope scope, @PathVariable long id,
			@RequestParam(required = false) MaterialCategory category, @RequestParam(required = false) String title,
			@RequestParam(required = false) Integer pages, @RequestPart(required = false) MultipartFile file)
			throws IOException {
		MaterialView created = this.file.addMaterial(scope, id, category, title, pages,
				file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + id + "/materials/" + created.id())).body(created);
	}

	@GetMapping("/materials/{materialId}/content")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "Download a material's scan")
	ResponseEntity<byte[]> download(DataScope scope, @PathVariable long id, @PathVariable long materialId) {
		MaterialFile scan = file.materialFile(scope, id, materialId);
		reads.download(id, materialId, scan.fileName());
		return download(scan);
	}

	@PostMapping("/materials/{materialId}/archive")
	@PreAuthorize("hasAuthority('staff:file:update')")
	@Operation(summary = "Archive a material (it stays in the file)")
	MaterialView archiveMaterial(DataScope scope, @PathVariable long id, @PathVariable long materialId) {
		return file.archiveMaterial(scope, id, materialId);
	}

	// Sent as an attachment under the stored, sanitised name; the type is the one its
	// bytes were checked to be.
	static ResponseEntity<byte[]> download(MaterialFile scan) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(scan.contentType()))
			.contentLength(scan.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(scan.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(scan.content());
	}

}
