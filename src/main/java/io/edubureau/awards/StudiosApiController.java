package io.edubureau.awards;

import java.util.List;

import io.edubureau.awards.Views.MentoringView;
import io.edubureau.awards.Views.StudioMemberView;
import io.edubureau.awards.Views.StudioRecordView;
import io.edubureau.awards.Views.StudioView;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Paging;
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

/** Master-teacher studios (名师工作室) and mentoring pairs (名师带徒) through the API. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Key teachers")
class StudiosApiController {

	private final StudioRegister studios;

	StudiosApiController(StudioRegister studios) {
		this.studios = studios;
	}

	@GetMapping("/key-teacher-studios")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The studios of the units in scope, newest first, with members and activities counted; "
			+ "page (from 0), size (1–200)")
	PagedModel<StudioView> studios(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(studios.studios(scope, Paging.request(page, size, 200)));
	}

	@PostMapping("/key-teacher-studios")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a studio led by the key teacher of a designation in force on the opening day")
	StudioView open(@RequestBody Forms.StudioForm form, DataScope scope) {
		return studios.open(scope, form);
	}

	@GetMapping("/key-teacher-studios/{id}")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "One studio")
	StudioView studio(@PathVariable long id, DataScope scope) {
		return studios.studioView(scope, id);
	}

	@PostMapping("/key-teacher-studios/{id}/close")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@Operation(summary = "Close a studio from a day; its members and log are kept")
	StudioView close(@PathVariable long id, @RequestBody Forms.DayForm form, DataScope scope) {
		return studios.close(scope, id, form);
	}

	@GetMapping("/key-teacher-studios/{id}/members")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The studio's members, past ones with the day they left")
	List<StudioMemberView> members(@PathVariable long id, DataScope scope) {
		return studios.members(scope, id);
	}

	@PostMapping("/key-teacher-studios/{id}/members")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a member from a day (a person in service, not the leader, not already a member)")
	StudioMemberView join(@PathVariable long id, @RequestBody Forms.MemberForm form, DataScope scope) {
		return studios.join(scope, id, form);
	}

	@PostMapping("/key-teacher-studios/{id}/members/{memberId}/leave")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@Operation(summary = "A member leaves on a day")
	StudioMemberView leave(@PathVariable long id, @PathVariable long memberId, @RequestBody Forms.DayForm form,
			DataScope scope) {
		return studios.leave(scope, id, memberId, form);
	}

	@GetMapping("/key-teacher-studios/{id}/records")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The studio's yearly goals and activity log, newest year first")
	List<StudioRecordView> records(@PathVariable long id, DataScope scope) {
		return studios.records(scope, id);
	}

	@PostMapping("/key-teacher-studios/{id}/records")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a yearly goal (year) or an activity (day, participants)")
	StudioRecordView record(@PathVariable long id, @RequestBody Forms.StudioRecordForm form, DataScope scope) {
		return studios.record(scope, id, form);
	}

	@GetMapping("/key-teacher-studios/{id}/history")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "Every transition of the studio")
	List<Views.StepView> studioHistory(@PathVariable long id, DataScope scope) {
		return studios.studioHistory(scope, id);
	}

	@GetMapping("/mentoring-pairs")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "The mentoring pairs of mentees in scope, newest first; page (from 0), size (1–200)")
	PagedModel<MentoringView> pairs(DataScope scope, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return new PagedModel<>(studios.pairs(scope, Paging.request(page, size, 200)));
	}

	@PostMapping("/mentoring-pairs")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Pair a mentor holding a key-teacher designation in force with a teacher for a period")
	MentoringView pair(@RequestBody Forms.PairForm form, DataScope scope) {
		return studios.pair(scope, form);
	}

	@PostMapping("/mentoring-pairs/{id}/result")
	@PreAuthorize("hasAuthority('awards:keyteacher:manage')")
	@Operation(summary = "A pair's result: QUALIFIED or NOT_QUALIFIED from its last day, ENDED early with a reason")
	MentoringView result(@PathVariable long id, @RequestBody Forms.PairResultForm form, DataScope scope) {
		return studios.result(scope, id, form);
	}

	@GetMapping("/mentoring-pairs/{id}/history")
	@PreAuthorize("hasAuthority('awards:round:read')")
	@Operation(summary = "Every transition of the pair")
	List<Views.StepView> pairHistory(@PathVariable long id, DataScope scope) {
		return studios.pairHistory(scope, id);
	}

}
