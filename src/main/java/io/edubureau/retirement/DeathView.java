package io.edubureau.retirement;

import java.util.List;

/** A person's death record (null when none) and the survivor benefits decided. */
record DeathView(DeathRecordView death, List<SurvivorBenefitView> benefits) {

	public DeathView masked() {
		return new DeathView(death, benefits.stream().map(SurvivorBenefitView::masked).toList());
	}

}
