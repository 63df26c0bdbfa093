package io.edubureau.staff;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.platform.FlashRedirect;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RetirementDecision;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.CurrentUser;

import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages: search, a person's file, the form, transfer and end of service. */
@Controller
class StaffPageController {

	private final StaffManagement staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final StaffReads reads;

	private final CurrentUser user;

	StaffPageController(StaffManagement staff, OrgManagement org, RulesManagement rules, StaffReads reads,
			CurrentUser user) {
		this.user = user;
		this.reads = reads;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
	}

	@GetMapping("/staff")
	@PreAuthorize("hasAuthority('staff:person:read')")
	String list(DataScope scope, @RequestParam(required = false) String name,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) String subject,
			@RequestParam(required = false) TitleLevel title,
			@RequestParam(required = false) EmploymentType employmentType,
			@RequestParam(required = false) StaffStatus status, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("stages", Stage.values());
		model.addAttribute("titles", TitleLevel.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("statuses", StaffStatus.values());
		try {
			Page<StaffView> result = staff.search(scope,
					() -> StaffApiController.filter(scope, org, name, idNumber, unit, stage, subject, title,
							employmentType, status, ageFrom, ageTo),
					() -> StaffApiController.pageRequest(page, size, sort));
			reads.list("staff search",
					StaffReads.query(name, idNumber, unit, stage, subject, title, employmentType, status, ageFrom,
							ageTo, page, size, sort),
					result.map(StaffView::id).getContent(), result.getTotalElements());
			boolean reveal = StaffApiController.revealsSensitive();
			model.addAttribute("page", result.map(v -> reveal ? v : v.masked()));
		}
		catch (Rejection ex) {
			model.addAttribute("problems", ex.problems());
		}
		return htmx != null ? "staff/list :: results" : "staff/list";
	}

	@GetMapping("/staff/{id}")
	@PreAuthorize("hasAuthority('staff:person:read')")
	String detail(DataScope scope, @PathVariable long id, Model model, java.util.Locale locale) {
		StaffView person;
		try {
			person = staff.get(scope, id);
		}
		catch (NotFound ex) {
			// A unit the person was transferred away from keeps a read-only trace.
			model.addAttribute("trace", staff.trace(scope, id));
			return "staff/trace";
		}
		reads.person(id, person.name(), "file");
		model.addAttribute("person", StaffApiController.revealsSensitive() ? person : person.masked());
		model.addAttribute("history", staff.history(scope, id));
		model.addAttribute("endStatuses",
				new StaffStatus[] { StaffStatus.RETIRED, StaffStatus.LEFT, StaffStatus.DECEASED });
		PersonnelFileView file = staff.personnelFile(scope, id);
		model.addAttribute("fileSections", sections(file));
		model.addAttribute("personnelFile", file);
		model.addAttribute("periodKinds",
				new StaffEventKind[] { StaffEventKind.SECONDMENT, StaffEventKind.LONG_LEAVE });
		model.addAttribute("certificateStatuses", CertificateStatus.values());
		try {
			RetirementDecision retirement = staff.retirement(scope, id);
			model.addAttribute("retirement", retirement);
			model.addAttribute("retirementReasons", rules.explain(retirement.reasons(), locale));
		}
		catch (Rejection ex) {
			// Births outside the rule's range (before 1900) get no retirement card.
		}
		model.addAttribute("actions", actions(person, model.containsAttribute("retirement")));
		return "staff/detail";
	}

	@GetMapping("/staff/new")
	@PreAuthorize("hasAuthority('staff:person:create')")
	String newForm(@RequestParam(required = false) String unit, Model model) {
		model.addAttribute("form",
				StaffForm.builder()
					.unitCode(unit)
					.employmentType(EmploymentType.IN_ESTABLISHMENT)
					.postCategory(PostCategory.PROFESSIONAL)
					.fullTimeTeacher(true)
					.backbone(false)
					.academicLeader(false)
					.titleLevel(TitleLevel.NONE)
					.status(StaffStatus.ACTIVE)
					.build());
		return form(model, null);
	}

