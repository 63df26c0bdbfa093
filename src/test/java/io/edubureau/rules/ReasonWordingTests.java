package io.edubureau.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A Chinese reader sees the source of a reason, not the rule's code or English notes. */
class ReasonWordingTests {

	@Test
	void englishNotesAreLeftOutOfTheChineseSource() {
		assertThat(RulesManagement.chineseSource(PolicyRule.PROVINCIAL_TRAINING_CREDITS.source()))
			.isEqualTo("省级中小学教师继续教育学分管理办法");
		assertThat(RulesManagement.chineseSource("本局校长选任制试行意见：民主推荐 (seed 002)")).isEqualTo("本局校长选任制试行意见：民主推荐");
	}

	@Test
	void chineseNotesAndYearsStay() {
		assertThat(RulesManagement.chineseSource(PolicyRule.ETHICS_SANCTIONS.source())).contains("(2018年修订)")
			.contains("第四条");
		assertThat(RulesManagement.chineseSource(PolicyRule.PETITION_DEADLINES.source()))
			.isEqualTo(PolicyRule.PETITION_DEADLINES.source());
	}

	@Test
	void aSourceInEnglishOnlyIsKeptRatherThanEmptied() {
		assertThat(RulesManagement.chineseSource("(local note)")).isEqualTo("(local note)");
	}

}
