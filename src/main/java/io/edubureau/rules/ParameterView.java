package io.edubureau.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A local parameter as it stands on a date: the value in force, where it comes from, and
 * every value set for it.
 *
 * @param effectiveFrom the date the value in force took effect, or {@code null} while the
 * policy default applies
 */
public record ParameterView(LocalParameter parameter, BigDecimal value, boolean isDefault, LocalDate effectiveFrom,
		List<ParameterChange> history) {

	public String key() {
		return parameter.key();
	}

	public PolicyRule rule() {
		return parameter.rule();
	}

}
