package io.edubureau.safety;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/**
 * The inspection results sheet: one row per checklist item; the rows of one unit, kind,
 * day and inspector make one inspection and cover its whole checklist.
 */
final class SafetySheet {

	static final SheetLayout LAYOUT = new SheetLayout("safety-inspections",
			SheetColumn.required("unit_code", "单位代码", "Unit code", "3607210001", "单位编码", "学校代码"),
			SheetColumn.required("kind", "检查类别", "Kind", "消防", "类别"),
			SheetColumn.required("inspected_on", "检查日期", "Inspection date", "2026-03-15", "日期"),
			SheetColumn.required("inspector", "检查人", "Inspected by", "县教育局安全办"),
			SheetColumn.required("item", "检查项目", "Checklist item", "灭火器、消火栓配备齐全且在有效期内", "项目"),
			SheetColumn.required("result", "结果", "Result", "不合格", "检查结果"),
			SheetColumn.optional("note", "说明", "Note", "三楼灭火器过期", "备注"));

	private SafetySheet() {
	}

}
