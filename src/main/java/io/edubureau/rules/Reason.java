package io.edubureau.rules;

import java.util.List;

/**
 * One reason of a decision: which rule said what, from which values.
 *
 * @param rule the rule that gave it
 * @param messageKey the message key (bundle {@code messages/rules}) that words it
 * @param args the values read and the thresholds, in the order the message names them
 */
public record Reason(PolicyRule rule, String messageKey, List<Object> args) {

	public Reason(PolicyRule rule, String messageKey, Object... args) {
		this(rule, messageKey, List.of(args));
	}

}
