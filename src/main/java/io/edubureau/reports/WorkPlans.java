package io.edubureau.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Rejection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work plan: a year's targets on figure keys, replaced as a whole (the old targets
 * are archived), with progress against the live figure book.
 */
@Service
class WorkPlans {

	private final PlanTargetRepository targets;

	private final ReportsManagement reports;

	private final AuditManagement audit;

	WorkPlans(PlanTargetRepository targets, ReportsManagement reports, AuditManagement audit) {
		this.targets = targets;
		this.reports = reports;
		this.audit = audit;
	}

	/** The year's targets of the scope's plan, without progress. */
	@Transactional(readOnly = true)
	List<WorkPlanTarget> targets(DataScope scope, int year) {
		return targets.findByOwnerKeyAndYearAndArchivedAtIsNullOrderByPositionAsc(owner(scope), year)
			.stream()
			.map(PlanTargetRow::toTarget)
			.toList();
	}

	/** The year's plan with progress against the live figures of the scope. */
	@Transactional(readOnly = true)
	WorkPlan plan(DataScope scope, int year) {
		ReportsManagement.checkYear(year);
		List<WorkPlanTarget> plan = targets(scope, year);
		if (plan.isEmpty()) {
			return new WorkPlan(year, List.of());
		}
		FigureBook book = reports.book(scope, year, null);
		List<FigureDefinition> definitions = reports.definitions();
		return new WorkPlan(year, plan.stream().map(t -> progress(t, book, definitions)).toList());
	}

	/** Replaces the year's targets; an unknown figure key is refused, naming it. */
	@Transactional
	WorkPlan replace(DataScope scope, int year, List<WorkPlanTarget> proposed) {
		ReportsManagement.checkYear(year);
		List<WorkPlanTarget> clean = validate(proposed == null ? List.of() : proposed, reports.definitions());
		String owner = owner(scope);
		List<PlanTargetRow> current = targets.findByOwnerKeyAndYearAndArchivedAtIsNullOrderByPositionAsc(owner, year);
		Map<String, Object> before = describe(current.stream().map(PlanTargetRow::toTarget).toList());
		current.forEach(PlanTargetRow::archive);
		String actor = Actor.current();
		for (int i = 0; i < clean.size(); i++) {
			targets.save(new PlanTargetRow(owner, year, i + 1, clean.get(i), actor));
		}
		audit.record(AuditAction.UPDATE, "reports.plan", owner + "/" + year,
				"work plan " + year + ": " + clean.size() + " targets", Change.between(before, describe(clean)));
		return plan(scope, year);
	}

	/**
	 * Whose texts and plans: the data scope that writes them (a bureau officer's bureau,
	 * the whole installation for an administrator), so two bureaus never share them.
	 */
	static String owner(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> "ALL";
			case SELF -> "SELF:" + scope.staffId();
			default -> scope.kind() + ":" + scope.unitId();
		};
	}

	static List<WorkPlanTarget> validate(List<WorkPlanTarget> proposed, List<FigureDefinition> definitions) {
		List<Rejection.Problem> problems = new ArrayList<>();
		List<WorkPlanTarget> clean = new ArrayList<>();
		for (int i = 0; i < proposed.size(); i++) {
			WorkPlanTarget t = proposed.get(i);
			String field = "targets[" + i + "]";
			String key = t == null || t.key() == null ? "" : t.key().strip();
			if (key.isEmpty()) {
				problems.add(new Rejection.Problem(field + ".key", "reports.plan.keyRequired"));
				continue;
			}
			if (definitions.stream().noneMatch(d -> d.covers(key))) {
				problems.add(new Rejection.Problem(field + ".key", "reports.figure.unknownKey", key));
			}
			Optional<WorkPlanTarget.Comparison> comparison = WorkPlanTarget.Comparison.parse(t.comparator());
			if (comparison.isEmpty()) {
				problems.add(new Rejection.Problem(field + ".comparator", "reports.plan.comparator.invalid",
						String.valueOf(t.comparator())));
			}
			if (t.target() == null) {
				problems.add(new Rejection.Problem(field + ".target", "reports.plan.targetRequired"));
			}
			else if (t.target().abs().compareTo(new BigDecimal("1000000000")) >= 0 || t.target().scale() > 4) {
				problems.add(new Rejection.Problem(field + ".target", "reports.plan.targetRange"));
			}
			String note = t.note() == null || t.note().isBlank() ? null : t.note().strip();
			if (note != null && note.length() > 500) {
				problems.add(new Rejection.Problem(field + ".note", "reports.plan.noteLength"));
			}
			if (comparison.isPresent() && t.target() != null) {
				clean.add(new WorkPlanTarget(key, comparison.get().symbol(), t.target(), note));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		return clean;
	}

	static WorkPlan.Progress progress(WorkPlanTarget t, FigureBook book, List<FigureDefinition> definitions) {
		FigureDefinition d = definitions.stream().filter(x -> x.covers(t.key())).findFirst().orElse(null);
		BigDecimal actual = book.figure(t.key()).map(FigureValue::value).orElse(null);
		if (actual == null && d != null && d.family()) {
			// A family member the book leaves out counted nobody.
			actual = BigDecimal.ZERO;
		}
		String member = d == null ? null : d.member(t.key());
		String zh = d == null ? t.key() : d.labelZh() + (member == null ? "" : " · " + member);
		String en = d == null ? t.key() : d.labelEn() + (member == null ? "" : " · " + member);
		Boolean met = actual == null ? null : t.comparison().met(actual, t.target());
		BigDecimal percent = actual == null || t.target().signum() == 0 ? null
				: actual.multiply(BigDecimal.valueOf(100)).divide(t.target(), 1, RoundingMode.HALF_UP);
		return new WorkPlan.Progress(t, zh, en, d != null && d.percent(), actual, met, percent);
	}

	private static Map<String, Object> describe(List<WorkPlanTarget> plan) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < plan.size(); i++) {
			WorkPlanTarget t = plan.get(i);
			fields.put("target" + (i + 1),
					t.key() + " " + t.comparator() + " " + t.target().stripTrailingZeros().toPlainString()
							+ (t.note() == null ? "" : " (" + t.note() + ")"));
		}
		return fields;
	}

}
