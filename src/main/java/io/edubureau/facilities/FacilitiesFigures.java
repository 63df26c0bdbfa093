package io.edubureau.facilities;

import java.math.BigDecimal;
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
 * The facilities figures of the annual figure book: projects started and accepted in the
 * calendar year, the investment paid in it, the floor area accepted, the ratios of the
 * year's inventories over the scope (one aggregate query each), and the school buildings
 * standing on 31 December with the dangerous ones by their grade on that day.
 */
@Component
class FacilitiesFigures implements FigureContributor {

	private static final String MODULE = "facilities";

	private final FacilitiesManagement facilities;

	private final BuildingRegister buildings;

	private final OperatingFunds funds;

	private final List<FigureDefinition> definitions = List.of(
			def("projects.started", "新开工基建项目数", "Construction projects started", "projects", false,
					"当年开工（进入在建阶段）的基建项目数。", "Construction projects whose works started in the year."),
			def("projects.completed", "竣工验收基建项目数", "Construction projects completed", "projects", false,
					"当年通过竣工验收的基建项目数。", "Construction projects accepted on completion in the year."),
			def("projects.investment", "基建完成投资", "Construction investment", "tenThousandYuan", false,
					"当年基建项目支付金额合计（万元，保留2位小数）。",
					"Payments on construction projects in the year, in ten-thousand yuan (万元) to two decimals."),
			def("projects.floorArea", "竣工校舍面积", "Floor area completed", "sqm", false, "当年竣工验收项目的建筑面积合计（平方米）。",
					"Floor area of the projects accepted in the year, in square metres."),
			def("equipment.computersPer100", "每百名学生拥有计算机台数", "Computers per 100 pupils", "computers", false,
					"当年上报清查的学校学生用计算机合计 × 100 ÷ 在校生合计，保留1位小数。",
					"Computers for pupils of the schools reporting the year's inventory × 100 over their pupils, to one decimal."),
			def("library.booksPerPupil", "生均图书", "Library books per pupil", "books", false,
					"当年上报清查的学校藏书合计 ÷ 在校生合计，保留1位小数。",
					"Library books of the schools reporting the year's inventory over their pupils, to one decimal.")
				.goodWhenUp(),
			def("equipment.value", "教学仪器设备总值", "Teaching equipment value", "tenThousandYuan", false,
					"当年上报清查的学校教学仪器设备值合计（万元，保留2位小数）。",
					"Value of the teaching equipment of the schools reporting the year's inventory, in ten-thousand yuan (万元) to two decimals."),
			def("facilities.buildings.area", "校舍建筑面积", "School building floor area", "sqm", false,
					"12月31日在册（当年及以前建成、未拆除）校舍的建筑面积合计（平方米）。",
					"Floor area of the school buildings standing on 31 December (built by then, not demolished), in square metres."),
			def("facilities.dangerous.count", "危房栋数", "Dangerous buildings", "buildings", false,
					"12月31日在册校舍中，截至当日最近一次安全鉴定为C级或D级的栋数。",
					"School buildings standing on 31 December whose latest safety appraisal by then was grade C or D.")
				.goodWhenDown(),
			def("facilities.dangerous.area", "危房面积", "Dangerous building floor area", "sqm", false,
					"上述C、D级危房的建筑面积合计（平方米）。", "Floor area of those grade C or D buildings, in square metres.")
				.goodWhenDown(),
			def("funds.allocated", "核定生均公用经费", "Operating funds allocated", "tenThousandYuan", false,
					"按当年1月1日所在学年小学、初中在校生数乘以当日生均公用经费标准核定的金额合计（万元，保留2位小数）。",
					"Primary and junior secondary pupils of the school year running on 1 January times the per-pupil standards in force that day, in ten-thousand yuan (万元) to two decimals."),
			def("funds.disbursed", "拨付生均公用经费", "Operating funds paid out", "tenThousandYuan", false,
					"当年度已拨付学校的公用经费合计（万元，保留2位小数）。",
					"Operating funds of the year paid out to the schools, in ten-thousand yuan (万元) to two decimals."));

