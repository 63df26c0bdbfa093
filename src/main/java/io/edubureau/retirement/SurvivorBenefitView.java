package io.edubureau.retirement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.edubureau.platform.Masking;

/** A survivor benefit as recorded. */
record SurvivorBenefitView(long id, long staffId, String survivorName, SurvivorRelation relation, String idNumber,
		String phone, BigDecimal funeralAllowance, BigDecimal survivorPension, LocalDate decidedOn, String note,
		String recordedBy, Instant recordedAt) {

	/** Identity number and phone masked, for roles that need not see them. */
	public SurvivorBenefitView masked() {
		return new SurvivorBenefitView(id, staffId, survivorName, relation, Masking.idNumber(idNumber),
				Masking.phone(phone), funeralAllowance, survivorPension, decidedOn, note, recordedBy, recordedAt);
	}

}
