package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** The inputs of the cadres module, as the API and the pages send them. */
public final class Forms {

	private Forms() {
	}

	public record PostForm(Long unitId, PostKind kind, String title) {
	}

	@Schema(name = "CadreAppointmentForm")
	public record AppointmentForm(Long postId, Long staffId, LocalDate startDate, String documentNo) {
	}

	@Schema(name = "CadreEndForm")
	public record EndForm(LocalDate endDate, EndReason reason, String note) {
	}

	@Schema(name = "CadreRoundForm")
	public record RoundForm(Integer year, String name, List<Long> unitIds) {
	}

	public record TallyForm(Long appointmentId, Integer excellent, Integer competent, Integer basicallyCompetent,
			Integer incompetent) {
	}

	public record AdmonishForm(LocalDate date, String by, String notes) {
	}

	public record RemovalForm(LocalDate date, String document) {
	}

	public record ElectionForm(Long postId, String title, LocalDate electionDay, ElectionMode mode,
			List<Long> candidateStaffIds) {
	}

	public record PaperTallyForm(Integer eligible, Integer ballotsCast, Map<Long, Integer> votes) {
	}

	public record BallotForm(String token, Long candidateId) {
	}

	public record ReserveForm(Long unitId, PostKind postKind, Long staffId, String recommendation,
			LocalDate nominatedOn) {
	}

	/** The day the result of an election is posted publicly (公示). */
	record NoticeForm(LocalDate on) {
	}

	@Schema(name = "CadreObjectionForm")
	record ObjectionForm(LocalDate receivedOn, String content) {
	}

	record ResolveForm(Boolean upheld, String resolution, LocalDate on) {
	}

	/**
	 * The appointment of the elected person after the notice: the day and the document.
	 */
	record ElectedAppointmentForm(LocalDate on, String documentNo) {
	}

	public record TeamForm(String name, List<Long> memberStaffIds, List<Long> unitIds) {
	}

	public record TeamAssessmentForm(Long unitId, Long teamId, Integer good, Integer fairlyGood, Integer average,
			Integer poor, String note) {
	}

}
