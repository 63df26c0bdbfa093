package io.edubureau.pay;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The pay figures of the annual figure book, from the year's locked months in the scope
 * (a few grouped reads). Amounts are yuan with two decimals, made from fen exactly. The
 * lineage lists units, never a person's pay.
 */
@Component
class PayFigures implements FigureContributor {

	private static final String MODULE = "pay";

	private final PayManagement pay;

	private final List<FigureDefinition> definitions = List.of(
			def("pay.total", "工资发放总额", "Pay total", "yuan", "当年已锁定月份的应发工资合计（元）。",
					"Gross pay of the locked months of the year, in yuan."),
			def("pay.average", "人均年工资", "Average annual pay", "yuan", "当年应发工资合计 ÷ 平均人数（人月数 ÷ 12），四舍五入到分。",
					"Gross pay of the year over the average headcount (person-months ÷ 12), rounded half up to the fen."),
			def("pay.averageCompulsoryTeachers", "义务教育教师人均年工资", "Average annual pay of compulsory-education teachers",
					"yuan", "小学、初中、特殊教育专任教师当年应发工资合计 ÷ 平均人数。",
					"Gross pay of full-time primary, junior and special-education teachers over their average headcount."),
			def("pay.parityGap", "教师与公务员平均工资差额", "Teachers' pay against civil servants'", "yuan",
					"义务教育教师人均年工资减去本局录入的当地公务员年平均工资；负数表示低于（义务教育法第三十一条）。",
					"Compulsory-education teachers' average minus the local civil servants' average the bureau entered; negative is below (Compulsory Education Law art. 31).")
				.goodWhenDown(),
			def("pay.ruralAllowance.teachers", "享受乡村教师生活补助人数", "Teachers with the rural allowance", "people",
					"当年已锁定月份中领取乡村教师生活补助的人数。",
					"People paid the rural teacher living allowance in a locked month of the year."),
			def("pay.ruralAllowance.amount", "乡村教师生活补助金额", "Rural allowance paid", "yuan", "当年已锁定月份发放的乡村教师生活补助合计（元）。",
					"Rural teacher living allowance paid in the locked months of the year, in yuan."),
			def("pay.performance.total", "绩效工资发放额", "Performance pay paid", "yuan", "当年已锁定月份发放的基础性绩效工资合计（元）。",
					"Basic performance pay paid in the locked months of the year, in yuan."),
			def("pay.stepIncreases", "正常晋升薪级人数", "Annual step increases", "people", "当年1月1日正常晋升一级薪级的人数。",
					"People whose salary step was raised on 1 January of the year."),
			def("pay.annual.people", "工资年报发放人数", "People paid (annual salary report)", "people",
					"工资年报：当年已锁定月份领取工资的人数（一人在多个单位领取只计一次）。",
					"Annual salary report: people paid in a locked month of the year (once each, whatever their units)."),
			def("pay.annual.lockedMonths", "工资年报已锁定月份数", "Locked months (annual salary report)", "months",
					"工资年报所依据的当年已锁定工资月份数（未锁定的月份不计入年报）。",
					"The locked payroll months of the year the annual salary report is made from (months not locked are left out)."),
			def("pay.annual.byComponent.<COMPONENT>", "工资年报分项金额", "Annual salary report by component", "yuan",
					"工资年报：当年已锁定月份按工资项目（岗位工资、薪级工资、基础性和奖励性绩效工资、各项津贴补贴、补发、其他调整）的应发合计（元）。",
					"Annual salary report: the year's gross of the locked months by component (post wage, grade wage, basic and reward performance pay, each allowance, back pay, other adjustments), in yuan."),
			def("pay.annual.byEmployment.<TYPE>", "工资年报按用工形式人数", "Annual salary report by employment type", "people",
					"工资年报：当年已锁定月份领取工资的人数，按人员信息现记载的用工形式。",
					"Annual salary report: people paid in a locked month of the year by the employment type their staff record now gives."));

	static final String BY_COMPONENT = "pay.annual.byComponent.";

	static final String BY_EMPLOYMENT = "pay.annual.byEmployment.";

	private final PayAnnualReports annual;

