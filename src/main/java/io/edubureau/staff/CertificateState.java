package io.edubureau.staff;

import java.time.LocalDate;

/**
 * The standing of a certificate entry as shown in the file.
 *
 * @param status valid, revoked or lost
 * @param on since when (null while valid and never changed)
 * @param note why
 * @param by who set it
 */
public record CertificateState(CertificateStatus status, LocalDate on, String note, String by) {

}
