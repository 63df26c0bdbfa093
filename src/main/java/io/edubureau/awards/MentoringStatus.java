package io.edubureau.awards;

import java.util.Set;

/**
 * A mentoring pair (名师带徒, 青蓝工程) is active for its period, then assessed as qualified (出师)
 * or not, or ended early.
 */
enum MentoringStatus {

	ACTIVE, QUALIFIED, NOT_QUALIFIED, ENDED;

	Set<MentoringStatus> next() {
		return this == ACTIVE ? Set.of(QUALIFIED, NOT_QUALIFIED, ENDED) : Set.of();
	}

}
