package io.edubureau.exchange;

import java.util.Set;

/** A proposal in a plan, then a dated posting at the host school, then the return. */
enum PostingStatus {

	PROPOSED, POSTED, RETURNED, WITHDRAWN;

	/** The statuses this one may move to. */
	Set<PostingStatus> next() {
		return switch (this) {
			case PROPOSED -> Set.of(POSTED, WITHDRAWN);
			case POSTED -> Set.of(RETURNED);
			case RETURNED, WITHDRAWN -> Set.of();
		};
	}

}
