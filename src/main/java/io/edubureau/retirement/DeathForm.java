package io.edubureau.retirement;

import java.time.LocalDate;

/** A death to record, optionally with the benefits decided for one survivor. */
record DeathForm(LocalDate diedOn, String cause, String note, SurvivorBenefitForm survivor) {
}
