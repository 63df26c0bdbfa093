package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One post appointment (岗位聘任): category, grade and period. */
@Embeddable
public record PostForm(@Enumerated(EnumType.STRING) @Column(length = 15) PostCategory category,
		@Column(length = 30) String grade, LocalDate startDate, LocalDate endDate) implements FileForm {

}
