package io.edubureau.registration;

import java.time.LocalDate;

/** What the bureau enters to open a cycle. */
public record CycleForm(String name, LocalDate dueDate) {

}
