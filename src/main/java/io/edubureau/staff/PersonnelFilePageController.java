package io.edubureau.staff;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.platform.FlashRedirect;

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
 * certificate's standing (materials and sanctions are the {@code personnelfile} module's
 * panels).
 */
@Controller
class PersonnelFilePageController {

	private final StaffManagement staff;

	PersonnelFilePageController(StaffManagement staff) {
		this.staff = staff;
	}

	@PostMapping("/staff/{id}/file/{category}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	String add(DataScope scope, @PathVariable long id, @PathVariable String category,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-" + category, () -> staff
			.addFileEntry(scope, id, PersonnelFileApiController.category(category), params.toSingleValueMap()));
	}

	@PostMapping("/staff/{id}/file/{category}/{entryId}")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	String update(DataScope scope, @PathVariable long id, @PathVariable String category, @PathVariable long entryId,
			@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.saved", "/staff/" + id + "#file-" + category,
				() -> staff.updateFileEntry(scope, id, PersonnelFileApiController.category(category), entryId,
						params.toSingleValueMap()));
	}

	@PostMapping("/staff/{id}/file/{category}/{entryId}/archive")
	@PreAuthorize("hasAnyAuthority('staff:file:update', 'staff:appraisal:update')")
	String archive(DataScope scope, @PathVariable long id, @PathVariable String category, @PathVariable long entryId,
			RedirectAttributes redirect) {
		staff.archiveFileEntry(scope, id, PersonnelFileApiController.category(category), entryId);
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

	// ---- what the person's page shows: one section per category, fields read off the
	// form records so the template stays generic

	/** One input of a category's form. */
	record Field(String name, String kind, String enumName, List<String> options) {
	}

	/** One entry as a row of raw values (formatted by the template). */
	record Row(Long id, boolean archived, Map<String, Object> values, CertificateState certificate) {
	}

	/** One category's section. */
	record Section(FileCategory category, String path, String permission, List<Field> fields, List<Row> rows) {
	}

	static List<Section> sections(PersonnelFileView file) {
		List<Section> sections = new ArrayList<>();
		file.entries().forEach((category, entries) -> {
			List<Row> rows = entries.stream()
				.map(e -> new Row(e.id(), e.archived(), PersonnelFile.values(e.data()), e.certificate()))
				.toList();
			sections.add(new Section(category, category.path(), category.writePermission(), fields(category.formType()),
					rows));
		});
		return sections;
	}

	static List<Field> fields(Class<? extends FileForm> form) {
		List<Field> fields = new ArrayList<>();
		for (RecordComponent rc : form.getRecordComponents()) {
			Class<?> type = rc.getType();
			if (type.isEnum()) {
				fields.add(new Field(rc.getName(), "enum", type.getSimpleName(),
						Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()));
			}
			else if (type == LocalDate.class) {
				fields.add(new Field(rc.getName(), "date", null, List.of()));
			}
			else if (type == Boolean.class) {
				fields.add(new Field(rc.getName(), "boolean", null, List.of("true", "false")));
			}
			else if (type == Integer.class) {
				fields.add(new Field(rc.getName(), "number", null, List.of()));
			}
			else {
				fields.add(new Field(rc.getName(), "text", null, List.of()));
			}
		}
		return fields;
	}

}
