package io.edubureau.retirement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Benefits decided for one survivor. */
record SurvivorBenefitForm(String survivorName, SurvivorRelation relation, String idNumber, String phone,
		BigDecimal funeralAllowance, BigDecimal survivorPension, LocalDate decidedOn, String note) {
}
