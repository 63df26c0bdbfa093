package io.edubureau.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The election rule on its own, for the cases the API tests do not reach. */
class ElectionRuleTests {

	static final ElectionRule.Thresholds DEFAULTS = new ElectionRule.Thresholds(2, 3, 1, 2);

	static Map<String, Integer> votes(Object... nameThenVotes) {
		Map<String, Integer> m = new LinkedHashMap<>();
		for (int i = 0; i < nameThenVotes.length; i += 2) {
			m.put((String) nameThenVotes[i], (Integer) nameThenVotes[i + 1]);
		}
		return m;
	}

	@Test
	void aTieForTheLastSeatAmongMajoritiesElectsNoneOfTheTiedAndSendsThemToTheRunoff() {
		ElectionOutcome o = ElectionRule.decide(new ElectionCount(30, 20, 2, votes("甲", 15, "乙", 12, "丙", 12, "丁", 1)),
				DEFAULTS);
		assertThat(o.elected()).containsExactly("甲");
		assertThat(o.runoff()).containsExactly("乙", "丙");
		assertThat(o.reasons()).extracting(Reason::messageKey).contains("rules.election.tieAtLastSeat");
	}

	@Test
	void oneSeatLeftOfTwoGoesToARunoffOfTwo() {
		ElectionOutcome o = ElectionRule.decide(new ElectionCount(30, 20, 2, votes("甲", 15, "乙", 9, "丙", 8, "丁", 7)),
				DEFAULTS);
		assertThat(o.elected()).containsExactly("甲");
		assertThat(o.runoff()).containsExactly("乙", "丙");
	}

	@Test
	void theThresholdsAreTheParametersGiven() {
		// A three-quarter turnout: 20 of 30 is no longer enough.
		ElectionOutcome o = ElectionRule.decide(new ElectionCount(30, 20, 1, votes("甲", 15)),
				new ElectionRule.Thresholds(3, 4, 1, 2));
		assertThat(o.valid()).isFalse();
		assertThat(o.elected()).isEmpty();
	}

}
