package io.edubureau.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetManagement;

/**
 * The units sheet: one layout for import, export and template, so an export imports back
 * unchanged.
 */
final class UnitSheet {

	static final SheetLayout LAYOUT = new SheetLayout("units",
			SheetColumn.required("code", "单位代码", "Code", "3607210123", "代码", "机构代码", "学校代码", "学校标识码", "unit code"),
			SheetColumn.required("name", "单位名称", "Name", "示范县实验小学", "名称", "学校名称", "机构名称", "unit name"),
			SheetColumn.optional("short_name", "简称", "Short name", "实验小学", "单位简称"),
			SheetColumn.required("type", "单位类型", "Type", "SCHOOL", "类型", "unit type"),
			SheetColumn.optional("parent_code", "上级单位代码", "Parent code", "3607210000", "上级代码", "上级单位", "parent"),
			SheetColumn.optional("stages", "学段", "Stages", "PRIMARY|JUNIOR", "办学学段", "stage"),
			SheetColumn.optional("locality", "城乡类型", "Locality", "URBAN", "城乡", "城乡分类"),
			SheetColumn.optional("ownership", "办学性质", "Ownership", "PUBLIC", "公办民办", "举办性质"),
			SheetColumn.optional("address", "地址", "Address", "示范县人民路 8 号", "学校地址", "单位地址"),
			SheetColumn.optional("boarding", "寄宿制", "Boarding", "false", "是否寄宿制", "寄宿"),
			SheetColumn.optional("principal", "校长", "Principal", "张明", "负责人", "校长姓名"),
			SheetColumn.optional("phone", "联系电话", "Phone", "0795-1234567", "电话", "telephone"),
			SheetColumn.optional("founded_date", "建校日期", "Founded", "1985-09-01", "成立日期", "建校时间", "founded date"),
			SheetColumn.optional("status", "状态", "Status", "", "单位状态"));

	private UnitSheet() {
	}

	/**
	 * One unit as a row. With a language, choices and yes/no are written as that
	 * language's labels for people; without, as codes for tools.
	 */
	static List<Object> row(UnitView u, SheetManagement sheets, Locale language) {
		List<Object> row = new ArrayList<>();
		row.add(u.code());
		row.add(u.name());
		row.add(u.shortName());
		row.add(choice(u.type(), sheets, language));
		row.add(u.parentCode());
		row.add(u.stages()
			.stream()
			.sorted()
			.map(s -> choice(s, sheets, language))
			.collect(Collectors.joining(language != null && "zh".equals(language.getLanguage()) ? "、" : "|")));
		row.add(choice(u.locality(), sheets, language));
		row.add(choice(u.ownership(), sheets, language));
		row.add(u.address());
		row.add(language == null ? Boolean.toString(u.boarding()) : sheets.yesNo(u.boarding(), language));
		row.add(u.principal());
		row.add(u.phone());
		row.add(u.foundedDate());
		row.add(choice(u.status(), sheets, language));
		return row;
	}

	private static String choice(Enum<?> value, SheetManagement sheets, Locale language) {
		if (value == null) {
			return null;
		}
		return language == null ? value.name() : sheets.label(value, language);
	}

}
