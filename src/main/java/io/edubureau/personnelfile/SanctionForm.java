package io.edubureau.personnelfile;

import java.time.LocalDate;

/**
 * A sanction as the bureau enters it.
 *
 * @param kind what was decided
 * @param decidedOn the decision date
 * @param decidedBy the deciding body
 * @param reason why
 * @param documentNumber the decision's document number
 * @param months only for a disqualification: its period when longer than the minimum
 */
public record SanctionForm(SanctionKind kind, LocalDate decidedOn, String decidedBy, String reason,
		String documentNumber, Integer months) {

}
