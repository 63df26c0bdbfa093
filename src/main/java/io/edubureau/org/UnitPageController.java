package io.edubureau.org;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit registry's pages: tree and list, a unit's page, the unit form, archiving and
 * enrolment. Refused input re-displays the form with each message at its field (status
 * 422), having written nothing.
 */
@Controller
@RequestMapping("/org/units")
class UnitPageController {

	private static final Set<String> UNIT_FIELDS = Set.of("code", "name", "shortName", "type", "parentCode", "stages",
			"ownership", "locality", "address", "boarding", "principal", "phone", "foundedDate");

	private static final Set<String> STATUS_FIELDS = Set.of("reason", "mergeInto");

	private static final Set<String> ENROLMENT_FIELDS = Set.of("schoolYear", "stage", "students", "classes");

	private final OrgManagement org;

	private final Validator validator;

	UnitPageController(OrgManagement org, Validator validator) {
		this.org = org;
		this.validator = validator;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("localities", Locality.values());
		model.addAttribute("ownerships", Ownership.values());
		model.addAttribute("statuses", UnitStatus.values());
	}

	/**
	 * The list page; an htmx request gets only the part it targets (the table, or filters
	 * and table after a click in the tree).
	 */
	@GetMapping
	@PreAuthorize("hasAuthority('org:unit:read')")
	String list(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitType type, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Locality locality, @RequestParam(required = false) Ownership ownership,
			@RequestParam(required = false) UnitStatus status, @RequestParam(required = false) Long under,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, HtmxRequest htmx, Model model) {
		UnitListQuery query = UnitListQuery.of(q, type, stage, locality, ownership, status, under, sort, page, size);
		model.addAttribute("query", query);
		model.addAttribute("underUnit", under == null ? null : org.get(scope, under));
		model.addAttribute("units", org.list(scope, query.filter(), query.pageable()));
		model.addAttribute("seesNothing", scope.seesNothing());
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			if ("unit-table".equals(htmx.getTarget())) {
				return "org/units :: table";
			}
			if ("unit-list".equals(htmx.getTarget())) {
				return "org/units :: list";
			}
		}
		model.addAttribute("roots", org.treeRoots(scope));
		return "org/units";
	}

	@GetMapping("/{id:\\d+}/children")
	@PreAuthorize("hasAuthority('org:unit:read')")
	String children(DataScope scope, @PathVariable long id, Model model) {
		model.addAttribute("nodes", org.treeChildren(scope, id));
		return "org/units :: tree-nodes";
	}

	/** Active units the user sees whose code or name matches, for a datalist. */
	@GetMapping("/suggest")
	@PreAuthorize("hasAuthority('org:unit:read')")
	String suggest(DataScope scope, @RequestParam(required = false) String parentCode,
			@RequestParam(required = false) String mergeInto, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String unitCode, Model model) {
		// the shared unit picker (fragments/unit-picker) sends its field's own name
		unit = unit != null ? unit : unitCode;
		String q = parentCode != null ? parentCode : mergeInto != null ? mergeInto : unit;
		// an empty picker lists the first units in scope, so a school's staff see their
		// own at once
		boolean listAll = unit != null && unit.isBlank() && parentCode == null && mergeInto == null;
		List<UnitView> found = !listAll && (q == null || q.isBlank()) ? List.of()
				: org
					.list(scope, new UnitFilter(listAll ? null : q, null, null, null, null, UnitStatus.ACTIVE, null),
							PageRequest.of(0, 20, Sort.by("code")))
					.getContent();
		model.addAttribute("suggestions", found);
		return "org/units :: suggestions";
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize("hasAuthority('org:unit:read')")
	String detail(DataScope scope, @PathVariable long id, Model model) {
		show(scope, id, model);
		return "org/unit";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('org:unit:create')")
	String newForm(DataScope scope, @RequestParam(required = false) String parent, Model model) {
		UnitPageForm form = UnitPageForm.of(UnitForm.empty());
		if (parent != null && !parent.isBlank()) {
			form.setParentCode(parent.strip());
			org.findByCode(scope, parent.strip()).ifPresent(p -> form.setType(typeBelow(p.type())));
		}
		model.addAttribute("form", form);
		return "org/unit-form";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('org:unit:create')")
	String create(DataScope scope, @ModelAttribute("form") UnitPageForm form, BindingResult result,
			RedirectAttributes redirect, HttpServletResponse response) {
		validate(form, result);
		if (!result.hasErrors()) {
			try {
				UnitView created = org.create(scope, form.toForm());
				redirect.addFlashAttribute("notice", "org.unit.created");
				return "redirect:/org/units/" + created.id();
			}
			catch (Rejection ex) {
				bind(ex, result, UNIT_FIELDS);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "org/unit-form";
	}

	@GetMapping("/{id:\\d+}/edit")
	@PreAuthorize("hasAuthority('org:unit:update')")
	String editForm(DataScope scope, @PathVariable long id, Model model) {
		UnitView unit = org.get(scope, id);
		model.addAttribute("unit", unit);
		model.addAttribute("form", UnitPageForm.of(unit.toForm()));
		return "org/unit-form";
	}

	@PostMapping("/{id:\\d+}")
	@PreAuthorize("hasAuthority('org:unit:update')")
	String update(DataScope scope, @PathVariable long id, @ModelAttribute("form") UnitPageForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		UnitView unit = org.get(scope, id);
		validate(form, result);
		if (!result.hasErrors()) {
			try {
				org.update(scope, id, form.toForm());
				redirect.addFlashAttribute("notice", "org.unit.saved");
				return "redirect:/org/units/" + id;
			}
			catch (Rejection ex) {
				bind(ex, result, UNIT_FIELDS);
			}
		}
		model.addAttribute("unit", unit);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "org/unit-form";
	}

	@PostMapping("/{id:\\d+}/archive")
	@PreAuthorize("hasAuthority('org:unit:archive')")
	String archive(DataScope scope, @PathVariable long id, @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			org.archive(scope, id, form.getMergeInto(), form.getReason());
			redirect.addFlashAttribute("notice", "org.unit.archived");
			return "redirect:/org/units/" + id;
		}
		catch (Rejection ex) {
			bind(ex, result, STATUS_FIELDS);
		}
		show(scope, id, model);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "org/unit";
	}

	@PostMapping("/{id:\\d+}/reopen")
	@PreAuthorize("hasAuthority('org:unit:archive')")
	String reopen(DataScope scope, @PathVariable long id, @ModelAttribute("statusForm") StatusForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			org.reopen(scope, id, form.getReason());
			redirect.addFlashAttribute("notice", "org.unit.reopened");
			return "redirect:/org/units/" + id;
		}
		catch (Rejection ex) {
			bind(ex, result, STATUS_FIELDS);
		}
		show(scope, id, model);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "org/unit";
	}

	@PostMapping("/{id:\\d+}/enrolment")
	@PreAuthorize("hasAuthority('org:unit:update')")
	String recordEnrolment(DataScope scope, @PathVariable long id,
			@Valid @ModelAttribute("enrolmentForm") EnrolmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		org.get(scope, id);
		if (!result.hasErrors()) {
			try {
				org.recordEnrolment(scope, id, form.toView());
				redirect.addFlashAttribute("notice", "org.enrolment.saved");
				return "redirect:/org/units/" + id + "#enrolment";
			}
			catch (Rejection ex) {
				bind(ex, result, ENROLMENT_FIELDS);
			}
		}
		show(scope, id, model);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "org/unit";
	}

	private void show(DataScope scope, long id, Model model) {
		UnitView unit = org.get(scope, id);
		model.addAttribute("unit", unit);
		model.addAttribute("ancestors", org.ancestors(scope, id));
		model.addAttribute("children", org.treeChildren(scope, id));
		model.addAttribute("history", org.statusHistory(scope, id).stream().map(HistoryRow::of).toList());
		model.addAttribute("enrolment", org.enrolment(scope, id));
		model.addAttribute("typeBelow", typeBelow(unit.type()));
		int current = currentSchoolYear();
		List<Integer> years = new ArrayList<>();
		for (int y = current + 1; y >= current - 10; y--) {
			years.add(y);
		}
		model.addAttribute("schoolYears", years);
		if (!model.containsAttribute("enrolmentForm")) {
			EnrolmentForm form = new EnrolmentForm();
			form.setSchoolYear(current);
			form.setStage(unit.stages().stream().findFirst().orElse(null));
			model.addAttribute("enrolmentForm", form);
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", new StatusForm());
		}
	}

	// A school year is named by its first year and starts in September.
	static int currentSchoolYear() {
		LocalDate today = LocalDate.now();
		return today.getMonthValue() < 9 ? today.getYear() - 1 : today.getYear();
	}

	// The most usual type to create below a unit of the given type, or null for none.
	private static UnitType typeBelow(UnitType type) {
		return switch (type) {
			case BUREAU, TOWNSHIP_OFFICE -> UnitType.SCHOOL;
			case SCHOOL -> UnitType.TEACHING_POINT;
			case TEACHING_POINT -> null;
		};
	}

	/**
	 * Bean Validation of the form as the API would validate it, one message per field, in
	 * the user's language.
	 */
	private void validate(UnitPageForm form, BindingResult result) {
		for (ConstraintViolation<UnitForm> v : validator.validate(form.toForm())) {
			String field = v.getPropertyPath().toString();
			if (!result.hasFieldErrors(field)) {
				result.rejectValue(field, v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
						v.getMessage());
			}
		}
	}

	private static void bind(Rejection ex, BindingResult result, Set<String> fields) {
		for (Problem p : ex.problems()) {
			if (p.field() != null && fields.contains(p.field())) {
				result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
			}
			else {
				result.reject(p.messageKey(), p.args(), p.messageKey());
			}
		}
	}

	/** A step of the status history, its time in the server's zone. */
	record HistoryRow(UnitStatus from, UnitStatus to, String reason, String changedBy, String mergedInto,
			LocalDateTime changedAt) {

		static HistoryRow of(UnitStatusView v) {
			return new HistoryRow(v.from(), v.to(), v.reason(), v.changedBy(), v.mergedInto(),
					LocalDateTime.ofInstant(v.changedAt(), ZoneId.systemDefault()));
		}

	}

}
