package io.edubureau.pay;

import io.edubureau.org.Locality;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;

/**
 * A unit's remoteness class for the rural teacher living allowance (乡村教师支持计划): teaching
 * point, village school, township school, or none (urban).
 */
enum Remoteness {

	TEACHING_POINT, VILLAGE, TOWNSHIP, NONE;

	/**
	 * From the unit: a teaching point is one; otherwise its locality (rural → village,
	 * town → township, urban or unknown → none).
	 */
	static Remoteness of(UnitView unit) {
		if (unit == null) {
			return NONE;
		}
		if (unit.type() == UnitType.TEACHING_POINT) {
			return TEACHING_POINT;
		}
		if (unit.locality() == Locality.RURAL) {
			return VILLAGE;
		}
		if (unit.locality() == Locality.TOWN) {
			return TOWNSHIP;
		}
		return NONE;
	}

	/** Township and below, where the township work allowance is paid. */
	boolean townshipOrBelow() {
		return this != NONE;
	}

}
