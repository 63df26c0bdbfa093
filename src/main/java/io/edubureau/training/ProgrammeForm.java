package io.edubureau.training;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A programme as entered.
 *
 * @param unitCode the organising unit's code (the caller's unit when blank)
 * @param year the plan year (the start date's year when blank)
 */
public record ProgrammeForm(@NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
		@NotBlank @Size(max = 150) String name, @NotNull TrainingLevel level, @NotNull TrainingCategory category,
		@NotNull @Min(1) @Max(2000) Integer hours, @NotNull LocalDate startDate, @NotNull LocalDate endDate,
		@Size(max = 150) String provider, @Min(1) @Max(100000) Integer capacity, String unitCode,
		@Min(2000) @Max(2100) Integer year) {

}