	PayFigures(PayManagement pay, PayAnnualReports annual) {
		this.pay = pay;
		this.annual = annual;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	private static BigDecimal yuan(long fen) {
		return BigDecimal.valueOf(fen, 2);
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (q.year() < PayManagement.FIRST_YEAR || q.year() > PayManagement.LAST_YEAR) {
			return values;
		}
		Views.YearTotals t = pay.yearTotals(q.scope(), q.year());
		if (t.months() == 0) {
			return values;
		}
		values.put("pay.total", yuan(t.totalFen()));
		Long average = PayCalculator.annualAverage(t.totalFen(), t.personMonths());
		if (average != null) {
			values.put("pay.average", yuan(average));
		}
		Long teachers = PayCalculator.annualAverage(t.teacherTotalFen(), t.teacherPersonMonths());
		if (teachers != null) {
			values.put("pay.averageCompulsoryTeachers", yuan(teachers));
			Long civil = pay.civilServantAverage(q.scope(), q.year());
			if (civil != null) {
				values.put("pay.parityGap", yuan(teachers - civil));
			}
		}
		long[] rural = pay.codeTotal(q.scope(), q.year(), null, PayLineCode.RURAL_ALLOWANCE);
		values.put("pay.ruralAllowance.teachers", BigDecimal.valueOf(rural[1]));
		values.put("pay.ruralAllowance.amount", yuan(rural[0]));
		values.put("pay.performance.total",
				yuan(pay.codeTotal(q.scope(), q.year(), null, PayLineCode.PERFORMANCE_BASIC)[0]));
		values.put("pay.stepIncreases", BigDecimal.valueOf(pay.stepIncreasesIn(q.scope(), q.year(), null).size()));
		Views.AnnualReport report = annual.compute(q.scope(), q.year(), q.unitId());
		if (!report.lockedMonths().isEmpty()) {
			values.put("pay.annual.people", BigDecimal.valueOf(report.total().people()));
			values.put("pay.annual.lockedMonths", BigDecimal.valueOf(report.lockedMonths().size()));
			report.total().componentsFen().forEach((c, fen) -> values.put(BY_COMPONENT + c, yuan(fen)));
			report.total().byEmployment().forEach((type, n) -> values.put(BY_EMPLOYMENT + type, BigDecimal.valueOf(n)));
		}
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<String> columns = List.of("pay.month.unit", "pay.figure.people", "pay.figure.amount");
		if (q.year() < PayManagement.FIRST_YEAR || q.year() > PayManagement.LAST_YEAR) {
			return FigureRecords.empty(columns);
		}
		if (key.startsWith("pay.annual.")) {
			return annualRecords(key, q, columns, page, size);
		}
		List<Object[]> rows = switch (key) {
			case "pay.ruralAllowance.teachers", "pay.ruralAllowance.amount" ->
				pay.byUnit(q.scope(), q.year(), PayLineCode.RURAL_ALLOWANCE, null);
			case "pay.performance.total" -> pay.byUnit(q.scope(), q.year(), PayLineCode.PERFORMANCE_BASIC, null);
			case "pay.averageCompulsoryTeachers", "pay.parityGap" -> pay.byUnit(q.scope(), q.year(), null, true);
			case "pay.stepIncreases" -> {
				Map<Long, long[]> perUnit = new TreeMap<>();
				for (Object[] s : pay.stepIncreasesIn(q.scope(), q.year(), null)) {
					perUnit.computeIfAbsent((Long) s[2], u -> new long[1])[0]++;
				}
				List<Object[]> out = new ArrayList<>();
				perUnit.forEach((u, n) -> out.add(new Object[] { u, null, n[0] }));
				yield out;
			}
			default -> pay.byUnit(q.scope(), q.year(), null, null);
		};
		Map<Long, String> names = pay.unitNames(rows.stream().map(r -> (Long) r[0]).toList());
		List<List<String>> shown = new ArrayList<>();
		rows.stream().skip((long) page * size).limit(size).forEach(r -> {
			String unit = names.getOrDefault((Long) r[0], "");
			if (key.equals("pay.stepIncreases")) {
				shown.add(List.of(unit, String.valueOf(r[2]), ""));
			}
			else {
				shown.add(List.of(unit, String.valueOf(r[2]), PayCalculator.yuan(((Number) r[1]).longValue())));
			}
		});
		return new FigureRecords(columns, shown, rows.size());
	}

	// The annual report's lineage: its unit rows, each with the figure's people or
	// amount.
	private FigureRecords annualRecords(String key, FigureQuery q, List<String> columns, int page, int size) {
		String member = key.substring(key.lastIndexOf('.') + 1);
		boolean known = key.equals("pay.annual.people") || key.equals("pay.annual.lockedMonths")
				|| (key.startsWith(BY_COMPONENT) && PayAnnualReports.COMPONENTS.contains(member))
				|| (key.startsWith(BY_EMPLOYMENT) && (PayAnnualReports.UNKNOWN.equals(member)
						|| java.util.Arrays.stream(io.edubureau.staff.EmploymentType.values())
							.anyMatch(t -> t.name().equals(member))));
		if (!known) {
			throw new NotFound("figure " + key);
		}
		List<List<String>> shown = new ArrayList<>();
		List<Views.AnnualRow> rows = annual.compute(q.scope(), q.year(), q.unitId()).units();
		rows.stream().skip((long) page * size).limit(size).forEach(r -> {
			if (key.startsWith(BY_COMPONENT)) {
				shown.add(List.of(r.unitName(), String.valueOf(r.people()),
						PayCalculator.yuan(r.componentsFen().get(member))));
			}
			else if (key.startsWith(BY_EMPLOYMENT)) {
				shown.add(List.of(r.unitName(), String.valueOf(r.byEmployment().get(member)), ""));
			}
			else {
				shown.add(List.of(r.unitName(), String.valueOf(r.people()), PayCalculator.yuan(r.grossFen())));
			}
		});
		return new FigureRecords(columns, shown, rows.size());
	}

}
