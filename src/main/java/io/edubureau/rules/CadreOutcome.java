package io.edubureau.rules;

/** What the democratic evaluation calls for. */
public enum CadreOutcome {

	/** Nothing. */
	NONE,

	/** 诫勉谈话: an admonishment talk. */
	ADMONISH,

	/** 免职: removal from the post, in principle. */
	REMOVE

}
