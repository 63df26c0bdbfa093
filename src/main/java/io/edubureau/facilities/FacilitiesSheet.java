package io.edubureau.facilities;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/** The inventory sheet: one row per school and year. */
final class FacilitiesSheet {

	static final SheetLayout LAYOUT = new SheetLayout("facilities-inventories",
			SheetColumn.required("unit_code", "单位代码", "Unit code", "3607210001", "单位编码", "学校代码"),
			SheetColumn.required("year", "年度", "Year", "2026", "年份"),
			SheetColumn.required("pupils", "在校生数", "Pupils", "1200", "学生数"),
			SheetColumn.required("computers", "学生用计算机（台）", "Computers", "130", "计算机", "计算机台数"),
			SheetColumn.required("books", "图书（册）", "Library books", "36000", "图书", "藏书"),
			SheetColumn.optional("equipment_value", "教学仪器设备值（元）", "Equipment value (yuan)", "3000000.00", "设备值"));

	private FacilitiesSheet() {
	}

}
