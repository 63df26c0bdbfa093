package io.edubureau.ethics;

import java.util.Set;

/**
 * Where a case stands: reported, under investigation, decided, notified to the teacher,
 * appealed, closed.
 */
enum CaseStatus {

	REPORTED, INVESTIGATING, DECIDED, NOTIFIED, APPEALED, CLOSED;

	Set<CaseStatus> next() {
		return switch (this) {
			case REPORTED -> Set.of(INVESTIGATING);
			case INVESTIGATING -> Set.of(DECIDED);
			case DECIDED -> Set.of(NOTIFIED);
			case NOTIFIED -> Set.of(APPEALED, CLOSED);
			case APPEALED -> Set.of(CLOSED);
			case CLOSED -> Set.of();
		};
	}

}
