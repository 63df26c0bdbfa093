package io.edubureau.staff;

import java.time.LocalDate;

/**
 * One current (unarchived) teacher qualification certificate as other modules read it.
 *
 * @param id the file entry
 * @param type the stage it qualifies for
 * @param subject the subject, if any
 * @param number the certificate number
 * @param issuedOn the issue date
 * @param authority the issuing authority
 */
public record CertificateRecord(long id, CertificateType type, String subject, String number, LocalDate issuedOn,
		String authority) {

}
