package io.edubureau.party;

/**
 * Where the follow-up of a member graded 不合格 stands: due → 限期改正 → corrected, or persuaded
 * to withdraw (劝其退党) → removed (除名) when they do not.
 */
enum FollowUp {

	DUE, CORRECTING, CORRECTED, PERSUADED_TO_WITHDRAW, REMOVED

}
