package io.edubureau.training;

import java.time.LocalDate;
import java.util.List;

/** The completion rate by unit on a date, with the total over the scope. */
public record Completion(LocalDate on, List<UnitCompletion> units, UnitCompletion total) {

}
