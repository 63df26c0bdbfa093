package io.edubureau.titles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.edubureau.org.Stage;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.staff.Education;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** §7: title evaluation is closed while a sanction or a disqualification is in force. */
class SanctionEligibilityTests {

	static final LocalDate DECIDED = LocalDate.of(2025, 1, 15);

	static SanctionRecord sanction(SanctionKind kind, Integer months, LocalDate revokedOn) {
		return new SanctionRecord(1, 1, kind, DECIDED, "县教育局", "有偿补课", null, months,
				months == null ? null : SanctionRecord.lastDayOf(DECIDED, months), revokedOn,
				revokedOn == null ? null : "复核撤销", "officer", Instant.now());
	}

	static boolean eligible(SanctionRecord s, LocalDate on) {
		EligibilityInputs clean = TitleEligibilityTests.person(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				Education.BACHELOR, Stage.PRIMARY);
		EligibilityInputs in = new EligibilityInputs(clean.current(), clean.currentSince(), clean.workStart(),
				clean.education(), clean.stage(), clean.urban(), clean.ruralServiceDays(), clean.ruralServiceYears(),
				clean.ruralForFirstGrade(), TitleEligibilityTests.goodYears(), true, true, 360, 360, List.of(s));
		return TitleEligibilityTests.criterion(TitleEligibility.decide(in, TitleLevel.SENIOR, on), "SANCTION").met();
	}

	@Test
	void blockedInsideEachPeriodAndOpenTheDayAfter() {
		assertThat(eligible(sanction(SanctionKind.WARNING, 6, null), LocalDate.of(2025, 7, 14))).isFalse();
		assertThat(eligible(sanction(SanctionKind.WARNING, 6, null), LocalDate.of(2025, 7, 15))).isTrue();
		assertThat(eligible(sanction(SanctionKind.DEMERIT, 12, null), LocalDate.of(2026, 1, 14))).isFalse();
		assertThat(eligible(sanction(SanctionKind.DEMERIT, 12, null), LocalDate.of(2026, 1, 15))).isTrue();
		assertThat(eligible(sanction(SanctionKind.REMOVAL, 24, null), LocalDate.of(2027, 1, 14))).isFalse();
		assertThat(eligible(sanction(SanctionKind.REMOVAL, 24, null), LocalDate.of(2027, 1, 15))).isTrue();
		// A disqualification (取消职称评定资格) of at least 24 months, here 36.
		assertThat(eligible(sanction(SanctionKind.DISQUALIFICATION, 36, null), LocalDate.of(2028, 1, 14))).isFalse();
		assertThat(eligible(sanction(SanctionKind.DISQUALIFICATION, 36, null), LocalDate.of(2028, 1, 15))).isTrue();
	}

	@Test
	void dismissalBlocksForGoodOtherHandlingNeverAndARevocationLifts() {
		assertThat(eligible(sanction(SanctionKind.DISMISSAL, null, null), LocalDate.of(2040, 1, 1))).isFalse();
		assertThat(eligible(sanction(SanctionKind.PUBLIC_CRITICISM, null, null), DECIDED)).isTrue();
		SanctionRecord revoked = sanction(SanctionKind.DEMERIT, 12, LocalDate.of(2025, 6, 1));
		assertThat(eligible(revoked, LocalDate.of(2025, 5, 31))).isFalse();
		assertThat(eligible(revoked, LocalDate.of(2025, 6, 1))).isTrue();
	}

	@Test
	void theReasonNamesTheSanctionAndItsPeriod() {
		EligibilityInputs clean = TitleEligibilityTests.person(TitleLevel.FIRST, LocalDate.of(2015, 1, 1),
				Education.BACHELOR, Stage.PRIMARY);
		EligibilityInputs in = new EligibilityInputs(clean.current(), clean.currentSince(), clean.workStart(),
				clean.education(), clean.stage(), clean.urban(), clean.ruralServiceDays(), clean.ruralServiceYears(),
				clean.ruralForFirstGrade(), TitleEligibilityTests.goodYears(), true, true, 360, 360,
				List.of(sanction(SanctionKind.WARNING, 6, null)));
		TitleDecision d = TitleEligibility.decide(in, TitleLevel.SENIOR, LocalDate.of(2025, 3, 1));
		assertThat(d.eligible()).isFalse();
		var reason = TitleEligibilityTests.criterion(d, "SANCTION").reason();
		assertThat(reason.messageKey()).isEqualTo("titles.reason.sanction.inForce");
		assertThat(reason.args()).extracting(String::valueOf)
			.containsExactly("WARNING", "2025-01-15", "6", "2025-07-14", "2025-03-01");
	}

}
