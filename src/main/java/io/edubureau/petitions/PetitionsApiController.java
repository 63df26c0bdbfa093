package io.edubureau.petitions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.rules.RulesManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Petitions (信访) through the API. */
@RestController
@RequestMapping("/api/v1/petitions")
@Tag(name = "Petitions", description = "Petitions (信访): registration, acceptance, handling, reply, review")
class PetitionsApiController {

	static final String PETITIONER_READ = "petitions:petitioner:read";

	private final PetitionsManagement petitions;

	private final RulesManagement rules;

	PetitionsApiController(PetitionsManagement petitions, RulesManagement rules) {
		this.petitions = petitions;
		this.rules = rules;
	}

	/** A petition as the API answers it: the detail and its reasons worded. */
	record PetitionAnswer(PetitionView petition, String matter, String reply, List<PetitionStep.StepView> history,
			List<String> reasons) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('petitions:petition:read')")
	@Operation(summary = "Petitions in scope received in a year (this year by default), the latest first",
			description = "status: RECEIVED, NOT_ACCEPTED, OBJECTED, ACCEPTED, CONCLUDED, REVIEW_REQUESTED, REVIEWED, "
					+ "RE_REVIEW_REQUESTED, RE_REVIEWED. The petitioner is masked in lists. page (from 0), size (1–200).")
	PagedModel<PetitionView> list(DataScope scope, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) PetitionStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(petitions.petitions(scope, year(year), status, page, size));
	}

	@GetMapping("/due")
	@PreAuthorize("hasAuthority('petitions:petition:read')")
	@Operation(summary = "Open petitions past their deadline (default) or, with approaching=true, due within 3 days",
			description = "page (from 0), size (1–200).")
	PagedModel<PetitionView> due(DataScope scope, @RequestParam(defaultValue = "false") boolean approaching,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(petitions.due(scope, approaching, page, size));
	}

	@PostMapping
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Register a petition",
			description = "Body: unitId (the unit responsible, in scope), channel (LETTER, VISIT, CALL, ONLINE), category "
					+ "(PERSONNEL, PAY, ENROLMENT, TEACHING, SAFETY, CONSTRUCTION, FEES, ETHICS, OTHER), subject, matter, "
					+ "petitionerName, petitionerPhone, petitionerIdNumber, groupSize, receivedOn, transferredOn "
					+ "(when transferred to the unit), repeatOfId (the earlier petition it repeats).")
	PetitionView register(DataScope scope, @RequestBody(required = false) PetitionForm form) {
		return petitions.register(scope, form);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('petitions:petition:read')")
	@Operation(summary = "A petition with its history and the reasons of its deadlines",
			description = "The petitioner is shown in full only with petitions:petitioner:read, and that read is audited.")
	PetitionAnswer petition(DataScope scope, @PathVariable long id, Authentication who, Locale locale) {
		return answer(petitions.petition(scope, id, sees(who)), locale);
	}

	@GetMapping("/{id}/reply-letter")
	@PreAuthorize("hasAuthority('petitions:petitioner:read')")
	@Operation(summary = "The written decision (信访处理意见书) of a concluded petition as DOCX; the read is audited")
	ResponseEntity<byte[]> replyLetter(DataScope scope, @PathVariable long id) {
		return letter(id, petitions.replyLetter(scope, id));
	}

	static ResponseEntity<byte[]> letter(long id, byte[] docx) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("信访处理意见书-" + id + ".docx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.body(docx);
	}

	@PostMapping("/{id}/decision")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Accept the petition or not",
			description = "Body: accepted, decidedOn, note (required when not).")
	PetitionAnswer decide(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) StepForms.Decision form, Locale locale) {
		return answer(petitions.decide(scope, id, form), locale);
	}

	@PostMapping("/{id}/objection")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Object to a matter wrongly transferred to the unit (within 5 working days)",
			description = "Body: objectedOn, note.")
	PetitionAnswer object(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) StepForms.Objection form, Locale locale) {
		return answer(petitions.object(scope, id, form), locale);
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Extend the handling period once (at most 30 days), approved by the unit's head",
			description = "Body: extendedTo, approvedBy, note.")
	PetitionAnswer extend(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) StepForms.Extension form, Locale locale) {
		return answer(petitions.extend(scope, id, form), locale);
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Conclude the petition with its reply (信访处理意见书)",
			description = "Body: concludedOn, outcome (SUPPORTED, PARTLY_SUPPORTED, NOT_SUPPORTED), reply, satisfaction "
					+ "(SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNKNOWN).")
	PetitionAnswer reply(DataScope scope, @PathVariable long id, @RequestBody(required = false) StepForms.Reply form,
			Locale locale) {
		return answer(petitions.reply(scope, id, form), locale);
	}

	@PostMapping("/{id}/review-request")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(
			summary = "Record a request for review (复查) of a concluded petition, or re-review (复核) of a reviewed one",
			description = "Body: decisionReceivedOn (the petitioner's receipt of the decision), requestedOn (within 30 days "
					+ "of it), note.")
	PetitionAnswer request(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) StepForms.Request form, Locale locale) {
		return answer(petitions.request(scope, id, form), locale);
	}

	@PostMapping("/{id}/review-decision")
	@PreAuthorize("hasAuthority('petitions:petition:manage')")
	@Operation(summary = "Record the decision of the requested review or re-review",
			description = "Body: decidedOn, outcome, note.")
	PetitionAnswer decideReview(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) StepForms.Review form, Locale locale) {
		return answer(petitions.decideReview(scope, id, form), locale);
	}

	private PetitionAnswer answer(PetitionDetail d, Locale locale) {
		return new PetitionAnswer(d.petition(), d.matter(), d.reply(), d.history(), rules.explain(d.reasons(), locale));
	}

	static boolean sees(Authentication who) {
		return who != null && who.getAuthorities().stream().anyMatch(a -> PETITIONER_READ.equals(a.getAuthority()));
	}

	static int year(Integer year) {
		if (year == null) {
			return LocalDate.now().getYear();
		}
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "petitions.year", year);
		}
		return year;
	}

}
