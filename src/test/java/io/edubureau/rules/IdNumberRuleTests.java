package io.edubureau.rules;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void theStandardsExampleIsAValidWoman() {
		IdNumberCheck check = IdNumberRule.check("11010519491231002X", TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(check.sex()).isEqualTo(IdNumberCheck.Sex.FEMALE);
		assertThat(check.reasons()).extracting(Reason::messageKey)
			.containsExactly("rules.id.checksumOk", "rules.id.birth", "rules.id.female");
	}

	@Test
	void inputIsTrimmedAndALowerCaseXAccepted() {
		IdNumberCheck check = IdNumberRule.check("  11010519491231002x ", TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.normalized()).isEqualTo("11010519491231002X");
	}

	@Test
	void anOddSeventeenthDigitIsAMan() {
		String first17 = "32010219900101001";
		String number = first17 + IdNumberRule.checkCharacter(first17);
		IdNumberCheck check = IdNumberRule.check(number, TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.sex()).isEqualTo(IdNumberCheck.Sex.MALE);
	}

	@Test
	void yearsBefore1900AreValid() {
		String first17 = "11010518991231003";
		IdNumberCheck check = IdNumberRule.check(first17 + IdNumberRule.checkCharacter(first17), TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.birthDate()).isEqualTo(LocalDate.of(1899, 12, 31));
	}

	@Test
	void aFutureBirthDateIsWellFormedButFlagged() {
		String first17 = "11010520270101003";
		IdNumberCheck check = IdNumberRule.check(first17 + IdNumberRule.checkCharacter(first17), TODAY);
		assertThat(check.valid()).isTrue();
		assertThat(check.reasons()).extracting(Reason::messageKey).contains("rules.id.futureBirth");
	}

	@Test
	void aLegacyFifteenDigitNumberIsRefusedWithItsUpgrade() {
		IdNumberCheck check = IdNumberRule.check("110105491231002", TODAY);
		assertThat(check.valid()).isFalse();
		assertThat(check.reasons().get(0).messageKey()).isEqualTo("rules.id.legacy15");
		assertThat(check.reasons().get(0).args()).containsExactly("11010519491231002X");
		assertThat(check.birthDate()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "11010519491231002, rules.id.length", "11010519491231002XX, rules.id.length",
			"1101051949123100AX, rules.id.character", "11010519491231002Y, rules.id.character",
			"110105199902300021, rules.id.birthDate", "110105194913310021, rules.id.birthDate",
			"110105194912310021, rules.id.checksum", "'', rules.id.empty" })
	void malformedNumbersAreRefusedWithTheirReason(String value, String reason) {
		IdNumberCheck check = IdNumberRule.check(value, TODAY);
		assertThat(check.valid()).isFalse();
		assertThat(check.sex()).isNull();
		assertThat(check.reasons()).extracting(Reason::messageKey).containsExactly(reason);
	}

	@Test
	void theChecksumReasonNamesBothCharacters() {
		IdNumberCheck check = IdNumberRule.check("110105194912310021", TODAY);
		assertThat(check.reasons().get(0).args()).containsExactly("1", "X");
	}

	@Test
	void february29IsValidOnlyInLeapYears() {
		String leap = "11010520000229001";
		String notLeap = "11010519000229001";
		assertThat(IdNumberRule.check(leap + IdNumberRule.checkCharacter(leap), TODAY).valid()).isTrue();
		assertThat(IdNumberRule.check(notLeap + IdNumberRule.checkCharacter(notLeap), TODAY).valid()).isFalse();
	}

}
