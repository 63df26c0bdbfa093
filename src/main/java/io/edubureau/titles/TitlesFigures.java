package io.edubureau.titles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.staff.TitleLevel;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The title-evaluation figures of the annual figure book: applications in the year's
 * rounds and those that passed (评审通过，公示期满), by the level applied for, each with its
 * records. Two reads per call: the year's rounds, then their applications; the scope is
 * the applicant's unit.
 */
@Component
class TitlesFigures implements FigureContributor {

	private static final String MODULE = "titles";

	static final String APPLICATIONS = "titles.applications.";

	static final String APPROVED = "titles.approved.";

	// Passed the panel and the public notice, appointed or not yet.
	private static final Set<ApplicationState> PASSED = EnumSet.of(ApplicationState.PASSED, ApplicationState.APPOINTED);

	private static final List<String> COLUMNS = List.of("titles.figures.name", "titles.figures.unit",
			"titles.figures.target", "titles.figures.state", "titles.figures.resultOn");

	private final RoundRepository rounds;

	private final ApplicationRepository applications;

	private final OrgManagement org;

	private final List<FigureDefinition> definitions = List.of(
			def(APPLICATIONS + "total", "职称评审申报人数", "Title applications", "当年职称评审（按评审年度）中申报的人数，含未推荐、未通过者。",
					"Applications in the year's title-evaluation rounds, whatever their outcome."),
			def(APPLICATIONS + "byLevel.<TITLE_LEVEL>", "按申报等级的职称评审申报人数", "Title applications by level",
					"当年职称评审中申报该等级的人数。", "Applications in the year's rounds for the level."),
			def(APPROVED + "total", "职称评审通过人数", "Title applications passed", "当年职称评审中经评委会表决通过且公示期满无异议（含已聘任）的人数。",
					"Applications in the year's rounds that the panel approved and that passed the public notice (appointed or not)."),
			def(APPROVED + "byLevel.<TITLE_LEVEL>", "按等级的职称评审通过人数", "Title applications passed by level",
					"当年职称评审中该等级评审通过（公示期满无异议）的人数。",
					"Applications for the level in the year's rounds that passed the panel and the public notice."));

	TitlesFigures(RoundRepository rounds, ApplicationRepository applications, OrgManagement org) {
		this.rounds = rounds;
		this.applications = applications;
		this.org = org;
	}

	private static FigureDefinition def(String key, String zh, String en, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, "people", defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	/** The applications of the year's rounds whose applicant's unit is in scope. */
	private List<TitleApplication> ofYear(FigureQuery q) {
		List<Long> roundIds = rounds.findByYear(q.year()).stream().map(TitleRound::getId).toList();
		if (roundIds.isEmpty()) {
			return List.of();
		}
		List<TitleApplication> found = applications.findByRoundIdInOrderByUnitIdAscIdAsc(roundIds);
		DataScope scope = q.scope();
		if (scope.kind() == ScopeKind.ALL) {
			return found;
		}
		Set<Long> units = scope.seesNothing() || scope.kind() == ScopeKind.SELF ? Set.of()
				: org.listAll(scope, UnitFilter.none()).stream().map(UnitView::id).collect(Collectors.toSet());
		return found.stream().filter(a -> units.contains(a.getUnitId())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		List<TitleApplication> found = ofYear(q);
		if (found.isEmpty()) {
			return values;
		}
		values.put(APPLICATIONS + "total", BigDecimal.valueOf(found.size()));
		values.put(APPROVED + "total",
				BigDecimal.valueOf(found.stream().filter(a -> PASSED.contains(a.getState())).count()));
		for (TitleLevel level : TitleLevel.values()) {
			if (level == TitleLevel.NONE) {
				continue;
			}
			long applied = found.stream().filter(a -> a.getTargetLevel() == level).count();
			long passed = found.stream()
				.filter(a -> a.getTargetLevel() == level && PASSED.contains(a.getState()))
				.count();
			values.put(APPLICATIONS + "byLevel." + level, BigDecimal.valueOf(applied));
			values.put(APPROVED + "byLevel." + level, BigDecimal.valueOf(passed));
		}
		return values;
	}

	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		boolean passedOnly = key.startsWith(APPROVED);
		String rest = key.substring(passedOnly ? APPROVED.length() : APPLICATIONS.length());
		TitleLevel level = null;
		if (rest.startsWith("byLevel.")) {
			try {
				level = TitleLevel.valueOf(rest.substring("byLevel.".length()));
			}
			catch (IllegalArgumentException ex) {
				throw new NotFound("figure " + key);
			}
		}
		TitleLevel only = level;
		List<TitleApplication> found = ofYear(q).stream()
			.filter(a -> !passedOnly || PASSED.contains(a.getState()))
			.filter(a -> only == null || a.getTargetLevel() == only)
			.toList();
		Map<Long, String> unitNames = new LinkedHashMap<>();
		org.byIds(found.stream().map(TitleApplication::getUnitId).collect(Collectors.toSet()))
			.forEach((id, u) -> unitNames.put(id, u.name()));
		List<List<String>> rows = new ArrayList<>();
		List<TitleApplication> shown = found.stream().skip((long) page * size).limit(size).toList();
		shown.forEach(a -> rows.add(List.of(a.getStaffName(), unitNames.getOrDefault(a.getUnitId(), ""),
				"enum.TitleLevel." + a.getTargetLevel().name(), "enum.ApplicationState." + a.getState().name(),
				a.getResultOn() == null ? "" : a.getResultOn().toString())));
		return new FigureRecords(COLUMNS, rows, found.size(),
				shown.stream().map(TitleApplication::getStaffId).toList());
	}

}
