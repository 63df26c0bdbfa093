package io.edubureau.exams;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/**
 * The results sheet as the exam authority's score list gives it: one row per candidate,
 * exam and year; subject scores optional, the total required.
 */
final class ExamsSheet {

	static final SheetLayout LAYOUT = new SheetLayout("exam-results",
			SheetColumn.choice("exam", "考试", "Exam", "高考", Exam.class, true, "考试类别"),
			SheetColumn.required("year", "年份", "Year", "2026", "考试年份"),
			SheetColumn.required("candidate_number", "考生号", "Candidate number", "26532301150001", "准考证号"),
			SheetColumn.required("id_number", "身份证号", "Identity number", "532301200801010012", "身份证件号", "公民身份号码"),
			SheetColumn.required("name", "姓名", "Name", "王子涵", "考生姓名"),
			SheetColumn.required("unit_code", "学校代码", "School code", "5323010001", "报名学校代码", "单位代码"),
			SheetColumn.optional("chinese", "语文", "Chinese", "112"),
			SheetColumn.optional("mathematics", "数学", "Mathematics", "120"),
			SheetColumn.optional("foreign_language", "外语", "Foreign language", "118", "英语"),
			SheetColumn.optional("comprehensive", "综合", "Comprehensive", "226", "文综", "理综", "综合科目"),
			SheetColumn.required("total", "总分", "Total", "576", "总成绩"));

	private ExamsSheet() {
	}

}
