package io.edubureau.registration;

/** A registration evaluation's outcome: 合格, 暂缓注册, 不予注册. */
public enum RegistrationOutcome {

	PASSED, POSTPONED, FAILED

}
