package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One honour (荣誉): its title, level, date and awarding body. */
@Embeddable
public record HonourForm(@Column(length = 100) String title,
		@Enumerated(EnumType.STRING) @Column(length = 12) HonourLevel level, LocalDate awardedOn,
		@Column(length = 100) String awardedBy) implements FileForm {

}
