package io.edubureau.petitions;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/**
 * The petitions register sheet: one row per petition, as the registration form takes it.
 */
final class PetitionSheet {

	static final SheetLayout LAYOUT = new SheetLayout("petitions",
			SheetColumn.required("unit_code", "涉及单位代码", "Unit code", "3607210001", "单位代码", "学校代码", "单位编码"),
			SheetColumn.choice("channel", "信访形式", "Channel", "来信", PetitionChannel.class, true, "渠道", "方式"),
			SheetColumn.choice("category", "类别", "Category", "工资待遇", PetitionCategory.class, true, "分类", "问题类别"),
			SheetColumn.required("subject", "信访事项", "Subject", "反映乡村教师生活补助未按时发放", "事由", "标题"),
			SheetColumn.required("matter", "主要内容", "Matter", "2025年下半年乡村教师生活补助至今未发放。", "内容", "诉求"),
			SheetColumn.required("petitioner_name", "信访人姓名", "Petitioner", "王建国", "信访人", "姓名"),
			SheetColumn.optional("petitioner_phone", "联系电话", "Phone", "13800000001", "电话"),
			SheetColumn.optional("petitioner_id_number", "身份证号", "Identity number", "", "身份证号码", "公民身份号码"),
			SheetColumn.optional("group_size", "人数", "Group size", "1", "信访人数"),
			SheetColumn.required("received_on", "收到日期", "Received on", "2025-09-16", "登记日期", "来信来访日期"),
			SheetColumn.optional("transferred_on", "转送日期", "Transferred on", "", "转交日期"));

	private PetitionSheet() {
	}

}
