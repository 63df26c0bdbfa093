package io.edubureau.staff;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff records through the API; identity numbers and phones masked unless the caller may
 * see them.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Staff", description = "Personnel records")
class StaffApiController {

	static final Set<String> SORTABLE = Set.of("name", "birthDate", "hireDate", "titleLevel", "id");

	private final StaffManagement staff;

	private final OrgManagement org;

	private final StaffReads reads;

	StaffApiController(StaffManagement staff, OrgManagement org, StaffReads reads) {
		this.staff = staff;
		this.org = org;
		this.reads = reads;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "Search staff in the caller's data scope, paged")
	PagedModel<StaffView> search(DataScope scope, @RequestParam(required = false) String name,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Stage stage, @RequestParam(required = false) String subject,
			@RequestParam(required = false) TitleLevel title,
			@RequestParam(required = false) EmploymentType employmentType,
			@RequestParam(required = false) StaffStatus status, @RequestParam(required = false) Integer ageFrom,
			@RequestParam(required = false) Integer ageTo, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort) {
		Page<StaffView> result = staff.search(scope, () -> filter(scope, org, name, idNumber, unit, stage, subject,
				title, employmentType, status, ageFrom, ageTo), () -> pageRequest(page, size, sort));
		reads.list(
				"staff search (API)", StaffReads.query(name, idNumber, unit, stage, subject, title, employmentType,
						status, ageFrom, ageTo, page, size, sort),
				result.map(StaffView::id).getContent(), result.getTotalElements());
		boolean reveal = revealsSensitive();
		return new PagedModel<>(result.map(v -> reveal ? v : v.masked()));
	}

	@GetMapping("/retirements")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "People in scope reaching the statutory retirement age within the next months (1–60)",
			description = "Soonest retirement month first. page (from 0), size (1–200).")
	PagedModel<Map<String, Object>> retirements(DataScope scope, @RequestParam(defaultValue = "12") int months,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		boolean reveal = revealsSensitive();
		return new PagedModel<>(staff.upcomingRetirements(scope, months, page, size).map(u -> {
			Map<String, Object> row = new java.util.LinkedHashMap<>();
			row.put("person", reveal ? u.person() : u.person().masked());
			row.put("statutoryRetirement", u.decision().statutoryRetirement().toString());
			row.put("statutoryAge",
					Map.of("years", u.decision().statutoryAgeYears(), "months", u.decision().statutoryAgeMonths()));
			row.put("earliestFlexible", u.decision().earliestFlexible().toString());
			row.put("latestFlexible", u.decision().latestFlexible().toString());
			return row;
		}));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "One person")
	StaffView get(DataScope scope, @PathVariable long id) {
		StaffView v = staff.get(scope, id);
		reads.person(id, v.name(), "file (API)");
		return revealsSensitive() ? v : v.masked();
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("hasAuthority('staff:person:read')")
	@Operation(summary = "A person's life events")
	List<StaffEventView> history(DataScope scope, @PathVariable long id) {
		return staff.history(scope, id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('staff:person:create')")
	@Operation(summary = "Create a person")
	ResponseEntity<StaffView> create(DataScope scope, @RequestBody StaffForm form) {
		StaffView created = staff.create(scope, withoutKeyTeacherFlags(form, false, false));
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('staff:person:update')")
	@Operation(summary = "Update a person (not their unit: use transfer)")
	StaffView update(DataScope scope, @PathVariable long id, @RequestBody StaffForm form) {
		StaffView current = staff.get(scope, id);
		return staff.update(scope, id, withoutKeyTeacherFlags(form, current.backbone(), current.academicLeader()));
	}

	/**
	 * The backbone and academic-leader flags follow key-teacher designations (awards), as
	 * in the form and the import: a value sent that differs from the record's is refused,
	 * the same value is ignored.
	 */
	static StaffForm withoutKeyTeacherFlags(StaffForm form, boolean backbone, boolean academicLeader) {
		List<Rejection.Problem> problems = new java.util.ArrayList<>();
		if (form.backbone() != null && form.backbone() != backbone) {
			problems.add(new Rejection.Problem("backbone", "staff.backbone.derived", new Object[0]));
		}
		if (form.academicLeader() != null && form.academicLeader() != academicLeader) {
			problems.add(new Rejection.Problem("academicLeader", "staff.backbone.derived", new Object[0]));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return form.toBuilder().backbone(null).academicLeader(null).build();
	}

	/** A transfer to another unit. */
	record TransferRequest(String toUnitCode, LocalDate on, String note) {
	}

	@PostMapping("/{id}/transfer")
	@PreAuthorize("hasAuthority('staff:person:transfer')")
	@Operation(summary = "Transfer a person to another unit, keeping their history")
	StaffView transfer(DataScope scope, @PathVariable long id, @RequestBody TransferRequest request) {
		return staff.transfer(scope, id, request.toUnitCode(), request.on(), request.note());
	}

	/** Retirement, leaving or death. */
	record EndRequest(StaffStatus status, LocalDate on, String note) {
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("hasAuthority('staff:person:end')")
	@Operation(summary = "Record retirement, leaving or death")
	StaffView end(DataScope scope, @PathVariable long id, @RequestBody EndRequest request) {
		return staff.end(scope, id, request.status(), request.on(), request.note());
	}

	static StaffFilter filter(DataScope scope, OrgManagement org, String name, String idNumber, String unit,
			Stage stage, String subject, TitleLevel title, EmploymentType employmentType, StaffStatus status,
			Integer ageFrom, Integer ageTo) {
		Long under = null;
		if (unit != null && !unit.isBlank()) {
			under = org.findByCode(scope, unit.strip())
				.map(UnitView::id)
				.orElseThrow(() -> new Rejection("unit", "staff.unitCode.unknown", unit));
		}
		if ((ageFrom != null && (ageFrom < 0 || ageFrom > 120)) || (ageTo != null && (ageTo < 0 || ageTo > 120))
				|| (ageFrom != null && ageTo != null && ageFrom > ageTo)) {
			throw new Rejection("ageFrom", "staff.age.range");
		}
		if (idNumber != null && !idNumber.isBlank() && !revealsSensitive()) {
			// An exact match would confirm guesses of the masked digits one by one.
			throw new Rejection("idNumber", "staff.idNumber.searchMasked");
		}
		return new StaffFilter(name, idNumber, under, stage, subject, title, employmentType, status, ageFrom, ageTo);
	}

	static PageRequest pageRequest(int page, int size, String sort) {
		String field = sort.startsWith("-") ? sort.substring(1) : sort;
		if (!SORTABLE.contains(field)) {
			throw new Rejection("sort", "staff.sort.unknown", sort);
		}
		if (page < 0 || size < 1 || size > 200) {
			throw new Rejection("size", "staff.page.range");
		}
		Sort order = sort.startsWith("-") ? Sort.by(field).descending() : Sort.by(field);
		return Paging.request(page, size, 200, order.and(Sort.by("id")));
	}

	static boolean revealsSensitive() {
		return has("staff:sensitive:read");
	}

	static boolean has(String permission) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> permission.equals(a.getAuthority()));
	}

}
