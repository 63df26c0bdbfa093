package io.edubureau.training;

import io.edubureau.sheet.SheetColumn;
import io.edubureau.sheet.SheetLayout;

/** The training results sheet: one row per person and programme. */
final class TrainingSheet {

	static final SheetLayout LAYOUT = new SheetLayout("training-results",
			SheetColumn
				.optional("id_number", "公民身份号码", "Identity number", "360721198503150018", "身份证号", "身份证号码", "身份号码"),
			SheetColumn.optional("staff_id", "人员编号", "Staff id", "", "人员ID"),
			SheetColumn.required("programme", "培训项目", "Programme", "GP-2026-01", "项目编号", "项目名称", "培训项目编号",
					"programme code", "programme name"),
			SheetColumn.required("hours", "认定学时", "Hours", "24", "学时"),
			SheetColumn.required("completed_on", "结业日期", "Completion date", "2026-07-15", "完成日期", "结业时间"),
			SheetColumn.optional("certificate_number", "证书编号", "Certificate number", "GP2026-000123", "结业证书编号"));

	private TrainingSheet() {
	}

}
