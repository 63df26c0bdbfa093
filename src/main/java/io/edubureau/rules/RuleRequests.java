package io.edubureau.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;

/**
 * Reads the JSON bodies of the rule calculators field by field, so a missing field, a
 * fraction or text where a whole number belongs is refused with its field (422) rather
 * than rounded or turned into a generic error.
 */
final class RuleRequests {

	private final List<Problem> problems = new ArrayList<>();

	static List<EvaluationYear> evaluationYears(Map<String, Object> body) {
		RuleRequests r = new RuleRequests();
		Object years = body == null ? null : body.get("years");
		if (!(years instanceof List<?> list) || list.isEmpty()) {
			throw new Rejection("years", "rules.cadre.noYears");
		}
		List<EvaluationYear> result = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String field = "years[" + i + "]";
			if (!(list.get(i) instanceof Map<?, ?> y)) {
				r.problems.add(new Problem(field, "rules.input.object"));
				continue;
			}
			Integer year = r.whole(y, "year", field + ".year", true);
			Integer excellent = r.whole(y, "excellent", field + ".excellent", false);
			Integer competent = r.whole(y, "competent", field + ".competent", false);
			Integer basic = r.whole(y, "basicallyCompetent", field + ".basicallyCompetent", false);
			Integer incompetent = r.whole(y, "incompetent", field + ".incompetent", false);
			if (year != null && excellent != null && competent != null && basic != null && incompetent != null) {
				result.add(new EvaluationYear(year, excellent, competent, basic, incompetent));
			}
		}
		r.done();
		return result;
	}

	static ElectionCount electionCount(Map<String, Object> body) {
		RuleRequests r = new RuleRequests();
		Map<?, ?> b = body == null ? Map.of() : body;
		Integer eligible = r.whole(b, "eligible", "eligible", true);
		Integer cast = r.whole(b, "ballotsCast", "ballotsCast", true);
		Integer seats = b.containsKey("seats") ? r.whole(b, "seats", "seats", true) : Integer.valueOf(1);
		Map<String, Integer> votes = new LinkedHashMap<>();
		if (!(b.get("votes") instanceof Map<?, ?> v)) {
			r.problems.add(new Problem("votes", "rules.election.noCandidates"));
		}
		else {
			for (Map.Entry<?, ?> e : v.entrySet()) {
				String name = String.valueOf(e.getKey()).strip();
				Integer n = r.whole(v, e.getKey(), "votes", true);
				if (n != null) {
					votes.put(name, n);
				}
			}
		}
		r.done();
		return new ElectionCount(eligible, cast, seats, votes);
	}

	private Integer whole(Map<?, ?> object, Object key, String field, boolean required) {
		Object value = object.get(key);
		if (value == null) {
			if (required || !object.containsKey(key)) {
				problems.add(new Problem(field, "rules.input.required", field));
			}
			else {
				problems.add(new Problem(field, "rules.input.whole", field, "null"));
			}
			return null;
		}
		if (value instanceof Integer i) {
			return i;
		}
		if ((value instanceof Long || value instanceof BigInteger || value instanceof Short)
				&& new BigInteger(value.toString()).bitLength() < 32) {
			return Integer.valueOf(value.toString());
		}
		problems.add(new Problem(field, "rules.input.whole", field, String.valueOf(value)));
		return null;
	}

	private void done() {
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
	}

}
