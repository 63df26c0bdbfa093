package io.edubureau.titles;

/**
 * The panel's approval threshold, in integers: yes × denominator ≥ present × numerator.
 */
final class PanelApproval {

	private PanelApproval() {
	}

	static boolean approved(int yes, int present, int numerator, int denominator) {
		return present > 0 && (long) yes * denominator >= (long) present * numerator;
	}

}
