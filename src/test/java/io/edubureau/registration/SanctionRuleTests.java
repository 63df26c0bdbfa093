package io.edubureau.registration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.registration.RegistrationRule.Decision;
import io.edubureau.registration.RegistrationRule.Facts;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.AppraisalRecord;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.CertificateRecord;
import io.edubureau.staff.CertificateStatus;
import io.edubureau.staff.CertificateType;
import io.edubureau.staff.EthicsResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy rules §3 with §7: the registration date inside a sanction period postpones, a
 * dismissal or a revoked or lost qualification fails — at the last day inside and the
 * first day after each period.
 */
class SanctionRuleTests {

	static final LocalDate DECIDED = LocalDate.of(2025, 1, 15);

	static SanctionRecord sanction(SanctionKind kind, Integer months, LocalDate revokedOn) {
		return new SanctionRecord(1, 1, kind, DECIDED, "县教育局", "体罚学生", "X教〔2025〕3号", months,
				months == null ? null : SanctionRecord.lastDayOf(DECIDED, months), revokedOn,
				revokedOn == null ? null : "复核撤销", "officer", Instant.now());
	}

	static Decision decide(LocalDate due, List<SanctionRecord> sanctions, List<CertificateRecord> certificates) {
		List<AppraisalRecord> years = new ArrayList<>();
		for (int y = due.getYear() - 4; y < due.getYear(); y++) {
			years.add(new AppraisalRecord(y, AppraisalResult.COMPETENT, EthicsResult.PASSED));
		}
		return RegistrationRule.decide(new Facts(RegistrationKind.PERIODIC, due.minusYears(5).plusDays(1), due, years,
				360, 360, List.of(), sanctions, certificates));
	}

	static RegistrationOutcome outcome(SanctionRecord s, LocalDate due) {
		return decide(due, List.of(s), List.of()).outcome();
	}

	@Test
	void aWarningPostponesForSixMonthsAndNotADayMore() {
		SanctionRecord warning = sanction(SanctionKind.WARNING, 6, null);
		assertThat(warning.periodEnd()).isEqualTo(LocalDate.of(2025, 7, 14));
		assertThat(outcome(warning, DECIDED.minusDays(1))).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(outcome(warning, DECIDED)).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(outcome(warning, LocalDate.of(2025, 7, 14))).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(outcome(warning, LocalDate.of(2025, 7, 15))).isEqualTo(RegistrationOutcome.PASSED);
		Decision d = decide(LocalDate.of(2025, 7, 14), List.of(warning), List.of());
		assertThat(d.reasons()).containsExactly(new Reason(PolicyRule.ETHICS_SANCTIONS,
				"registration.reason.sanction.WARNING", "2025-01-15", "X教〔2025〕3号", 6, "2025-07-14", "2025-07-14"));
		assertThat(decide(LocalDate.of(2025, 7, 15), List.of(warning), List.of()).reasons())
			.contains(new Reason(PolicyRule.ETHICS_SANCTIONS, "registration.reason.noSanction", "2025-07-15"));
	}

	@Test
	void aDemeritPostponesForTwelveMonths() {
		SanctionRecord demerit = sanction(SanctionKind.DEMERIT, 12, null);
		assertThat(outcome(demerit, LocalDate.of(2026, 1, 14))).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(outcome(demerit, LocalDate.of(2026, 1, 15))).isEqualTo(RegistrationOutcome.PASSED);
	}

	@Test
	void aDemotionOrRemovalPostponesForTwentyFourMonths() {
		for (SanctionKind kind : List.of(SanctionKind.DEMOTION, SanctionKind.REMOVAL)) {
			SanctionRecord s = sanction(kind, 24, null);
			assertThat(outcome(s, LocalDate.of(2027, 1, 14))).as(kind.name()).isEqualTo(RegistrationOutcome.POSTPONED);
			assertThat(outcome(s, LocalDate.of(2027, 1, 15))).as(kind.name()).isEqualTo(RegistrationOutcome.PASSED);
		}
	}

	@Test
	void aRevokedSanctionNoLongerCountsFromItsRevocation() {
		SanctionRecord revoked = sanction(SanctionKind.DEMERIT, 12, LocalDate.of(2025, 5, 1));
		assertThat(outcome(revoked, LocalDate.of(2025, 4, 30))).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(outcome(revoked, LocalDate.of(2025, 5, 1))).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(revoked.lastDay()).isEqualTo(LocalDate.of(2025, 4, 30));
	}

	@Test
	void otherHandlingAndDisqualificationDoNotTouchRegistration() {
		for (SanctionKind kind : List.of(SanctionKind.CRITICISM, SanctionKind.ADMONITION, SanctionKind.SELF_CRITICISM,
				SanctionKind.PUBLIC_CRITICISM)) {
			assertThat(outcome(sanction(kind, null, null), DECIDED)).as(kind.name())
				.isEqualTo(RegistrationOutcome.PASSED);
		}
		assertThat(outcome(sanction(SanctionKind.DISQUALIFICATION, 24, null), DECIDED))
			.isEqualTo(RegistrationOutcome.PASSED);
	}

	@Test
	void dismissalFailsForGoodUnlessRevoked() {
		SanctionRecord dismissal = sanction(SanctionKind.DISMISSAL, null, null);
		assertThat(outcome(dismissal, LocalDate.of(2035, 1, 1))).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(decide(DECIDED, List.of(dismissal), List.of()).reasons()).first()
			.isEqualTo(new Reason(PolicyRule.ETHICS_SANCTIONS, "registration.reason.dismissed", "2025-01-15",
					"X教〔2025〕3号"));
		SanctionRecord revoked = sanction(SanctionKind.DISMISSAL, null, LocalDate.of(2025, 3, 1));
		assertThat(outcome(revoked, LocalDate.of(2025, 3, 1))).isEqualTo(RegistrationOutcome.PASSED);
	}

	@Test
	void aRevokedOrLostCertificateFails() {
		CertificateRecord valid = certificate(CertificateStatus.VALID, null);
		CertificateRecord revoked = certificate(CertificateStatus.REVOKED, LocalDate.of(2025, 2, 1));
		CertificateRecord lost = certificate(CertificateStatus.LOST, LocalDate.of(2025, 2, 1));
		LocalDate due = LocalDate.of(2026, 8, 31);
		Decision ok = decide(due, List.of(), List.of(valid));
		assertThat(ok.outcome()).isEqualTo(RegistrationOutcome.PASSED);
		assertThat(ok.reasons())
			.contains(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.certificatesValid", 1));
		Decision failed = decide(due, List.of(), List.of(valid, revoked));
		assertThat(failed.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(failed.reasons()).containsExactly(new Reason(PolicyRule.TEACHER_REGISTRATION,
				"registration.reason.certificate.REVOKED", "20253201001", "2025-02-01", "note"));
		assertThat(decide(due, List.of(), List.of(lost)).outcome()).isEqualTo(RegistrationOutcome.FAILED);
		// Failing outranks a postponement, whose reason is still given.
		Decision both = decide(LocalDate.of(2025, 7, 14), List.of(sanction(SanctionKind.WARNING, 6, null)),
				List.of(lost));
		assertThat(both.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(both.reasons()).extracting(Reason::messageKey)
			.containsExactly("registration.reason.certificate.LOST", "registration.reason.sanction.WARNING");
	}

	static CertificateRecord certificate(CertificateStatus status, LocalDate on) {
		return new CertificateRecord(7, CertificateType.PRIMARY, "数学", "20253201001", LocalDate.of(2010, 7, 1), "县教育局",
				status, on, on == null ? null : "note");
	}

}
