package io.edubureau.sheet;

import java.util.Map;

/**
 * What a finished background action did.
 *
 * @param summary one sentence in the user's language, shown on the page
 * @param result figures for the API (counts by outcome, the affected resource's address)
 */
public record ActionOutcome(String summary, Map<String, Object> result) {

	public ActionOutcome {
		result = Map.copyOf(result);
	}

}
