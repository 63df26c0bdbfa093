package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One stage of a person's education history (学习经历). */
@Embeddable
public record EducationForm(@Enumerated(EnumType.STRING) @Column(length = 20) Education level,
		@Enumerated(EnumType.STRING) @Column(length = 12) Degree degree, @Column(length = 100) String school,
		@Enumerated(EnumType.STRING) @Column(length = 12) SchoolTier tier, @Column(length = 100) String major,
		Boolean fullTime, LocalDate startDate, LocalDate endDate) implements FileForm {

}
