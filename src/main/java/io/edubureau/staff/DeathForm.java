package io.edubureau.staff;

import java.time.LocalDate;

/** A death to record, optionally with the benefits decided for one survivor. */
public record DeathForm(LocalDate diedOn, String cause, String note, SurvivorBenefitForm survivor) {
}
