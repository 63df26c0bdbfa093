package io.edubureau.party;

/**
 * The steps of the pipeline, in the order of the 细则: application, the talk, activist,
 * each half-yearly assessment, development target, political review, short-term training,
 * public notice (公示), the branch general meeting's vote, the higher committee's approval
 * (probationary member), conversion (按期转正), extension of the probationary period,
 * disqualification.
 */
enum DevelopmentStepKind {

	APPLICATION, TALK, ACTIVIST, ASSESSMENT, DEVELOPMENT_TARGET, POLITICAL_REVIEW, TRAINING, PUBLIC_NOTICE, BRANCH_VOTE,
	PROBATIONARY, FULL_MEMBER, EXTENSION, DISQUALIFIED

}
