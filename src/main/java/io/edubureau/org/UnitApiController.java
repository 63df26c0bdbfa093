package io.edubureau.org;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.edubureau.platform.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The unit registry over HTTP. Units outside the caller's data scope answer 404 exactly
 * like missing ones; refused input answers 422 with one entry per field, unreadable
 * requests 400.
 */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "The organisation registry: bureau, township offices, schools, teaching points")
class UnitApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final OrgManagement org;

	private final MessageSource messages;

	UnitApiController(OrgManagement org, MessageSource messages) {
		this.org = org;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "List units in the caller's scope",
			description = "Filters combine with AND. `sort` is a column (code, name, type, locality, ownership, status, "
					+ "foundedDate), optionally followed by `,desc`.")
	PagedModel<UnitView> list(DataScope scope, @RequestParam(required = false) String q,
			@RequestParam(required = false) UnitType type, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Locality locality, @RequestParam(required = false) Ownership ownership,
			@RequestParam(required = false) UnitStatus status,
			@Parameter(description = "id of a unit: only its subtree") @RequestParam(required = false) Long under,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@RequestParam(required = false) String sort) {
		if (page < 0) {
			throw new BadParameter("page", String.valueOf(page));
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new BadParameter("size", String.valueOf(size));
		}
		Page<UnitView> found = org.list(scope, new UnitFilter(q, type, stage, locality, ownership, status, under),
				Paging.request(page, size, MAX_PAGE_SIZE, sort(sort)));
		return new PagedModel<>(found);
	}

	@GetMapping("/{id:\\d+}")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "One unit")
	UnitView get(DataScope scope, @PathVariable long id) {
		return org.get(scope, id);
	}

	@GetMapping("/by-code")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "One unit by its 10-digit code")
	UnitView byCode(DataScope scope, @RequestParam String code) {
		return byCodeInPath(scope, code);
	}

	// The path form /by-code/{code} clashed with /{id}/… in the document; kept one
	// release
	// (docs/api.md).
	@GetMapping("/by-code/{code}")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@io.swagger.v3.oas.annotations.Hidden
	UnitView byCodeInPath(DataScope scope, @PathVariable String code) {
		if (!code.matches("\\d{10}")) {
			throw new BadParameter("code", code);
		}
		return org.findByCode(scope, code).orElseThrow(() -> new io.edubureau.platform.NotFound("unit " + code));
	}

	@GetMapping("/tree")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "The top of the tree the caller sees",
			description = "The roots for a county-wide scope, otherwise the caller's own unit; "
					+ "`childCount` tells which nodes have children to fetch.")
	List<TreeNode> tree(DataScope scope) {
		return org.treeRoots(scope);
	}

	@GetMapping("/{id:\\d+}/children")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "The units directly below a unit")
	List<TreeNode> children(DataScope scope, @PathVariable long id) {
		return org.treeChildren(scope, id);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('org:unit:create')")
	@Operation(summary = "Create a unit", description = "Answers 201 with the unit and its address in `Location`.")
	ResponseEntity<UnitView> create(DataScope scope, @Valid @RequestBody UnitForm form) {
		UnitView created = org.create(scope, form);
		return ResponseEntity.created(URI.create("/api/v1/units/" + created.id())).body(created);
	}

	@PutMapping("/{id:\\d+}")
	@PreAuthorize("hasAuthority('org:unit:update')")
	@Operation(summary = "Replace a unit's fields", description = "A new `parentCode` moves the unit with its subtree.")
	UnitView update(DataScope scope, @PathVariable long id, @Valid @RequestBody UnitForm form) {
		return org.update(scope, id, form);
	}

	@PostMapping("/{id:\\d+}/archive")
	@PreAuthorize("hasAuthority('org:unit:archive')")
	@Operation(summary = "Archive a unit",
			description = "Closes the unit, or merges it into the active unit `mergeInto` (a code). "
					+ "The unit stays on record with its status history; it is never deleted.")
	UnitView archive(DataScope scope, @PathVariable long id, @RequestBody ArchiveRequest request) {
		return org.archive(scope, id, request.mergeInto(), request.reason());
	}

	@PostMapping("/{id:\\d+}/reopen")
	@PreAuthorize("hasAuthority('org:unit:archive')")
	@Operation(summary = "Reopen a merged or closed unit")
	UnitView reopen(DataScope scope, @PathVariable long id, @RequestBody ReopenRequest request) {
		return org.reopen(scope, id, request.reason());
	}

	@GetMapping("/{id:\\d+}/history")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "The unit's status history, oldest first")
	List<UnitStatusView> history(DataScope scope, @PathVariable long id) {
		return org.statusHistory(scope, id);
	}

	@GetMapping("/{id:\\d+}/enrolment")
	@PreAuthorize("hasAuthority('org:unit:read')")
	@Operation(summary = "Students and classes by school year and stage, newest year first")
	List<EnrolmentView> enrolment(DataScope scope, @PathVariable long id) {
		return org.enrolment(scope, id);
	}

	@PutMapping("/{id:\\d+}/enrolment")
	@PreAuthorize("hasAuthority('org:unit:update')")
	@Operation(summary = "Record students and classes of one stage in one school year",
			description = "Replaces the figures of that year and stage, if any; answers the unit's whole enrolment.")
	List<EnrolmentView> recordEnrolment(DataScope scope, @PathVariable long id,
			@Valid @RequestBody EnrolmentForm entry) {
		org.recordEnrolment(scope, id, entry.toView());
		return org.enrolment(scope, id);
	}

	/**
	 * A body that is valid JSON but holds a value of the wrong form (an unknown type, a
	 * bad date) is refused input, 422 at its field; JSON that cannot be read at all is
	 * 400.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = field(mismatch.getPath());
			Object value = mismatch instanceof InvalidFormatException invalid ? invalid.getValue() : null;
			String message = text("org.unit.value.invalid", value == null ? "" : String.valueOf(value));
			ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, message);
			problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
			return ResponseEntity.unprocessableContent().body(problem);
		}
		return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("org.api.unreadable")));
	}

	@ExceptionHandler(BadParameter.class)
	ResponseEntity<ProblemDetail> badParameter(BadParameter ex) {
		String message = text("problem.badParameter", ex.name, ex.value);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, message);
		problem.setProperty("errors", List.of(Map.of("field", ex.name, "message", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	private static String field(List<JacksonException.Reference> path) {
		StringBuilder b = new StringBuilder();
		for (JacksonException.Reference ref : path) {
			if (ref.getPropertyName() != null) {
				b.append(b.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				b.append('[').append(ref.getIndex()).append(']');
			}
		}
		return b.toString();
	}

	private Sort sort(String sort) {
		if (sort == null || sort.isBlank()) {
			return Sort.by("code");
		}
		String[] parts = sort.split(",");
		String column = parts[0].strip();
		if (!UnitListQuery.SORTABLE.contains(column) || parts.length > 2 || (parts.length == 2
				&& !parts[1].strip().equalsIgnoreCase("asc") && !parts[1].strip().equalsIgnoreCase("desc"))) {
			throw new BadParameter("sort", sort);
		}
		Sort order = Sort.by(parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc") ? Sort.Direction.DESC
				: Sort.Direction.ASC, column);
		return "code".equals(column) ? order : order.and(Sort.by("code"));
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text("problem.title." + status.value()));
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}

	/**
	 * @param reason why the unit is archived (required)
	 * @param mergeInto code of the active unit it is merged into; empty to close it
	 */
	record ArchiveRequest(String reason, String mergeInto) {
	}

	/**
	 * @param reason why the unit is reopened (required)
	 */
	record ReopenRequest(String reason) {
	}

	/** A query parameter that cannot be used as given: 400. */
	static class BadParameter extends RuntimeException {

		final String name;

		final String value;

		BadParameter(String name, String value) {
			super(name);
			this.name = name;
			this.value = value;
		}

	}

}
