package io.edubureau.staff;

import java.time.LocalDate;
import java.util.List;

/** Records sharing name and birth date: possibly the same person entered twice. */
public record DuplicateGroup(String name, LocalDate birthDate, List<StaffView> records) {
}
