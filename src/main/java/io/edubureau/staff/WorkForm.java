package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One period of a person's work history (工作经历); no end date means it continues. */
@Embeddable
public record WorkForm(@Column(length = 100) String unit, @Column(length = 100) String position, LocalDate startDate,
		LocalDate endDate) implements FileForm {

}
