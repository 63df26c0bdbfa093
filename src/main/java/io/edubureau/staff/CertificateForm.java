package io.edubureau.staff;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One teacher qualification certificate (教师资格证). */
@Embeddable
public record CertificateForm(@Enumerated(EnumType.STRING) @Column(length = 20) CertificateType type,
		@Column(length = 30) String subject, @Column(length = 40) String number, LocalDate issuedOn,
		@Column(length = 100) String authority) implements FileForm {

}
