package io.edubureau.titles;

import java.util.List;

import io.edubureau.rules.Reason;
import io.edubureau.staff.TitleLevel;

/**
 * Whether a person may apply for a title level, with every criterion checked.
 *
 * @param current the current level
 * @param target the level applied for
 * @param eligible every criterion met
 * @param criteria each criterion with its reason (values read, threshold)
 */
public record TitleDecision(TitleLevel current, TitleLevel target, boolean eligible, List<Criterion> criteria) {

	public List<Reason> reasons() {
		return criteria.stream().map(Criterion::reason).toList();
	}

	public List<Reason> unmet() {
		return criteria.stream().filter(c -> !c.met()).map(Criterion::reason).toList();
	}

	/**
	 * One checked condition.
	 *
	 * @param code what was checked: PATH, RURAL_SERVICE, ETHICS, SANCTION (the pure rule;
	 * {@code TitlesManagement} replaces both by VETO, the ethics module's one-vote veto),
	 * APPRAISAL, REGISTRATION, TRAINING
	 * @param met whether it holds
	 * @param reason the rule, values and threshold
	 */
	public record Criterion(String code, boolean met, Reason reason) {
	}

}
