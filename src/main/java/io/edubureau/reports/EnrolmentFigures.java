package io.edubureau.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.org.EnrolmentTotal;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitEnrolment;
import io.edubureau.org.UnitView;
import io.edubureau.platform.NotFound;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The school-year figures from the organisation registry's enrolment: students and
 * classes of the school year that began in September of the book's year. Lives in
 * {@code reports} because {@code org} cannot depend on it; reads enrolment only through
 * {@link OrgManagement}.
 */
@Component
class EnrolmentFigures implements FigureContributor {

	static final String ENROLLED = "students.enrolled";

	static final String BY_STAGE = "students.byStage.";

	static final String CLASSES = "students.classes";

	private static final String MODULE = "org";

	private static final List<String> COLUMNS = List.of("reports.enrolment.unit", "reports.enrolment.schoolYear",
			"reports.enrolment.stage", "reports.enrolment.students", "reports.enrolment.classes");

	private final OrgManagement org;

	private final List<FigureDefinition> definitions = List.of(def(ENROLLED, "在校学生数", "Students enrolled", "people",
			"范围内各单位（含已撤并单位）在该学年登记的在校学生合计；学年自当年9月起，如2026年的数据簿为2026–2027学年，上年数为上一学年。",
			"Students recorded for the units in scope (archived ones included) in the school year that began in September of the book's year (the 2026 book counts school year 2026–2027); last year is the previous school year."),
			def(BY_STAGE + "<STAGE>", "分学段在校学生数", "Students enrolled by stage", "people",
					"范围内各单位在该学年登记的在校学生，按学段（学年自当年9月起）。",
					"Students recorded for the units in scope in the school year that began in September of the book's year, by stage."),
			def(CLASSES, "教学班数", "Classes", "classes", "范围内各单位在该学年登记的教学班合计（学年自当年9月起）。",
					"Classes recorded for the units in scope in the school year that began in September of the book's year."));

	EnrolmentFigures(OrgManagement org) {
		this.org = org;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false, FigurePeriod.SCHOOL_YEAR);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery query) {
		long students = 0;
		long classes = 0;
		Map<String, BigDecimal> byStage = new LinkedHashMap<>();
		for (EnrolmentTotal t : org.enrolmentTotals(query.scope(), query.schoolYear())) {
			students += t.students();
			classes += t.classes();
			if (t.students() > 0) {
				byStage.put(BY_STAGE + t.stage().name(), BigDecimal.valueOf(t.students()));
			}
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put(ENROLLED, BigDecimal.valueOf(students));
		values.putAll(byStage);
		values.put(CLASSES, BigDecimal.valueOf(classes));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery query, int page, int size) {
		Set<Stage> stages;
		if (ENROLLED.equals(key) || CLASSES.equals(key)) {
			stages = EnumSet.allOf(Stage.class);
		}
		else if (key.startsWith(BY_STAGE)) {
			stages = EnumSet.of(stage(key.substring(BY_STAGE.length()), key));
		}
		else {
			throw new NotFound("figure " + key);
		}
		Page<UnitEnrolment> found = org.enrolmentPage(query.scope(), query.schoolYear(), stages,
				PageRequest.of(page, size));
		Map<Long, UnitView> units = org.byIds(found.getContent().stream().map(UnitEnrolment::unitId).toList());
		String schoolYear = query.schoolYear() + "–" + (query.schoolYear() + 1);
		List<List<String>> rows = new ArrayList<>();
		for (UnitEnrolment e : found.getContent()) {
			UnitView unit = units.get(e.unitId());
			rows.add(List.of(unit == null ? String.valueOf(e.unitId()) : unit.code() + " " + unit.name(), schoolYear,
					"enum.Stage." + e.enrolment().stage().name(), String.valueOf(e.enrolment().students()),
					String.valueOf(e.enrolment().classes())));
		}
		return new FigureRecords(COLUMNS, rows, found.getTotalElements());
	}

	private static Stage stage(String code, String key) {
		try {
			return Stage.valueOf(code);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFound("figure " + key);
		}
	}

}
