package io.edubureau.registration;

import io.edubureau.staff.StaffView;

/** A teacher with their standing, for the due, overdue and school lists. */
public record RegistrationListEntry(StaffView person, RegistrationStanding standing) {

}
