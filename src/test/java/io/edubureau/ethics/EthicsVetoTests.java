package io.edubureau.ethics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-vote veto at its boundaries (policy rules §6–§7): the last day blocked is
 * included.
 */
class EthicsVetoTests {

	static SanctionRecord sanction(SanctionKind kind, LocalDate on, Integer months, LocalDate revoked) {
		return new SanctionRecord(1, 1, kind, on, "县教育局", "违反师德", "教字〔2025〕1号", months,
				months == null ? null : SanctionRecord.lastDayOf(on, months), revoked, null, "t", Instant.now());
	}

	@Test
	void aFailedYearBlocksTitlesTwentyFourMonthsFromItsEnd() {
		VetoDecision last = EthicsVeto.decide(Set.of(2024), List.of(), 24, VetoPurpose.TITLE,
				LocalDate.of(2026, 12, 31));
		assertThat(last.blocked()).isTrue();
		assertThat(last.until()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(
				EthicsVeto.decide(Set.of(2024), List.of(), 24, VetoPurpose.TITLE, LocalDate.of(2027, 1, 1)).blocked())
			.isFalse();
	}

	@Test
	void aFailedYearMakesOnlyThatYearsAppraisalUnsatisfactory() {
		assertThat(EthicsVeto.decide(Set.of(2024), List.of(), 24, VetoPurpose.APPRAISAL, LocalDate.of(2024, 12, 31))
			.blocked()).isTrue();
		assertThat(EthicsVeto.decide(Set.of(2024), List.of(), 24, VetoPurpose.APPRAISAL, LocalDate.of(2025, 1, 1))
			.blocked()).isFalse();
	}

	@Test
	void aSanctionBlocksToItsLastDayAndHandlingDoesNot() {
		SanctionRecord warning = sanction(SanctionKind.WARNING, LocalDate.of(2025, 1, 15), 6, null);
		VetoDecision in = EthicsVeto.decide(Set.of(), List.of(warning), 24, VetoPurpose.AWARD,
				LocalDate.of(2025, 7, 14));
		assertThat(in.blocked()).isTrue();
		assertThat(in.until()).isEqualTo(LocalDate.of(2025, 7, 14));
		assertThat(in.reasons().get(0).messageKey()).isEqualTo("ethics.veto.sanction");
		assertThat(EthicsVeto.decide(Set.of(), List.of(warning), 24, VetoPurpose.AWARD, LocalDate.of(2025, 7, 15))
			.blocked()).isFalse();
		SanctionRecord talk = sanction(SanctionKind.ADMONITION, LocalDate.of(2025, 1, 15), null, null);
		assertThat(
				EthicsVeto.decide(Set.of(), List.of(talk), 24, VetoPurpose.AWARD, LocalDate.of(2025, 2, 1)).blocked())
			.isFalse();
	}

	@Test
	void dismissalBlocksForGoodAndRevocationEndsEarly() {
		VetoDecision d = EthicsVeto.decide(Set.of(),
				List.of(sanction(SanctionKind.DISMISSAL, LocalDate.of(2020, 1, 1), null, null)), 24,
				VetoPurpose.PROMOTION, LocalDate.of(2030, 1, 1));
		assertThat(d.blocked()).isTrue();
		assertThat(d.until()).isNull();
		SanctionRecord revoked = sanction(SanctionKind.DEMERIT, LocalDate.of(2025, 1, 15), 12,
				LocalDate.of(2025, 6, 1));
		assertThat(
				EthicsVeto.decide(Set.of(), List.of(revoked), 24, VetoPurpose.PAY, LocalDate.of(2025, 5, 31)).blocked())
			.isTrue();
		assertThat(
				EthicsVeto.decide(Set.of(), List.of(revoked), 24, VetoPurpose.PAY, LocalDate.of(2025, 6, 1)).blocked())
			.isFalse();
	}

}
