package io.edubureau.supervision;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/**
 * The visits sheet: one row per indicator scored; the rows of one school, programme, day
 * and supervisors make one visit and cover its programme's whole indicator set.
 */
final class SupervisionSheet {

	static final SheetLayout LAYOUT = new SheetLayout("supervision-visits",
			SheetColumn.required("unit_code", "单位代码", "Unit code", "3607210001", "单位编码", "学校代码"),
			SheetColumn.choice("programme", "督导项目", "Programme", "义务教育优质均衡", SupervisionProgramme.class, true, "项目"),
			SheetColumn.required("visited_on", "督导日期", "Visit date", "2026-04-15", "日期"),
			SheetColumn.required("supervisors", "督导人员", "Supervisors", "县督导室 王督学、李督学", "督学"),
			SheetColumn.required("indicator", "督导指标", "Indicator", "每百名学生拥有高于规定学历教师数", "指标"),
			SheetColumn.required("score", "得分", "Score", "8", "分数"),
			SheetColumn.optional("note", "说明", "Note", "初中段略低于标准", "备注"));

	private SupervisionSheet() {
	}

}