	FacilitiesFigures(FacilitiesManagement facilities, BuildingRegister buildings, OperatingFunds funds) {
		this.facilities = facilities;
		this.buildings = buildings;
		this.funds = funds;
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
		if (q.year() < 2000 || q.year() > 2100) {
			return values;
		}
		values.put("projects.started",
				BigDecimal.valueOf(facilities.countProjects(facilities.projectsStarted(q.scope(), q.from(), q.to()))));
		long[] accepted = facilities.sums(ConstructionProject.class,
				facilities.projectsAccepted(q.scope(), q.from(), q.to()), "floorArea");
		values.put("projects.completed",
				BigDecimal.valueOf(facilities.countProjects(facilities.projectsAccepted(q.scope(), q.from(), q.to()))));
		long[] paid = facilities.sums(ProjectPayment.class, facilities.paymentsBetween(q.scope(), q.from(), q.to()),
				"amountFen");
		values.put("projects.investment", FacilitiesManagement.tenThousandYuan(paid[0]));
		values.put("projects.floorArea", BigDecimal.valueOf(accepted[0]));
		long[] inv = facilities.sums(SchoolInventory.class, facilities.inventoriesOf(q.scope(), q.year()), "pupils",
				"computers", "books", "equipmentValueFen");
		if (inv[0] > 0) {
			values.put("equipment.computersPer100", FacilitiesManagement.ratio(inv[1] * 100, inv[0]));
			values.put("library.booksPerPupil", FacilitiesManagement.ratio(inv[2], inv[0]));
		}
		values.put("equipment.value", FacilitiesManagement.tenThousandYuan(inv[3]));
		long area = 0;
		long dangerous = 0;
		long dangerousArea = 0;
		for (Map.Entry<Building, AppraisalGrade> e : buildings.standingOn(q.scope(), q.to()).entrySet()) {
			area += e.getKey().getFloorArea();
			if (e.getValue() != null && e.getValue().dangerous()) {
				dangerous++;
				dangerousArea += e.getKey().getFloorArea();
			}
		}
		values.put("facilities.buildings.area", BigDecimal.valueOf(area));
		values.put("facilities.dangerous.count", BigDecimal.valueOf(dangerous));
		values.put("facilities.dangerous.area", BigDecimal.valueOf(dangerousArea));
		OperatingFunds.Totals totals = funds.totals(q.scope(), q.year());
		values.put("funds.allocated", FacilitiesManagement.tenThousandYuan(totals.allocatedFen()));
		values.put("funds.disbursed", FacilitiesManagement.tenThousandYuan(totals.disbursedFen()));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		if (q.year() < 2000 || q.year() > 2100) {
			return FigureRecords.empty(List.of("facilities.unit"));
		}
		List<List<String>> rows = new ArrayList<>();
		switch (key) {
			case "projects.started", "projects.completed", "projects.floorArea" -> {
				List<ProjectView> found = facilities.projectRows(
						key.equals("projects.started") ? facilities.projectsStarted(q.scope(), q.from(), q.to())
								: facilities.projectsAccepted(q.scope(), q.from(), q.to()));
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(p -> rows.add(List.of(p.unitName() == null ? "" : p.unitName(), p.name(),
							"enum.ProjectKind." + p.kind().name(), Integer.toString(p.floorArea()),
							String.valueOf(key.equals("projects.started") ? p.startedOn() : p.acceptedOn()))));
				return new FigureRecords(List.of("facilities.unit", "facilities.project.name",
						"facilities.project.kind", "facilities.project.floorArea", "facilities.project.day"), rows,
						found.size());
			}
			case "projects.investment" -> {
				List<ProjectPayment> found = facilities
					.paymentRows(facilities.paymentsBetween(q.scope(), q.from(), q.to()));
				Map<Long, String> names = facilities
					.projectNames(found.stream().map(ProjectPayment::getProjectId).distinct().toList());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(p -> rows.add(List.of(names.getOrDefault(p.getProjectId(), ""), p.getPaidOn().toString(),
							FacilitiesManagement.yuan(p.getAmountFen()))));
				return new FigureRecords(
						List.of("facilities.project.name", "facilities.payment.paidOn", "facilities.payment.amount"),
						rows, found.size());
			}
			case "funds.allocated" -> {
				org.springframework.data.domain.Page<FundAllocation> found = funds.allocationPage(q.scope(), q.year(),
						org.springframework.data.domain.PageRequest.of(page, size), false);
				found.forEach(a -> rows.add(List.of(a.unitName() == null ? "" : a.unitName(),
						Integer.toString(pupils(a, io.edubureau.org.Stage.PRIMARY)),
						Integer.toString(pupils(a, io.edubureau.org.Stage.JUNIOR)),
						FacilitiesManagement.yuan(a.allocatedFen()))));
				return new FigureRecords(List.of("facilities.unit", "enum.Stage.PRIMARY", "enum.Stage.JUNIOR",
						"facilities.fund.allocated"), rows, found.getTotalElements());
			}
			case "funds.disbursed" -> {
				List<FundDisbursement> found = funds.disbursementRows(q.scope(), q.year());
				Map<Long, String> names = buildings
					.unitNames(found.stream().map(FundDisbursement::getUnitId).distinct().toList());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(d -> rows.add(List.of(names.getOrDefault(d.getUnitId(), ""), d.getPaidOn().toString(),
							FacilitiesManagement.yuan(d.getAmountFen()))));
				return new FigureRecords(
						List.of("facilities.unit", "facilities.fund.paidOn", "facilities.fund.disbursed"), rows,
						found.size());
			}
			case "facilities.buildings.area", "facilities.dangerous.count", "facilities.dangerous.area" -> {
				boolean onlyDangerous = !key.equals("facilities.buildings.area");
				List<Map.Entry<Building, AppraisalGrade>> found = buildings.standingOn(q.scope(), q.to())
					.entrySet()
					.stream()
					.filter(e -> !onlyDangerous || (e.getValue() != null && e.getValue().dangerous()))
					.toList();
				Map<Long, String> names = buildings
					.unitNames(found.stream().map(e -> e.getKey().getUnitId()).distinct().toList());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(e -> rows.add(List.of(names.getOrDefault(e.getKey().getUnitId(), ""), e.getKey().getName(),
							"enum.BuildingUse." + e.getKey().getUse().name(),
							Integer.toString(e.getKey().getFloorArea()), Integer.toString(e.getKey().getYearBuilt()),
							e.getValue() == null ? "facilities.building.notAppraised"
									: "enum.AppraisalGrade." + e.getValue().name())));
				return new FigureRecords(List.of("facilities.unit", "facilities.building.name",
						"facilities.building.use", "facilities.building.floorArea", "facilities.building.yearBuilt",
						"facilities.building.grade"), rows, found.size());
			}
			default -> {
				List<SchoolInventory> found = facilities.inventoryRows(facilities.inventoriesOf(q.scope(), q.year()));
				Map<Long, String> names = facilities.names(found.stream().map(SchoolInventory::getUnitId).toList());
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(i -> rows.add(List.of(names.getOrDefault(i.getUnitId(), ""),
							Integer.toString(i.getPupils()), Integer.toString(i.getComputers()),
							Integer.toString(i.getBooks()), FacilitiesManagement.yuan(i.getEquipmentValueFen()))));
				return new FigureRecords(
						List.of("facilities.unit", "facilities.inventory.pupils", "facilities.inventory.computers",
								"facilities.inventory.books", "facilities.inventory.equipmentValue"),
						rows, found.size());
			}
		}
	}

	private static int pupils(FundAllocation a, io.edubureau.org.Stage stage) {
		return a.lines().stream().filter(l -> l.stage() == stage).mapToInt(FundAllocation.Line::pupils).sum();
	}

}
