package io.edubureau.titles;

/** A panel member's vote on one application; every vote cast counts as present. */
public enum VoteChoice {

	YES, NO, ABSTAIN

}
