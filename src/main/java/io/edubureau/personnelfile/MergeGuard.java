package io.edubureau.personnelfile;

/**
 * What a merge of duplicates asks the other modules built on {@code staff} before the
 * merged record goes: whether something of theirs would be left undecidable (an open
 * transfer request). Implemented by those modules; personnelfile names no type of theirs.
 */
public interface MergeGuard {

	/**
	 * Refuses (with a {@code Rejection}) a merge that would strand an open record of this
	 * module.
	 */
	void checkMerge(long mergedId);

}
