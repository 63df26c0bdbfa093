package io.edubureau.staff;

/** Whether a teacher qualification certificate still stands (教师资格条例 第十九条, 教师法 第十四条). */
public enum CertificateStatus {

	VALID,
	/** 撤销: revoked by the education authority. */
	REVOKED,
	/** 丧失: lost by law (e.g. a criminal sentence or dismissal). */
	LOST

}
