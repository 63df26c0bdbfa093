package io.edubureau.personnelfile;

import java.time.Instant;
import java.time.LocalDate;

/** A signed file-audit conclusion. */
public record FileAuditView(long id, LocalDate confirmedBirthDate, LocalDate confirmedWorkStartDate,
		LocalDate confirmedPartyJoinDate, String education, String identity, String evidence, String signedBy,
		Instant signedAt) {

	/** Without the confirmed birth date, for roles that see identity numbers masked. */
	public FileAuditView masked() {
		return new FileAuditView(id, null, confirmedWorkStartDate, confirmedPartyJoinDate, education, identity,
				evidence, signedBy, signedAt);
	}
}
