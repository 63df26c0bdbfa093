package io.edubureau.exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The exchange figures of the year: the eligible pool of the year's adopted plans, the
 * people posted (home school in scope), their backbone teachers and cadres, and support
 * teaching.
 */
@Component
class ExchangeFigures implements FigureContributor {

	private static final String MODULE = "exchange";

	private final ExchangeManagement exchange;

	private final List<FigureDefinition> definitions = List.of(def("exchange.eligible", "符合交流条件教师数",
			"Teachers eligible for exchange", "people", false,
			"当年已确定的交流计划统计的符合交流条件教师数（同校连续任教满6年、校长副校长任满两届，可由本地参数调整；免于交流者除外）。",
			"Teachers eligible for exchange counted by the year's adopted plans (6 continuous years at one school, principals after two full terms, adjustable locally; exempt people left out)."),
			def("exchange.teachers", "交流轮岗教师数", "Teachers exchanged", "people", false, "当年计划中已到岗（含已返回）的交流、支教、轮岗、走教教师数。",
					"Teachers of the year's plans posted at a host school (returned ones included)."),
			def("exchange.share", "交流比例", "Share exchanged", "percent", true,
					"交流轮岗教师数占符合交流条件教师数的百分比（不低于10%，教师〔2014〕4号）。",
					"Teachers exchanged in percent of the eligible (at least 10%, 教师〔2014〕4号).")
				.goodWhenUp(),
			def("exchange.backbone", "交流骨干教师数", "Backbone teachers exchanged", "people", false, "交流轮岗教师中的骨干教师、学科带头人数。",
					"Backbone teachers and academic leaders among those exchanged."),
			def("exchange.backboneShare", "骨干教师占交流比例", "Backbone share of the exchanged", "percent", true,
					"交流骨干教师占交流轮岗教师的百分比（不低于20%）。", "Backbone teachers in percent of those exchanged (at least 20%)."),
			def("exchange.cadres", "交流校长和中层干部数", "Principals and middle cadres exchanged", "people", false,
					"交流轮岗教师中在任的校长、副校长、书记和中层干部数。",
					"Principals, vice-principals, secretaries and middle-level cadres among those exchanged."),
			def("supportTeaching.teachers", "支教教师数", "Support teachers", "people", false, "当年计划中以支教方式到农村或薄弱学校任教的教师数。",
					"Teachers of the year's plans posted as support teachers (支教)."));

	ExchangeFigures(ExchangeManagement exchange) {
		this.exchange = exchange;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, boolean percent, String defZh,
			String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, percent);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (q.year() < 2014 || q.year() > 2100) {
			return values;
		}
		int eligible = exchange.plansOfYear(q.scope(), q.year())
			.stream()
			.filter(p -> p.getStatus() == PlanStatus.ADOPTED)
			.mapToInt(ExchangePlan::getEligible)
			.sum();
		List<ExchangePosting> posted = exchange.postingsOfYear(q.scope(), q.year());
		long backbone = posted.stream().filter(ExchangePosting::isBackbone).count();
		values.put("exchange.eligible", BigDecimal.valueOf(eligible));
		values.put("exchange.teachers", BigDecimal.valueOf(posted.size()));
		if (eligible > 0) {
			values.put("exchange.share", percent(posted.size(), eligible));
		}
		values.put("exchange.backbone", BigDecimal.valueOf(backbone));
		if (!posted.isEmpty()) {
			values.put("exchange.backboneShare", percent(backbone, posted.size()));
		}
		values.put("exchange.cadres", BigDecimal.valueOf(posted.stream().filter(ExchangePosting::isCadre).count()));
		values.put("supportTeaching.teachers",
				BigDecimal.valueOf(posted.stream().filter(p -> p.getKind() == ExchangeKind.SUPPORT_TEACHING).count()));
		return values;
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<String> columns = List.of("exchange.column.name", "exchange.column.from", "exchange.column.to",
				"exchange.column.kind", "exchange.column.start", "exchange.column.return");
		if (q.year() < 2014 || q.year() > 2100 || key.equals("exchange.eligible")) {
			return FigureRecords.empty(columns);
		}
		List<ExchangePosting> posted = exchange.postingsOfYear(q.scope(), q.year()).stream().filter(p -> switch (key) {
			case "exchange.backbone", "exchange.backboneShare" -> p.isBackbone();
			case "exchange.cadres" -> p.isCadre();
			case "supportTeaching.teachers" -> p.getKind() == ExchangeKind.SUPPORT_TEACHING;
			default -> true;
		}).toList();
		List<Views.PostingView> views = exchange
			.postingViews(posted.stream().skip((long) page * size).limit(size).toList());
		List<List<String>> rows = new ArrayList<>();
		List<Long> people = new ArrayList<>();
		for (Views.PostingView v : views) {
			people.add(v.staffId());
			rows.add(List.of(v.staffName(), v.fromUnitName(), v.toUnitName(), "enum.ExchangeKind." + v.kind().name(),
					String.valueOf(v.startOn()),
					String.valueOf(v.returnedOn() != null ? v.returnedOn() : v.returnOn())));
		}
		return new FigureRecords(columns, rows, posted.size(), people);
	}

}
