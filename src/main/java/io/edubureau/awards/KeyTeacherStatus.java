package io.edubureau.awards;

import java.util.Set;

/**
 * A designation's states: in force for its term, then reviewed at its end as renewed (a
 * new term follows) or lapsed; revoked ends it, or a renewed one, early.
 */
enum KeyTeacherStatus {

	IN_FORCE, RENEWED, LAPSED, REVOKED;

	Set<KeyTeacherStatus> next() {
		return switch (this) {
			case IN_FORCE -> Set.of(RENEWED, LAPSED, REVOKED);
			// A renewed term runs to its end unless revoked.
			case RENEWED -> Set.of(REVOKED);
			case LAPSED, REVOKED -> Set.of();
		};
	}

}
