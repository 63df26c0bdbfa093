package io.edubureau.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;
import io.edubureau.sheet.SheetManagement;

/**
 * The staff sheet: one layout for import, export and template, so an export imports back
 * unchanged.
 */
final class StaffSheet {

	static final SheetLayout LAYOUT = new SheetLayout("staff",
			SheetColumn.required("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码",
					"身份号码", "id number"),
			SheetColumn.required("name", "姓名", "Name", "李明", "教师姓名"),
			SheetColumn.required("unit_code", "单位代码", "Unit code", "3607210123", "学校代码", "学校标识码"),
			SheetColumn.required("employment_type", "用人形式", "Employment type", "IN_ESTABLISHMENT", "用工形式"),
			SheetColumn.required("post_category", "岗位类别", "Post category", "PROFESSIONAL"),
			SheetColumn.optional("full_time_teacher", "是否专任教师", "Full-time teacher", "true", "专任教师"),
			SheetColumn.optional("stage", "任教学段", "Stage taught", "PRIMARY", "学段"),
			SheetColumn.optional("subject", "任教学科", "Subject taught", "数学", "学科"),
			SheetColumn.optional("hire_date", "进本单位时间", "Hire date", "2008-09-01", "入职时间", "进本校时间"),
			SheetColumn.optional("hire_channel", "补充渠道", "Hire channel", "OPEN_RECRUITMENT", "招聘渠道"),
			SheetColumn.optional("highest_education", "最高学历", "Highest education", "BACHELOR", "学历"),
			SheetColumn.optional("graduate_school_tier", "毕业院校类别", "University tier", "OTHER", "院校类别"),
			SheetColumn.optional("title_level", "专业技术职务", "Professional title", "SECOND", "职称"),
			SheetColumn.optional("title_date", "职称取得时间", "Title date", "2014-12-01", "取得时间"),
			SheetColumn.optional("original_retirement_age", "原法定退休年龄", "Original statutory retirement age", "60",
					"退休年龄"),
			SheetColumn.optional("backbone", "是否骨干教师", "Backbone teacher", "false", "骨干教师"),
			SheetColumn.optional("status", "人员状态", "Status", "", "状态"),
			SheetColumn.optional("status_date", "状态变动日期", "Status date", "", "退休离职去世日期", "状态日期"),
			SheetColumn.optional("sex", "性别", "Sex", "MALE"),
			SheetColumn.optional("birth_date", "出生日期", "Birth date", "1985-03-15"),
			SheetColumn.optional("work_start_date", "参加工作时间", "Work start date", "2008-08-01", "参加工作日期"),
			SheetColumn.optional("party_join_date", "入党时间", "Party join date", "", "入党日期"),
			SheetColumn.optional("political_status", "政治面貌", "Political status", "NONE"),
			SheetColumn.optional("phone", "联系电话", "Phone", "13900000000", "电话", "手机号码"));

	private StaffSheet() {
	}

	/**
	 * One person as a row. With a language, choices and yes/no are written as that
	 * language's labels for people; without, as codes for tools.
	 */
	static List<Object> row(StaffView p, SheetManagement sheets, Locale language) {
		List<Object> row = new ArrayList<>();
		row.add(p.idNumber());
		row.add(p.name());
		row.add(p.unitCode());
		row.add(choice(p.employmentType(), sheets, language));
		row.add(choice(p.postCategory(), sheets, language));
		row.add(bool(p.fullTimeTeacher(), sheets, language));
		row.add(choice(p.stage(), sheets, language));
		row.add(p.subject());
		row.add(p.hireDate());
		row.add(choice(p.hireChannel(), sheets, language));
		row.add(choice(p.highestEducation(), sheets, language));
		row.add(choice(p.graduateSchoolTier(), sheets, language));
		row.add(choice(p.titleLevel(), sheets, language));
		row.add(p.titleDate());
		row.add(p.originalRetirementAge());
		row.add(bool(p.backbone(), sheets, language));
		row.add(choice(p.status(), sheets, language));
		row.add(p.statusDate());
		row.add(choice(p.sex(), sheets, language));
		row.add(p.birthShown());
		row.add(p.workStartDate());
		row.add(p.partyJoinDate());
		row.add(choice(p.politicalStatus(), sheets, language));
		row.add(p.phone());
		return row;
	}

	static String choice(Enum<?> value, SheetManagement sheets, Locale language) {
		if (value == null) {
			return null;
		}
		return language == null ? value.name() : sheets.label(value, language);
	}

	private static String bool(boolean value, SheetManagement sheets, Locale language) {
		return language == null ? Boolean.toString(value) : sheets.yesNo(value, language);
	}

}
