package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the pages and the API send. */
final class Forms {

	private Forms() {
	}

	/**
	 * The planner's request: the needs of receiving schools (none: the under-established
	 * schools), kind and length.
	 */
	record ProposeForm(List<Need> needs, ExchangeKind kind, Integer months) {
	}

	/** An officer's edit of a proposal, or a proposal added by hand ({@code staffId}). */
	record PostingForm(Long staffId, Long toUnitId, ExchangeKind kind, Integer months) {
	}

	/** The day a posting starts or a person returns. */
	@Schema(name = "ExchangeDayForm")
	record DayForm(LocalDate on, String note) {
	}

	record ExemptionForm(ExemptionKind kind, LocalDate from, LocalDate to, String note) {
	}

}
