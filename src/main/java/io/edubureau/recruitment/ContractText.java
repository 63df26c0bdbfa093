package io.edubureau.recruitment;

import static io.edubureau.platform.OfficialDocx.chinese;

import io.edubureau.platform.OfficialDocx;
import io.edubureau.recruitment.EmploymentContract.ContractView;
import io.edubureau.recruitment.EmploymentContract.Kind;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;

/**
 * The text of an employment contract (事业单位聘用合同书) as a DOCX in Chinese, the language the
 * parties sign: the parties, the term and probation (事业单位人事管理条例 第十二条、第十三条), the post and
 * its duties, pay by the post-performance system (岗位绩效工资制), working conditions, renewal,
 * dismissal and termination (第十四条至第十八条), disputes (第三十七条) and signatures.
 */
final class ContractText {

	/** What the contract names besides the record: the employer and the person. */
	record Parties(String unitName, String idNumber, String sexLabel, String postLabel) {
	}

	private ContractText() {
	}

	static byte[] docx(ContractView c, Parties parties) {
		try (OfficialDocx word = new OfficialDocx("事业单位聘用合同书")) {
			word.line("合同编号：聘〔" + c.startsOn().getYear() + "〕" + c.id() + "号", ParagraphAlignment.RIGHT);
			word.line("甲方（聘用单位）：" + parties.unitName(), ParagraphAlignment.LEFT);
			word.line("乙方（受聘人员）：" + c.staffName() + "　性别：" + parties.sexLabel() + "　公民身份号码：" + parties.idNumber(),
					ParagraphAlignment.LEFT);
			word.body("根据《事业单位人事管理条例》（国务院令第652号）和国家有关规定，甲乙双方在平等自愿、协商一致的基础上签订本合同，共同遵守。");
			word.heading("第一条　合同期限");
			if (c.kind() == Kind.TO_RETIREMENT) {
				word.body("本合同为至乙方退休的聘用合同，自" + chinese(c.startsOn()) + "起至乙方达到国家规定的退休年龄之日止。");
			}
			else {
				word.body("本合同为固定期限聘用合同，期限自" + chinese(c.startsOn()) + "起至" + chinese(c.endsOn()) + "止。");
			}
			if (c.probationMonths() > 0) {
				word.body("其中试用期" + c.probationMonths() + "个月，自" + chinese(c.startsOn()) + "起至"
						+ chinese(c.probationEnd())
						+ "止。初次就业且合同期限3年以上的，试用期为12个月（《事业单位人事管理条例》第十三条）。试用期满考核合格的予以正式聘用（转正）；不合格的，甲方可以解除本合同。");
			}
			else {
				word.body("本合同不约定试用期。");
			}
			word.heading("第二条　工作岗位和职责");
			word.body("甲方聘用乙方在" + parties.unitName() + "担任" + parties.postLabel()
					+ "岗位工作。乙方应遵守国家法律法规和甲方依法制定的规章制度，履行教师法等规定的义务，按照岗位职责要求完成教育教学及其他工作任务，接受甲方的年度考核和聘期考核。");
			word.heading("第三条　工作条件和劳动保护");
			word.body("甲方为乙方提供履行岗位职责所必需的工作条件和劳动保护，执行国家规定的工作时间、休息休假制度，依法为乙方参加社会保险、缴纳住房公积金。");
			word.heading("第四条　工资待遇");
			word.body("乙方的工资按照事业单位岗位绩效工资制度执行，由岗位工资、薪级工资、绩效工资和津贴补贴构成，随国家和地方政策调整；甲方按月足额支付，不得克扣或者无故拖欠。");
			word.heading("第五条　合同的变更、续订、解除和终止");
			word.body("经双方协商一致，可以变更本合同的内容。本合同期满，双方同意的可以续订；乙方在本单位连续工作满10年且距法定退休年龄10年以内，提出订立至退休的合同的，甲方应当与其订立（第十四条）。");
			word.body(
					"乙方连续旷工超过15个工作日，或者1年内累计旷工超过30个工作日的，甲方可以解除本合同（第十五条）。乙方年度考核不合格且不同意调整工作岗位，或者连续两年年度考核不合格的，甲方提前30日书面通知乙方，可以解除本合同（第十六条）。");
			word.body("乙方提前30日书面通知甲方，可以解除本合同；但双方对解除合同另有约定的除外（第十七条）。乙方受到开除处分的，解除人事关系（第十八条）；乙方按照国家规定退休的，本合同终止。");
			word.heading("第六条　争议处理");
			word.body("双方因履行本合同发生争议的，依照《中华人民共和国劳动争议调解仲裁法》等有关规定处理（第三十七条）。");
			word.heading("第七条　其他");
			word.body("本合同一式三份，甲乙双方各执一份，一份存入乙方人事档案，自双方签字盖章之日起生效。");
			word.line("", ParagraphAlignment.LEFT);
			word.line("甲方（盖章）：" + parties.unitName() + "　　　　乙方（签字）：" + c.staffName(), ParagraphAlignment.LEFT);
			word.line("法定代表人或委托代理人（签字）：", ParagraphAlignment.LEFT);
			word.line("签订日期：" + chinese(c.startsOn()), ParagraphAlignment.LEFT);
			return word.bytes();
		}
	}

}
