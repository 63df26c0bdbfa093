package io.edubureau.party;

import java.util.List;

import io.edubureau.platform.Rejection;
import io.edubureau.rules.Reason;

/** A step the rule refuses, with its reasons; nothing has been written. */
class StepRefused extends Rejection {

	private final transient List<Reason> reasons;

	StepRefused(List<Reason> reasons) {
		super(reasons.stream().map(r -> new Problem("date", r.messageKey(), r.args().toArray())).toList());
		this.reasons = List.copyOf(reasons);
	}

	List<Reason> reasons() {
		return reasons;
	}

}
