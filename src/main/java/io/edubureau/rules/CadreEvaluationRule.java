package io.edubureau.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bureau's cadre evaluation rule (seed 002): one year's share of 基本称职 + 不称职 at or
 * above the admonish threshold calls for an admonishment talk; the share at or above the
 * removal threshold in each of the consecutive years ending with the latest calls for
 * removal in principle. "以上" includes the number itself, so both compare with ≥, on
 * integers: {@code 10000 × unfavourable ≥ basisPoints × valid}.
 */
final class CadreEvaluationRule {

	private CadreEvaluationRule() {
	}

	/**
	 * @param years distinct years with at least one valid ballot each, in any order
	 * @param admonishBasisPoints admonish threshold (2000 = 20%)
	 * @param removeBasisPoints removal threshold (3000 = 30%)
	 * @param removeYears how many consecutive years must reach the removal threshold
	 * @param parametersOn the day the thresholds were read for
	 */
	static CadreEvaluation decide(List<EvaluationYear> years, int admonishBasisPoints, int removeBasisPoints,
			int removeYears, LocalDate parametersOn) {
		Map<Integer, EvaluationYear> byYear = years.stream()
			.collect(Collectors.toMap(EvaluationYear::year, Function.identity()));
		EvaluationYear latest = years.stream().max(Comparator.comparingInt(EvaluationYear::year)).orElseThrow();
		List<Reason> reasons = new ArrayList<>();
		PolicyRule rule = PolicyRule.CADRE_EVALUATION;
		reasons.add(new Reason(rule, "rules.cadre.share", year(latest.year()), latest.unfavourable(), latest.valid(),
				percent(latest), latest.basicallyCompetent(), latest.incompetent(), latest.excellent(),
				latest.competent()));
		boolean admonish = reaches(latest, admonishBasisPoints);
		reasons.add(new Reason(rule, admonish ? "rules.cadre.admonishReached" : "rules.cadre.admonishNotReached",
				year(latest.year()), percent(latest), basisPoints(admonishBasisPoints), parametersOn.toString()));
		boolean remove = true;
		for (int i = 0; i < removeYears; i++) {
			int y = latest.year() - i;
			EvaluationYear e = byYear.get(y);
			if (e == null) {
				remove = false;
				reasons.add(new Reason(rule, "rules.cadre.yearMissing", year(y), removeYears));
				break;
			}
			boolean reached = reaches(e, removeBasisPoints);
			reasons.add(new Reason(rule, reached ? "rules.cadre.removeReached" : "rules.cadre.removeNotReached",
					year(y), percent(e), basisPoints(removeBasisPoints)));
			if (!reached) {
				remove = false;
				break;
			}
		}
		CadreOutcome outcome = remove ? CadreOutcome.REMOVE : admonish ? CadreOutcome.ADMONISH : CadreOutcome.NONE;
		reasons.add(
				new Reason(rule, "rules.cadre.outcome." + outcome.name(), removeYears, basisPoints(removeBasisPoints)));
		return new CadreEvaluation(latest.year(), outcome, share(latest), List.copyOf(reasons));
	}

	static boolean reaches(EvaluationYear e, int basisPoints) {
		return 10_000L * e.unfavourable() >= (long) basisPoints * e.valid();
	}

	static BigDecimal share(EvaluationYear e) {
		return BigDecimal.valueOf(e.unfavourable()).divide(BigDecimal.valueOf(e.valid()), 4, RoundingMode.HALF_UP);
	}

	/** The share as people read it, e.g. 23.81%. */
	static String percent(EvaluationYear e) {
		return BigDecimal.valueOf(e.unfavourable())
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(e.valid()), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

	static String basisPoints(int basisPoints) {
		return BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros().toPlainString() + "%";
	}

	// Years as text, so the message format does not group their digits.
	private static String year(int year) {
		return Integer.toString(year);
	}

}
