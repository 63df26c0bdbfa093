package io.edubureau.personnelfile;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The special audit's pages: the panel on a person's page (staff/detail.html loads it
 * with htmx), the signing form, which returns to the person's page, and the coverage per
 * unit.
 */
@Controller
class FileAuditController {

	private final PersonnelFileManagement file;

	private final StaffManagement staff;

	private final OrgManagement org;

	FileAuditController(PersonnelFileManagement file, StaffManagement staff, OrgManagement org) {
		this.file = file;
		this.staff = staff;
		this.org = org;
	}

	@GetMapping("/staff/{id}/file-audit-panel")
	@PreAuthorize("hasAuthority('staff:fileaudit:read')")
	String panel(DataScope scope, @PathVariable long id, Model model) {
		boolean reveal = StaffManagement.revealsSensitive();
		StaffView person = staff.get(scope, id);
		model.addAttribute("person", reveal ? person : person.masked());
		model.addAttribute("discrepancies",
				file.fileChecks(scope, id).stream().map(d -> reveal ? d : d.masked()).toList());
		model.addAttribute("conclusions",
				file.fileAuditConclusions(scope, id).stream().map(c -> reveal ? c : c.masked()).toList());
		return "personnelfile/panel :: fileAudit";
	}

	@PostMapping("/staff/{id}/file-audit")
	@PreAuthorize("hasAuthority('staff:fileaudit:sign')")
	String conclude(DataScope scope, @PathVariable long id, @ModelAttribute FileAuditForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("problems", List.of(new Rejection.Problem(null, "typeMismatch")));
			return "redirect:/staff/" + id;
		}
		return FlashRedirect.after(redirect, "fileAudit.signed", "/staff/" + id,
				() -> file.concludeFileAudit(scope, id, form));
	}

	@GetMapping("/staff/file-audit")
	@PreAuthorize("hasAuthority('staff:fileaudit:read')")
	String coverage(DataScope scope, Model model) {
		List<FileAuditCoverage> rows = file.fileAuditCoverage(scope);
		Map<Long, UnitView> units = org.byIds(rows.stream().map(FileAuditCoverage::unitId).toList());
		long audited = rows.stream().mapToLong(FileAuditCoverage::audited).sum();
		long total = rows.stream().mapToLong(FileAuditCoverage::total).sum();
		model.addAttribute("rows",
				rows.stream().sorted(Comparator.comparing(r -> units.get(r.unitId()).path())).toList());
		model.addAttribute("units", units);
		model.addAttribute("total", new FileAuditCoverage(0, audited, total));
		return "personnelfile/file-audit";
	}

}
