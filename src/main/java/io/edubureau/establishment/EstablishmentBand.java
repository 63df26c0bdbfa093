package io.edubureau.establishment;

import java.util.List;

import io.edubureau.establishment.UnitEstablishment.State;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

/**
 * Policy rules §11 with the bureau's tolerance band: a unit is flagged 超编 or 缺编 only when
 * its in-establishment headcount lies more than the tolerance above or below the approved
 * posts (the required posts when nothing is approved); within the band it is balanced.
 * Nothing approved and no ratio: no comparison.
 */
final class EstablishmentBand {

	static final PolicyRule RULE = PolicyRule.ESTABLISHMENT_STANDARD;

	private EstablishmentBand() {
	}

	record Standing(int balance, State state, List<Reason> reasons) {
	}

	static Standing decide(int approved, int required, boolean ratioApplies, int actual, int tolerance) {
		if (approved == 0 && !ratioApplies) {
			return new Standing(0, State.NONE, List.of(new Reason(RULE, "establishment.reason.none", actual)));
		}
		boolean byApproval = approved > 0;
		int basis = byApproval ? approved : required;
		int balance = actual - basis;
		String against = byApproval ? "approved" : "required";
		// 超过 the band: a balance equal to the tolerance is still within it.
		if (balance > tolerance) {
			return new Standing(balance, State.OVER, List
				.of(new Reason(RULE, "establishment.reason.over." + against, actual, basis, balance, tolerance)));
		}
		if (-balance > tolerance) {
			return new Standing(balance, State.UNDER, List
				.of(new Reason(RULE, "establishment.reason.under." + against, actual, basis, -balance, tolerance)));
		}
		return new Standing(balance, State.BALANCED,
				List.of(new Reason(RULE, "establishment.reason.within." + against, actual, basis, balance, tolerance)));
	}

}
