package io.edubureau.pay;

import java.time.LocalDate;

/**
 * The rules pay decides by, each with its source and the date it takes effect
 * (policy-rules §10, §7). Amounts and shares are never here: they are dated rates.
 */
enum PayRule {

	SALARY_STRUCTURE("国人部发〔2006〕56号 事业单位工作人员收入分配制度改革方案：岗位工资、薪级工资按国家和省工资标准表", LocalDate.of(2006, 7, 1)),

	STEP_INCREASE("国人部发〔2006〕56号 事业单位工作人员收入分配制度改革方案：年度考核合格及以上的，从次年1月1日起增加一级薪级工资", LocalDate.of(2006, 7, 1)),

	ETHICS_VETO("教师〔2018〕18号 中小学教师违反职业道德行为处理办法 第四条、教师〔2019〕10号：处分期内及取消资格期间不得晋升工资档次", LocalDate.of(2018, 11, 8)),

	PERFORMANCE_PAY("国办发〔2008〕133号 关于义务教育学校实施绩效工资的指导意见：基础性绩效工资按月发放，比例为本地参数（默认70%）", LocalDate.of(2009, 1, 1)),

	RURAL_ALLOWANCE("国办发〔2015〕43号 乡村教师支持计划（2015—2020年）：按学校艰苦边远程度差别化补助，不计入绩效工资总量", LocalDate.of(2015, 6, 1)),

	TOWNSHIP_ALLOWANCE("人社部发〔2015〕24号 关于乡镇工作补贴有关问题的通知：乡镇及以下机关事业单位工作人员", LocalDate.of(2015, 1, 1)),

	ALLOWANCE("本县津贴补贴项目（班主任津贴、特殊教育津贴），标准为本地参数", LocalDate.of(2009, 1, 1)),

	REWARD_ALLOCATION("国办发〔2008〕133号 关于义务教育学校实施绩效工资的指导意见：奖励性绩效工资由学校根据考核结果分配，分配方案在本单位公开，报主管部门；等次系数为本地参数",
			LocalDate.of(2009, 1, 1)),

	REWARD_EXCLUDED("事业单位工作人员考核规定（2023年）：年度考核不合格的，不发放奖励性绩效工资；中小学教师违反职业道德行为处理办法：师德考核不合格的年度考核为不合格",
			LocalDate.of(2023, 1, 12)),

	CORRECTION("本县工资管理办法：已锁定月份不再改动，更正以调整项计入下月", LocalDate.of(2006, 7, 1)),

	LEAVING("本县工资管理办法：人员退休、辞职（解聘）或死亡的，工资发至当月，次月起停发（退休人员次月起改发退休费）", LocalDate.of(2006, 7, 1)),

	BACK_PAY("本县工资管理办法：工资标准或本人岗位、薪级变动自以前月份起执行的，按月计算应发与已发之差额，审批后在当月补发（或扣回），已锁定月份不再改动", LocalDate.of(2006, 7, 1)),

	PAY_PARITY("中华人民共和国义务教育法 第三十一条：教师的平均工资水平应当不低于当地公务员的平均工资水平", LocalDate.of(2006, 9, 1));

	private final String source;

	private final LocalDate effective;

	PayRule(String source, LocalDate effective) {
		this.source = source;
		this.effective = effective;
	}

	String source() {
		return source;
	}

	LocalDate effective() {
		return effective;
	}

}
