package io.edubureau.personnelfile;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/** The annual appraisal sheet: one row per person and year. */
final class AppraisalSheet {

	static final SheetLayout LAYOUT = new SheetLayout("appraisals",
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码", "id number"),
			SheetColumn.required("name", "姓名", "Name", "李明", "教师姓名"),
			SheetColumn.required("year", "考核年度", "Year", "2025", "年度", "appraisal year"),
			SheetColumn.required("result", "考核结果", "Result", "合格", "年度考核结果", "等次", "考核等次"),
			SheetColumn.optional("ethics", "师德考核", "Ethics assessment", "合格", "师德考核结果", "ethics result"),
			SheetColumn.optional("appraised_by", "考核单位", "Appraised by", "示范县第一小学考核领导小组", "考核组织", "评定单位"),
			SheetColumn.optional("note", "备注", "Note", "", "说明"));

	private AppraisalSheet() {
	}

}
