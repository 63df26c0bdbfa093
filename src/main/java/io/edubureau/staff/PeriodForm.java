package io.edubureau.staff;

import java.time.LocalDate;

/** A secondment or long leave: start, optional end, and a note. */
public record PeriodForm(StaffEventKind kind, LocalDate from, LocalDate until, String note) {
}
