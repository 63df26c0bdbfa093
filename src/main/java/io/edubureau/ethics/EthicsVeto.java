package io.edubureau.ethics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one-vote veto (一票否决), one rule for every module (policy rules §6–§7, 教师〔2019〕10号,
 * 处理办法 2018 第四条): a failed ethics assessment of year Y makes that year's appraisal 不合格
 * (nothing above it through 31 December of Y) and blocks titles, awards, key-teacher
 * selection, pay rises and promotion from the end of Y for the given months (the last day
 * included); a sanction or disqualification in force blocks all of them to its last day,
 * a dismissal for good. Other handling (批评教育 …) blocks nothing.
 */
final class EthicsVeto {

	private static final PolicyRule RULE = PolicyRule.ETHICS_ONE_VOTE_VETO;

	private EthicsVeto() {
	}

	/**
	 * @param failedYears the years whose ethics assessment failed (yearly result or a
	 * semester)
	 * @param sanctions the person's sanctions and handling
	 * @param failedBlockMonths how long a failed year blocks after its end
	 */
	static VetoDecision decide(Set<Integer> failedYears, List<SanctionRecord> sanctions, int failedBlockMonths,
			VetoPurpose purpose, LocalDate on) {
		List<Reason> reasons = new ArrayList<>();
		boolean blocked = false;
		boolean forever = false;
		LocalDate until = null;
		DefaultMessageSourceResolvable what = new DefaultMessageSourceResolvable("enum.VetoPurpose." + purpose.name());
		for (int year : failedYears.stream().sorted().toList()) {
			if (year > on.getYear()) {
				continue;
			}
			LocalDate end = LocalDate.of(year, 12, 31);
			LocalDate last = purpose == VetoPurpose.APPRAISAL ? end : end.plusMonths(failedBlockMonths);
			if (!on.isAfter(last)) {
				blocked = true;
				until = later(until, last);
				reasons.add(new Reason(RULE,
						purpose == VetoPurpose.APPRAISAL ? "ethics.veto.failed.appraisal" : "ethics.veto.failed",
						String.valueOf(year), what, last.toString(), String.valueOf(failedBlockMonths)));
			}
		}
		for (SanctionRecord s : sanctions) {
			if (!s.kind().blocksTitles() || !s.inForceOn(on)) {
				continue;
			}
			blocked = true;
			DefaultMessageSourceResolvable kind = new DefaultMessageSourceResolvable(
					"enum.SanctionKind." + s.kind().name());
			if (s.kind() == SanctionKind.DISMISSAL) {
				forever = true;
				reasons.add(new Reason(RULE, "ethics.veto.dismissed", kind, s.decidedOn().toString(), what));
			}
			else {
				until = later(until, s.lastDay());
				reasons.add(new Reason(RULE, "ethics.veto.sanction", kind, s.decidedOn().toString(),
						s.lastDay().toString(), what));
			}
		}
		if (!blocked) {
			reasons.add(new Reason(RULE, "ethics.veto.clear", what, on.toString()));
		}
		return new VetoDecision(blocked, forever ? null : until, reasons);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a == null || (b != null && b.isAfter(a)) ? b : a;
	}

}
