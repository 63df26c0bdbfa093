package io.edubureau.party;

/**
 * Where a person stands in the development pipeline (发展党员): 入党申请人, 入党积极分子, 发展对象, admitted
 * by the branch meeting awaiting approval, 预备党员, 正式党员, or 取消预备党员资格.
 */
enum DevelopmentStage {

	APPLICANT, ACTIVIST, DEVELOPMENT_TARGET, ADMITTED, PROBATIONARY, FULL_MEMBER, DISQUALIFIED

}
