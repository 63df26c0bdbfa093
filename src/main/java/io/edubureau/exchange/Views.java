package io.edubureau.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.edubureau.rules.Reason;

/** What the exchange module returns: records, never entities. */
public final class Views {

	private Views() {
	}

	/** One proposed or executed move as pages and the API show it. */
	public record PostingView(long id, long planId, long staffId, String staffName, String subject, String stage,
			boolean backbone, boolean cadre, long fromUnitId, String fromUnitName, long toUnitId, String toUnitName,
			ExchangeKind kind, int months, String status, LocalDate startOn, LocalDate returnOn, LocalDate returnedOn) {
	}

	/** A plan with its postings and how it stands against the targets. */
	public record PlanView(long id, int year, String status, int eligible, int backboneEligible, int exchanged,
			int backbone, int cadres, boolean targetsMet, List<Reason> reasons, List<PostingView> postings) {
	}

	/** The planner's proposal, not yet saved. */
	public record ProposalView(int eligible, int exchanged, int backbone, int cadres, boolean targetsMet,
			List<PostingView> assignments, List<Reason> reasons) {
	}

	/** One transition of a posting. */
	@Schema(name = "ExchangeStepView")
	public record StepView(String from, String to, LocalDate onDay, String note, String actor, Instant at) {
	}

	/**
	 * A period of support teaching (支教) or exchange into a rural school, for the rural
	 * service rule of titles: {@code to} exclusive.
	 */
	public record ServicePeriod(long staffId, long unitId, ExchangeKind kind, LocalDate from, LocalDate to) {
	}

	/** An exemption from exchange. */
	public record ExemptionView(long id, long staffId, String kind, LocalDate from, LocalDate to, String note) {
	}

}
