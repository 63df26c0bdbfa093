package io.edubureau.party;

import java.util.Locale;

import io.edubureau.org.DataScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Branch committee elections at term end (支部委员会换届选举) with their outcome and reasons. */
@RestController
@RequestMapping("/api/v1/party")
@Tag(name = "Party", description = "Party organisation (党建): branches, development of members (policy rules §13), 三会一课")
class ElectionApiController {

	private final BranchElections elections;

	ElectionApiController(BranchElections elections) {
		this.elections = elections;
	}

	@GetMapping("/elections")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "Ballots of branch committee elections in scope, optionally of one branch, latest first",
			description = "page (from 0), size (1–200).")
	PagedModel<ElectionView> elections(DataScope scope, @RequestParam(required = false) Long organisationId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Locale locale) {
		return new PagedModel<>(elections.elections(scope, organisationId, page, size, locale, false));
	}

	@GetMapping("/elections/{id}")
	@PreAuthorize("hasAuthority('party:record:read')")
	@Operation(summary = "One ballot with its outcome and reasons; outside the scope 404")
	ElectionView election(DataScope scope, @PathVariable long id, Locale locale) {
		return elections.election(scope, id, locale);
	}

	@PostMapping("/elections")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(
			summary = "Record a ballot of a branch committee election: {\"organisationId\",\"term\",\"heldOn\",\"seats\",\"entitled\",\"present\",\"candidates\":[{\"membershipId\",\"votes\"}],\"secretaryMembershipId\",\"previousId\" (another round),\"voterMembershipIds\" (optional: those present voting),\"preliminary\" (差额预选),\"formalCount\" (places of the formal list)}",
			description = "Decided by the 基层组织选举工作条例 (2020): valid when present ≥ 4/5 of those entitled and candidates exceed seats by ≥ 20%; elected with more than half of the votes of those present. Only full members not under 留党察看 have the right to vote and stand (条例 第五条): a candidate or named voter without it is refused, and those entitled may not exceed the members with the right on the day. A ballot that fills the last seat completes the committee (secretary among those elected, a 3-year term) awaiting the higher Party organisation's approval (approval PENDING): the branch keeps its committee until approved. A preliminary election (preliminary true, formalCount places, at least 20% over the seats and fewer than the nominees) lists those with votes over half of those entitled, most votes first, ties at the last place not listed; the formal ballot then points to it (previousId) with candidates from that list only. Bad input 422, nothing written.")
	ElectionView record(DataScope scope, @RequestBody(required = false) PartyForms.ElectionForm form, Locale locale) {
		return elections.record(scope, form == null
				? new PartyForms.ElectionForm(null, null, null, null, null, null, null, null, null, null, null, null)
				: form, locale, false);
	}

	@PostMapping("/elections/{id}/reduce")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	@Operation(
			summary = "Reduce the seats to those elected instead of another round (减少名额): {\"agreed\" (voters agreeing),\"secretaryMembershipId\"}",
			description = "Allowed on the last ballot of a chain that left seats when at most one seat is short (接近应选名额, the county's reading), at least half of the voters of that ballot agree (半数以上) and the committee keeps at least 3 members; completes the committee. Else 422 with the reasons, nothing written.")
	ElectionView reduce(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) PartyForms.ReduceForm form, Locale locale) {
		return elections.reduce(scope, id, form == null ? new PartyForms.ReduceForm(null, null) : form, locale, false);
	}

	@PostMapping("/elections/{id}/approval")
	@PreAuthorize("hasAuthority('party:organisation:manage')")
	@Operation(
			summary = "The higher Party organisation's answer to an elected committee (批复): {\"approved\" (true approves, false returns),\"on\" (day of the reply),\"note\" (reason, required when returned)}",
			description = "Only a complete committee awaiting approval, and only by a user whose scope reaches above the branch (its parent organisation, else a unit other than the branch's own: the bureau's 党委); a branch-level user is refused. Approved, the branch gets the secretary and term; returned, it keeps its committee. Audited. Else 422, nothing written.")
	ElectionView answer(DataScope scope, @PathVariable long id,
			@RequestBody(required = false) PartyForms.ApprovalForm form, Locale locale) {
		return elections.answer(scope, id, form == null ? new PartyForms.ApprovalForm(null, null, null) : form, locale,
				false);
	}

}
