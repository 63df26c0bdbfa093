package io.edubureau.aid;

/** Where an application stands: 已申请, 学校审核通过, 公示中, 已批准, 已发放, 未通过, 已冲回. */
enum AidStatus {

	APPLIED, SCHOOL_REVIEWED, PUBLICISED, APPROVED, PAID, REJECTED, REVERSED;

	/**
	 * Whether the application holds the student's one grant of its programme and
	 * semester.
	 */
	boolean standing() {
		return this != REJECTED && this != REVERSED;
	}

}
