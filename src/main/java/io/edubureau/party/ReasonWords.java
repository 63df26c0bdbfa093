package io.edubureau.party;

import java.util.List;
import java.util.Locale;

import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words the rule's reasons: for the API with the rule's code and source as every module
 * does, for pages with the source alone ("依据：…"), since Chinese pages show no codes.
 */
@Component
class ReasonWords {

	private final RulesManagement rules;

	private final MessageSource messages;

	ReasonWords(RulesManagement rules, MessageSource messages) {
		this.rules = rules;
		this.messages = messages;
	}

	List<String> api(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> rules.explain(worded(r, locale), locale)).toList();
	}

	List<String> page(List<Reason> reasons, Locale locale) {
		return reasons.stream().map(r -> {
			Reason w = worded(r, locale);
			String text = messages.getMessage(w.messageKey(), w.args().toArray(), w.messageKey(), locale);
			return text + messages.getMessage("party.sourceOf", new Object[] { r.rule().source() },
					" (" + r.rule().source() + ")", locale);
		}).toList();
	}

	// Arguments naming an enum constant ("enum.MeetingKind.LECTURE") are worded first.
	private Reason worded(Reason r, Locale locale) {
		return new Reason(r.rule(), r.messageKey(), r.args()
			.stream()
			.map(a -> a instanceof String s && s.startsWith("enum.") ? messages.getMessage(s, null, s, locale) : a)
			.toList());
	}

	/** A plain message in the user's language. */
	String word(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

}
