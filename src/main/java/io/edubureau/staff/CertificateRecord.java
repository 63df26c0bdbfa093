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
 * @param status valid, revoked (撤销) or lost (丧失)
 * @param statusOn since when it is revoked or lost
 * @param statusNote why
 */
public record CertificateRecord(long id, CertificateType type, String subject, String number, LocalDate issuedOn,
		String authority, CertificateStatus status, LocalDate statusOn, String statusNote) {

}
