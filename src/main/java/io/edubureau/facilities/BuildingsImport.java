package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.edubureau.audit.AuditManagement;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.sheet.FirstRows;
import io.edubureau.sheet.ImportContext;
import io.edubureau.sheet.ImportSummary;
import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetEntry;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetRow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports school buildings (校舍), one row per building, each through the same methods as
 * the form: recorded, then appraised when a grade is given. All rows are checked and
 * written in one transaction; any error, or a dry run, rolls the file back.
 */
@Component
class BuildingsImport {

	static final SheetLayout LAYOUT = new SheetLayout("facilities-buildings",
			SheetColumn.required("unit_code", "学校代码", "School code", "3607210001", "单位代码", "单位编码"),
			SheetColumn.required("name", "校舍名称", "Building", "1号教学楼", "名称", "建筑名称"),
			SheetColumn.choice("use", "用途", "Use", "教学用房", BuildingUse.class, true, "使用性质"),
			SheetColumn.required("floors", "层数", "Floors", "4", "楼层数"),
			SheetColumn.required("floor_area", "建筑面积（平方米）", "Floor area (m²)", "3200", "建筑面积", "面积"),
			SheetColumn.required("year_built", "建成年份", "Year built", "1998", "建成年度", "建造年份"),
			SheetColumn.choice("structure", "结构类型", "Structure", "框架结构", BuildingStructure.class, true, "结构"),
			SheetColumn.choice("grade", "鉴定等级", "Appraisal grade", "B级", AppraisalGrade.class, false, "安全等级"),
			SheetColumn.optional("appraised_on", "鉴定日期", "Appraised on", "2024-05-20", "鉴定时间"));

	private static final ImportSummary SUMMARY = new ImportSummary("facilities.buildingImport.summary",
			List.of("buildings", "appraisals"));

	private final BuildingRegister register;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	BuildingsImport(BuildingRegister register, OrgManagement org, AuditManagement audit, TransactionTemplate tx) {
		this.register = register;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
	}

	SheetImport<Line> forScope(DataScope scope) {
		return new Run(scope);
	}

	/** A row read from the file. */
	record Line(String unitCode, String name, BuildingUse use, Integer floors, Integer floorArea, Integer yearBuilt,
			BuildingStructure structure, AppraisalGrade grade, LocalDate appraisedOn) {
	}

	private final class Run implements SheetImport<Line> {

		private final DataScope scope;

		Run(DataScope scope) {
			this.scope = scope;
		}

		@Override
		public SheetLayout layout() {
			return LAYOUT;
		}

		@Override
		public Line read(SheetRow row) {
			Line line = new Line(row.text("unit_code"), row.text("name"), row.choice("use", BuildingUse.class),
					row.integer("floors"), row.integer("floor_area"), row.integer("year_built"),
					row.choice("structure", BuildingStructure.class), row.choice("grade", AppraisalGrade.class),
					row.date("appraised_on"));
			// A grade needs its day and a day its grade, as on the appraisal form.
			if (line.grade() != null && line.appraisedOn() == null && !row.hasErrors()) {
				row.error("appraised_on", "facilities.required");
			}
			if (line.grade() == null && line.appraisedOn() != null && !row.hasErrors()) {
				row.error("grade", "facilities.required");
			}
			return line;
		}

		@Override
		public int write(List<SheetEntry<Line>> entries, ImportContext context) {
			int[] counts = new int[2];
			context.writeAllOrNothing(tx, SUMMARY, counts, () -> {
				FirstRows<String> firstRows = new FirstRows<>(context, "facilities.buildingImport.duplicate");
				for (SheetEntry<Line> e : entries) {
					if (context.hasErrors(e.row())) {
						continue;
					}
					Line l = e.value();
					if (l.unitCode() == null) {
						context.error(e.row(), "unit_code", "facilities.required");
						continue;
					}
					String code = l.unitCode();
					if (l.name() != null && !firstRows.admit(e.row(), code + "|" + l.name(), "name")) {
						continue;
					}
					Optional<UnitView> unit = org.findByCode(scope, code);
					if (unit.isEmpty()) {
						context.error(e.row(), "unit_code", "facilities.import.unit.unknown", code);
						continue;
					}
					context.writeRow(e.row(), () -> {
						BuildingDetail saved = register.record(scope, new BuildingForms.NewBuilding(unit.get().id(),
								l.name(), l.use(), l.floors(), l.floorArea(), l.yearBuilt(), l.structure()));
						counts[0]++;
						if (l.grade() != null) {
							register.appraise(scope, saved.building().id(),
									new BuildingForms.Appraisal(l.grade(), l.appraisedOn(), null));
							counts[1]++;
						}
					}, BuildingsImport::column, "unit_code", "facilities.import.unit.unknown", code);
				}
			}, audit.importEntry(BuildingRegister.ENTITY));
			return context.hasErrors() ? 0 : counts[0];
		}

	}

	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "unitId" -> "unit_code";
			case "floorArea" -> "floor_area";
			case "yearBuilt" -> "year_built";
			case "appraisedOn" -> "appraised_on";
			case "name", "use", "floors", "structure", "grade" -> field;
			default -> null;
		};
	}

}
