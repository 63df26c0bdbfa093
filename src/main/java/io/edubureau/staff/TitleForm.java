package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One title appointment (职称): the level, when it was obtained and when appointed. */
@Embeddable
public record TitleForm(@Enumerated(EnumType.STRING) @Column(length = 20) TitleLevel level, LocalDate obtainedOn,
		LocalDate appointedOn) implements FileForm {

}
