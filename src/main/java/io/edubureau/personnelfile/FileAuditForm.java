package io.edubureau.personnelfile;

import java.time.LocalDate;

/** What an auditor confirms for one person, with the evidence. */
public record FileAuditForm(LocalDate confirmedBirthDate, LocalDate confirmedWorkStartDate,
		LocalDate confirmedPartyJoinDate, String education, String identity, String evidence) {

	public FileAuditForm {
		education = blankToNull(education);
		identity = blankToNull(identity);
		evidence = blankToNull(evidence);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
