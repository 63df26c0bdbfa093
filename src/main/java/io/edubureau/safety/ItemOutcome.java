package io.edubureau.safety;

/** A checklist item's result as a sheet gives it: 合格 or 不合格. */
enum ItemOutcome {

	PASS, FAIL

}
