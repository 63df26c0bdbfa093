package io.edubureau.rules;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/** The holiday calendar sheet: one row per day of the State Council's notice. */
final class HolidaySheet {

	static final SheetLayout LAYOUT = new SheetLayout("holidays",
			SheetColumn.required("date", "日期", "Date", "2026-10-01", "放假日期", "调休日期"),
			SheetColumn.choice("kind", "类型", "Kind", "放假", HolidayKind.class, true, "放假/上班", "种类"),
			SheetColumn.required("name", "节日名称", "Holiday", "国庆节", "名称", "节日", "name"));

	private HolidaySheet() {
	}

}
