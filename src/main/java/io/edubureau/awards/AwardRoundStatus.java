package io.edubureau.awards;

import java.util.Set;

/** A commendation round's states: nominating → review → public notice → conferred. */
public enum AwardRoundStatus {

	NOMINATING, REVIEW, PUBLICITY, CONFERRED;

	Set<AwardRoundStatus> next() {
		return switch (this) {
			case NOMINATING -> Set.of(REVIEW);
			case REVIEW -> Set.of(PUBLICITY, NOMINATING);
			case PUBLICITY -> Set.of(CONFERRED);
			case CONFERRED -> Set.of();
		};
	}

}
