package io.edubureau.party;

import java.time.LocalDate;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.sheet.ImportAnswer;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.SheetManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Branch membership with its history and 组织关系转接 (transfers in and out). */
@RestController
@RequestMapping("/api/v1/party")
@Tag(name = "Party", description = "Party organisation (党建): branches, development of members (policy rules §13), 三会一课")
class MembershipApiController {

	private final Memberships memberships;

	private final SheetManagement sheets;

	private final PartyImports imports;

	MembershipApiController(Memberships memberships, SheetManagement sheets, PartyImports imports) {
		this.memberships = memberships;
		this.sheets = sheets;
		this.imports = imports;
	}

	/** How many members were added, or the errors per row. */
	@PostMapping(path = "/memberships/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(
			summary = "Import the roster of members who are not staff (retired and others) from .xlsx or .csv (branch by name in scope, name, birth date, 正式/预备党员 with the end of the probationary period, retired, in the branch from); each row as a member added by hand; all or nothing")
	ResponseEntity<ImportAnswer> importMembers(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, imports.members(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	/** How many meetings were recorded, or the errors per row. */
	@PostMapping(path = "/meetings/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('party:meeting:record')")
	@Operation(
			summary = "Import 三会一课 meeting records from .xlsx or .csv (organisation by name in scope, kind, day, topic, present, absent with reasons); each row as a meeting recorded by hand; all or nothing")
	ResponseEntity<ImportAnswer> importMeetings(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, DataScope scope) {
		ImportResult result = sheets.importNow(file, imports.meetings(scope), dryRun);
		return ResponseEntity.status(result.httpStatus()).body(ImportAnswer.of(result));
	}

	@GetMapping("/memberships")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(
			summary = "Members' spells in branches in scope: of one staff member (staffId, all history) or open on a day (on, default today), optionally of one branch",
			description = "page (from 0), size (1–200). until is excluded (the member left that day).")
	PagedModel<MembershipView> memberships(DataScope scope, @RequestParam(required = false) Long organisationId,
			@RequestParam(required = false) Long staffId, @RequestParam(required = false) String on,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(
				memberships.memberships(scope, organisationId, staffId, PartyApiController.date("on", on), page, size));
	}

	@PostMapping("/memberships")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "A member who is not staff (a retired member under a bureau branch): {\"organisationId\",\"personName\",\"birthDate\",\"retired\":true,\"from\",\"probationaryUntil\" (a 预备党员: the day the probationary year ends, else empty)}")
	MembershipView addNonStaff(DataScope scope, @RequestBody Map<String, String> body) {
		return memberships.addNonStaff(scope,
				new PartyForms.NonStaffMemberForm(PartyApiController.number("organisationId", body),
						body.get("personName"), PartyApiController.date("birthDate", body.get("birthDate")),
						flag(body.get("retired")), PartyApiController.date("from", body.get("from")),
						PartyApiController.date("probationaryUntil", body.get("probationaryUntil"))));
	}

	@PostMapping("/memberships/{id}/observation")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(
			summary = "留党察看 of a member: {\"from\",\"until\" (excluded; at most two years on, 党章),\"note\"}; meanwhile no right to vote or stand in elections (基层组织选举工作条例 第五条)")
	MembershipView observe(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) Map<String, String> body) {
		Map<String, String> b = body == null ? Map.of() : body;
		return memberships.observe(scope, id,
				new PartyForms.ObservationForm(PartyApiController.date("from", b.get("from")),
						PartyApiController.date("until", b.get("until")), b.get("note")));
	}

	@PostMapping("/memberships/seed")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(
			summary = "Open a spell in the covering branch (on the member's unit or the nearest above) for each Party member among the staff in scope who has none; answers created and unplaced")
	Map<String, Integer> seed(DataScope scope) {
		return memberships.seed(scope, LocalDate.now());
	}

	@GetMapping("/transfers")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "组织关系转接 seen from either end in scope, latest first; state=PENDING|CONFIRMED|RETURNED",
			description = "page (from 0), size (1–200).")
	PagedModel<TransferView> transfers(DataScope scope, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(memberships.transfers(scope,
				PartyMembersApiController.named(MembershipTransfer.State.class, "state", state), page, size));
	}

	@GetMapping("/transfers/{id}")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "One transfer; outside the scope of both ends 404")
	TransferView transfer(DataScope scope, @PathVariable long id) {
		return memberships.transfer(scope, id);
	}

	@PostMapping("/transfers/out")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "转出: {\"membershipId\",\"toOrganisationId\" (a branch here) or \"outsideOrganisation\",\"letterNo\",\"letterDate\",\"outOn\",\"reason\"}; the spell ends on outOn")
	TransferView transferOut(DataScope scope, @RequestBody Map<String, String> body) {
		return memberships.transferOut(scope,
				new PartyForms.TransferOutForm(PartyApiController.number("membershipId", body),
						PartyApiController.number("toOrganisationId", body), body.get("outsideOrganisation"),
						body.get("letterNo"), PartyApiController.date("letterDate", body.get("letterDate")),
						PartyApiController.date("outOn", body.get("outOn")), body.get("reason")));
	}

	@PostMapping("/transfers/in")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "转入 from outside: {\"organisationId\",\"staffId\" or \"personName\"+\"birthDate\"+\"retired\",\"outsideOrganisation\",\"letterNo\",\"letterDate\",\"receivedOn\",\"reason\"}")
	TransferView transferIn(DataScope scope, @RequestBody Map<String, String> body) {
		return memberships.transferIn(scope,
				new PartyForms.TransferInForm(PartyApiController.number("organisationId", body),
						PartyApiController.number("staffId", body), body.get("personName"),
						PartyApiController.date("birthDate", body.get("birthDate")), flag(body.get("retired")),
						body.get("outsideOrganisation"), body.get("letterNo"),
						PartyApiController.date("letterDate", body.get("letterDate")),
						PartyApiController.date("receivedOn", body.get("receivedOn")), body.get("reason")));
	}

	@PostMapping("/transfers/{id}/confirm")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(
			summary = "The receiving branch confirms a transfer from a branch here: {\"receivedOn\"} (not before the day out)")
	TransferView confirm(DataScope scope, @PathVariable long id, @RequestBody Map<String, String> body) {
		return memberships.confirm(scope, id, PartyApiController.date("receivedOn", body.get("receivedOn")));
	}

	@PostMapping("/transfers/{id}/return")
	@PreAuthorize("hasAuthority('party:member:manage')")
	@Operation(
			summary = "The receiving branch returns a pending transfer from a branch here: {\"returnedOn\",\"reason\"} (reason required); the member stays in the old branch")
	TransferView returnTransfer(DataScope scope, @PathVariable long id, @RequestBody Map<String, String> body) {
		return memberships.returnTransfer(scope, id, PartyApiController.date("returnedOn", body.get("returnedOn")),
				body.get("reason"));
	}

	static Boolean flag(String value) {
		return value != null && Boolean.parseBoolean(value.strip());
	}

}