	@PostMapping("/staff/new")
	@PreAuthorize("hasAuthority('staff:person:create')")
	String create(DataScope scope, @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, null);
		}
		try {
			StaffView created = staff.create(scope, form);
			redirect.addFlashAttribute("notice", "staff.saved");
			return "redirect:/staff/" + created.id();
		}
		catch (Rejection ex) {
			reject(binding, ex);
			return form(model, null);
		}
	}

	@GetMapping("/staff/{id}/edit")
	@PreAuthorize("hasAuthority('staff:person:update')")
	String editForm(DataScope scope, @PathVariable long id, Model model) {
		StaffView p = staff.get(scope, id);
		model.addAttribute("form", StaffForm.of(p));
		return form(model, id);
	}

	@PostMapping("/staff/{id}/edit")
	@PreAuthorize("hasAuthority('staff:person:update')")
	String update(DataScope scope, @PathVariable long id, @ModelAttribute("form") StaffForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, id);
		}
		try {
			staff.update(scope, id, form);
			redirect.addFlashAttribute("notice", "staff.saved");
			return "redirect:/staff/" + id;
		}
		catch (Rejection ex) {
			reject(binding, ex);
			return form(model, id);
		}
	}

	@PostMapping("/staff/{id}/transfer")
	@PreAuthorize("hasAuthority('staff:person:transfer')")
	String transfer(DataScope scope, @PathVariable long id, @RequestParam String toUnitCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.transferred", "/staff/" + id,
				() -> staff.transfer(scope, id, toUnitCode, on, note));
	}

	@PostMapping("/staff/{id}/end")
	@PreAuthorize("hasAuthority('staff:person:end')")
	String end(DataScope scope, @PathVariable long id, @RequestParam StaffStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return FlashRedirect.after(redirect, "staff.ended", "/staff/" + id,
				() -> staff.end(scope, id, status, on, note));
	}

	/**
	 * One item of the person page's 办理 menu: a form on this page (an anchor) or another
	 * module's page with the person preselected.
	 */
	record PersonAction(String id, String labelKey, String href) {
	}

	// Only what this reader may do for this person: the page is in their data scope
	// already, so the permission and the person's standing decide.
	private List<PersonAction> actions(StaffView p, boolean retirementCard) {
		boolean active = p.status() == StaffStatus.ACTIVE;
		boolean merged = p.status() == StaffStatus.MERGED;
		long id = p.id();
		List<PersonAction> all = new ArrayList<>();
		add(all, active && user.has("staff:transfer:request"), "transfer-request", "transfer.request",
				"/staff/transfers/new?staffId=" + id);
		add(all, active && user.has("staff:person:transfer"), "direct-transfer", "staff.transfer.title",
				"#direct-transfer");
		add(all, active && user.has("staff:person:update"), "period", "period.title", "#period");
		add(all, active && retirementCard && user.has("staff:retirement:propose"), "retirement",
				"staff.actions.retirement", "#retirement-card");
		add(all, active && user.has("staff:person:end"), "end", "staff.end.title", "#end-of-service");
		add(all, !merged && p.status() != StaffStatus.DECEASED && user.has("staff:person:end"), "death", "death.title",
				"#death-card");
		add(all, !merged && user.has("staff:file:update"), "file-entry", "staff.actions.fileEntry", "#personnel-file");
		add(all, !merged && user.has("staff:sanction:decide"), "sanction", "staff.actions.sanction", "#personnel-file");
		add(all, !merged && user.has("staff:fileaudit:read"), "file-audit", "fileAudit.title", "#file-audit-panel");
		add(all, user.has("training:programme:read"), "training-ledger", "training.ledger", "/training/ledger/" + id);
		add(all, active && user.has("titles:round:read"), "title-eligibility", "staff.actions.titleEligibility",
				"/titles/eligibility?staffId=" + id);
		add(all, user.has("registration:cycle:read"), "registration", "staff.actions.registration",
				"/registration/teachers/" + id);
		add(all, active && user.has("exchange:plan:read"), "exchange", "staff.actions.exchange",
				"/exchange/people/" + id);
		add(all, user.has("pay:record:read"), "pay", "staff.actions.pay", "/pay/" + id);
		return all;
	}

	private static void add(List<PersonAction> all, boolean allowed, String id, String labelKey, String href) {
		if (allowed) {
			all.add(new PersonAction("action-" + id, labelKey, href));
		}
	}

	private String form(Model model, Long id) {
		model.addAttribute("id", id);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("titles", TitleLevel.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("postCategories", PostCategory.values());
		model.addAttribute("hireChannels", HireChannel.values());
		model.addAttribute("educations", Education.values());
		model.addAttribute("tiers", SchoolTier.values());
		model.addAttribute("politicalStatuses", PoliticalStatus.values());
		model.addAttribute("sexes", io.edubureau.rules.IdNumberCheck.Sex.values());
		return "staff/form";
	}

	private static void reject(BindingResult binding, Rejection ex) {
		for (Rejection.Problem p : ex.problems()) {
			if (p.field() == null) {
				binding.reject(p.messageKey(), p.args(), p.messageKey());
			}
			else {
				binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
			}
		}
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
