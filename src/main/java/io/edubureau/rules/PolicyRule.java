package io.edubureau.rules;

import java.time.LocalDate;

/**
 * The policy rules the product applies, with their sources
 * (../shared/docs/policy-rules.md) and the date each takes effect.
 */
public enum PolicyRule {

	ID_NUMBER("GB 11643-1999 公民身份号码", LocalDate.of(1999, 7, 1), Confidence.SECONDARY),

	RETIREMENT_AGE("国务院关于渐进式延迟法定退休年龄的办法 (附件1–3)", LocalDate.of(2025, 1, 1), Confidence.PRIMARY),

	FLEXIBLE_RETIREMENT("国务院关于渐进式延迟法定退休年龄的办法 第三条", LocalDate.of(2025, 1, 1), Confidence.PRIMARY),

	MINIMUM_CONTRIBUTION("国务院关于渐进式延迟法定退休年龄的办法 (附件4)", LocalDate.of(2025, 1, 1), Confidence.PRIMARY),

	TEACHER_REGISTRATION("教师〔2013〕1号 中小学教师资格定期注册暂行办法", LocalDate.of(2013, 8, 15), Confidence.RECALLED),

	CONTINUING_EDUCATION("教师〔2011〕1号 关于大力加强中小学教师培训工作的意见", LocalDate.of(2011, 1, 4), Confidence.SECONDARY),

	PROBATION_TRAINING("教育部令第7号 《教师资格条例》实施办法", LocalDate.of(2000, 9, 23), Confidence.SECONDARY),

	PROVINCIAL_TRAINING_CREDITS("省级中小学教师继续教育学分管理办法 (provincial; e.g. Beijing, Jiangsu)", LocalDate.of(2011, 1, 4),
			Confidence.SECONDARY),

	TITLE_PATHS("人社部发〔2015〕79号 关于深化中小学教师职称制度改革的指导意见", LocalDate.of(2015, 8, 28), Confidence.SECONDARY),

	TITLE_RURAL_SERVICE("教师〔2014〕4号；本县：申报中级、高级职称须有一年以上农村学校任教经历", LocalDate.of(2014, 8, 13), Confidence.RECALLED),

	ETHICS_VETO("教师〔2019〕10号 关于加强和改进新时代师德师风建设的意见；中小学教师违反职业道德行为处理办法 (2018)", LocalDate.of(2019, 11, 15),
			Confidence.SECONDARY),

	ETHICS_SANCTIONS("教师〔2018〕18号 中小学教师违反职业道德行为处理办法 (2018年修订) 第四条", LocalDate.of(2018, 11, 8), Confidence.SECONDARY),

	TITLE_EVALUATION_PROCEDURE("local title evaluation procedure: panel vote and public notice",
			LocalDate.of(2015, 8, 28), Confidence.RECALLED),

	// The seed states the bureau's own rule without a date; 2005 is the year its report
	// describes.
	CADRE_EVALUATION("本局干部考核办法：一年民主测评基本称职和不称职20%以上诫勉谈话，连续两年30%以上原则上免职 (seed 002)", LocalDate.of(2005, 1, 1),
			Confidence.RECALLED),

	PRINCIPAL_ELECTION("本局校长选任制试行意见：民主推荐、预选、全校教职工无记名投票 (seed 002)", LocalDate.of(2005, 1, 1), Confidence.RECALLED),

	PETITION_DEADLINES("信访工作条例 (2022) 第二十二条、第三十四条", LocalDate.of(2022, 5, 1), Confidence.SECONDARY),

	DAY_COUNTING("民法典 第二百零一条、第二百零三条；国务院办公厅关于当年部分节假日安排的通知", LocalDate.of(2021, 1, 1), Confidence.SECONDARY),

	SAFETY_DRILLS("教基一厅〔2014〕2号 中小学幼儿园应急疏散演练指南：中小学每月至少1次，幼儿园每季度至少1次", LocalDate.of(2014, 2, 22), Confidence.SECONDARY),

	SAFETY_INCIDENT_REPORTING("中小学幼儿园安全管理办法 (教育部令第23号, 2006)；本县：事故发生后24小时（1日）内报告", LocalDate.of(2006, 9, 1),
			Confidence.RECALLED),

	BUILDING_APPRAISAL(
			"危险房屋鉴定标准 (JGJ 125-2016)：A、B级安全使用，C级部分承重结构不能满足安全使用要求（局部危房），D级承重结构已不能满足安全使用要求（整幢危房）；中小学幼儿园安全管理办法 (教育部令第23号) 第二十条 危房报告制度；本县：C、D级须定加固或拆除计划，D级停止使用",
			LocalDate.of(2016, 12, 1), Confidence.RECALLED),

	OPERATING_FUNDS(
			"国务院关于进一步完善城乡义务教育经费保障机制的通知 (国发〔2015〕67号)：统一城乡义务教育学校生均公用经费基准定额，中西部地区小学年生均600元、初中800元，东部地区小学650元、初中850元；本县：按中西部标准，由省、县按年核定",
			LocalDate.of(2016, 1, 1), Confidence.SECONDARY),

	SAFETY_HAZARD_RECTIFICATION("中小学幼儿园安全管理办法 (教育部令第23号, 2006) 第二十条：发现存在安全隐患的，应当停止使用，及时维修或者更换；本县：隐患整改期限默认自检查之日起30日",
			LocalDate.of(2006, 9, 1), Confidence.RECALLED),

	PARTY_DEVELOPMENT("中共中央办公厅 中国共产党发展党员工作细则 (2014年6月10日印发)", LocalDate.of(2014, 6, 10), Confidence.SECONDARY),

	PARTY_BRANCH_WORK("中国共产党支部工作条例（试行）(2018)；本县：党课每季度1次", LocalDate.of(2018, 11, 25), Confidence.SECONDARY),

	COMPULSORY_EDUCATION("中华人民共和国义务教育法 第十一条：凡年满六周岁的儿童……接受并完成义务教育；国办发〔2017〕72号 关于进一步加强控辍保学提高义务教育巩固水平的通知",
			LocalDate.of(2017, 9, 5), Confidence.SECONDARY),

	DROPOUT_FOLLOW_UP("本县控辍保学工作机制：劝返责任人（校长、乡镇、村）限期劝返，默认30日", LocalDate.of(2017, 9, 5), Confidence.RECALLED),

	STUDENT_AID_STANDARDS(
			"学生资助资金管理办法 (财教〔2021〕310号)；家庭经济困难寄宿生生活补助自2024年春季学期起小学1250元、初中1500元（此前1000元、1250元），非寄宿生按50%；普通高中和中职国家助学金自2025年春季学期起平均2300元（此前2000元）",
			LocalDate.of(2021, 12, 30), Confidence.SECONDARY),

	AID_PUBLIC_NOTICE("学生资助资金管理办法 (财教〔2021〕310号)：受助学生名单公示；本县：公示5个工作日", LocalDate.of(2021, 12, 30), Confidence.RECALLED),

	PETITION_TRANSFER_OBJECTION("信访工作条例 (2022) 第二十三条：认为转送、交办事项不属于本单位职责的，5个工作日内提出异议", LocalDate.of(2022, 5, 1),
			Confidence.SECONDARY),

	PETITION_REVIEW("信访工作条例 (2022) 第三十五条、第三十六条：收到处理意见书之日起30日内请求复查，收到复查请求之日起30日内答复；复核同", LocalDate.of(2022, 5, 1),
			Confidence.SECONDARY),

	TEACHER_EXCHANGE("教师〔2014〕4号 关于推进县（区）域内义务教育学校校长教师交流轮岗的意见；教督〔2017〕6号：交流轮岗教师不低于符合交流条件教师总数的10%，骨干教师不低于交流总数的20%",
			LocalDate.of(2014, 8, 13), Confidence.SECONDARY),

	TEACHER_EXCHANGE_ELIGIBILITY("本县交流轮岗办法：同一学校连续任教满6年的教师、连续任满两届的校长副校长应当交流；临近退休、孕期、重病等可免交流 (policy rules §5, local)",
			LocalDate.of(2014, 8, 13), Confidence.RECALLED),

	ETHICS_ONE_VOTE_VETO("教师〔2019〕10号 师德失范一票否决；中小学教师违反职业道德行为处理办法 (2018) 第四条；师德考核不合格者当年年度考核不合格",
			LocalDate.of(2019, 11, 15), Confidence.SECONDARY),

	// The bureau's own commendation rules; the ethics-first principle is 教师〔2013〕10号.
	AWARD_SELECTION("教师〔2013〕10号 关于建立健全中小学师德建设长效机制的意见：师德表现作为评奖评优首要标准，一票否决；本县表彰办法：按单位分配名额，公示5个工作日 (issue 17, local)",
			LocalDate.of(2013, 9, 2), Confidence.RECALLED),

	// Places shared out by headcount: the county's commendation rules (seed 003 gives the
	// practice, not the text).
	AWARD_QUOTA("本县表彰办法：名额按各单位在职专任教师人数的比例分配（默认3%，按最大余数取整） (issue 17, local)", LocalDate.of(2013, 9, 2),
			Confidence.RECALLED),

	AWARD_ELIGIBILITY("中华人民共和国教师法 第三十三条（教师表彰奖励）；本县表彰办法：参加工作满3年以上、近3年年度考核均为合格及以上 (issue 17, local)",
			LocalDate.of(1994, 1, 1), Confidence.RECALLED),

	// Key teachers: the seed names the practice (首席教师岗位、名师工作室、名师带徒弟, seed 002),
	// the conditions are the county's own.
	KEY_TEACHER_SELECTION(
			"国发〔2012〕41号 国务院关于加强教师队伍建设的意见（骨干教师、学科带头人、名师培养）；本县骨干教师管理办法：分县、市、省三级认定，任期3年，职称、教龄、年度考核条件，师德一票否决，期满考核续聘或不再续聘 (issue 17, local)",
			LocalDate.of(2012, 8, 20), Confidence.RECALLED),

	RECRUITMENT_PLAN("事业单位公开招聘人员暂行规定 (人事部令第6号)：在核准的编制和岗位空缺内招聘", LocalDate.of(2006, 1, 1), Confidence.SECONDARY),

	RECRUITMENT_SELECTION("事业单位公开招聘人员暂行规定 (人事部令第6号)：考试、资格审查、体检考察、公示；本县：笔试面试权重、等额比例、公示天数", LocalDate.of(2006, 1, 1),
			Confidence.RECALLED),

	PROBATION("事业单位人事管理条例 (国务院令第652号) 第十三条：初次就业且聘用合同期限3年以上的，试用期为12个月", LocalDate.of(2014, 7, 1), Confidence.SECONDARY),

	LIBRARY_BOOKS("中小学图书馆（室）规程 (教基〔2018〕5号) 附件：生均藏书 完全小学25册、初级中学35册、高级中学45册（九年制30册、完全中学40册）", LocalDate.of(2018, 5, 28),
			Confidence.RECALLED),

	EQUIPMENT_COMPUTERS("本县办学条件标准：每百名学生拥有学生用计算机台数（县域义务教育均衡发展督导评估，本县参数）", LocalDate.of(2012, 1, 20),
			Confidence.RECALLED),

	POST_STRUCTURE("国人部发〔2006〕70号 事业单位岗位设置管理试行办法及其实施意见：专业技术高级、中级、初级岗位结构比例总体控制目标1:3:6，具体比例由省定 (local)",
			LocalDate.of(2006, 7, 4), Confidence.RECALLED),

	POST_APPOINTMENT("国人部发〔2006〕70号 同上：在核定的岗位总量、结构比例内聘用；专业技术岗位按所聘职称等级 (正高1–4、副高5–7、中级8–10、初级11–13级)",
			LocalDate.of(2006, 7, 4), Confidence.RECALLED),

	EMPLOYMENT_CONTRACT("事业单位人事管理条例 (国务院令第652号) 第十二条至第十七条：聘用合同期限一般不低于3年，续订、解除与终止", LocalDate.of(2014, 7, 1),
			Confidence.SECONDARY),

	COMPETITIVE_APPOINTMENT("本局教师全员聘用制 (seed 002)：竞争上岗、全员聘用、合同管理，对落聘人员按有关规定处理", LocalDate.of(2006, 1, 1),
			Confidence.RECALLED),

	SUPERVISION_INDICATORS(
			"教督〔2017〕6号 县域义务教育优质均衡发展督导评估办法；教基〔2017〕9号 义务教育学校管理标准；中办发〔2021〕40号 关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见 (本县督导指标，每项0–10分)",
			LocalDate.of(2017, 4, 26), Confidence.RECALLED),

	SUPERVISION_RECTIFICATION("教育督导条例 (国务院令第624号, 2012) 第二十二条：被督导单位应当根据督导意见书进行整改，并将整改情况报告督导机构；本县：整改期限默认自督导之日起30日",
			LocalDate.of(2012, 10, 1), Confidence.RECALLED),

	// Candidate conditions: the bureau's own (seed 002 names none); the national text's
	// conditions are recalled, not checked.
	CADRE_CANDIDATE("本局校长选任制试行意见：校长候选人的职称、教育教学工作年限、年龄条件，参照中小学校领导人员管理暂行办法（2022年） (seed 002; local, recalled)",
			LocalDate.of(2005, 1, 1), Confidence.RECALLED),

	// 班子考核: the grades are the national ones, the thresholds the bureau's own (seed
	// silent).
	CADRE_TEAM_ASSESSMENT(
			"中小学校领导人员管理暂行办法 (2017)：领导班子考核评价等次分为好、较好、一般、差；本局：按民主测评票数确定等次 (seed 003: 六个考核组; local, recalled)",
			LocalDate.of(2017, 1, 1), Confidence.RECALLED),

	CADRE_PUBLIC_NOTICE("党政领导干部选拔任用工作条例 (2019)：任职前公示，公示期不少于5个工作日；本局：选任校长结果公示后任职 (recalled)", LocalDate.of(2019, 3, 3),
			Confidence.RECALLED),

	// Terms and probation of school leaders; the exchange after two full terms is the
	// issue's rule (issue 14), the term and probation lengths local parameters.
	CADRE_TERMS("中小学校领导人员管理暂行办法 (2017)：实行任期制，每个任期一般为3至5年；新提任的实行试用期，试用期为1年；本局：在同一学校任满两个任期的校长列入交流 (issue 14; recalled)",
			LocalDate.of(2017, 1, 1), Confidence.RECALLED),

	// The reward-pay plan's notice (公示) and its objections (pay module).
	PAY_REWARD_NOTICE(
			"国办发〔2008〕133号 关于义务教育学校实施绩效工资的指导意见：绩效工资分配办法在本单位公开；本县绩效工资办法：分配方案公示5个工作日，异议答复后方可审批 (issue 18, local)",
			LocalDate.of(2009, 1, 1), Confidence.RECALLED),

	// 民主评议党员 and the handling of members graded 不合格.
	PARTY_MEMBER_APPRAISAL("中国共产党党员教育管理工作条例 (2019)：民主评议党员一般每年一次，评定为不合格的党员，视情况限期改正、劝其退党或除名；党章 第九条 (recalled)",
			LocalDate.of(2019, 5, 6), Confidence.RECALLED),

	// 支部委员会换届选举: 差额, quorum and majority; the term length of a branch committee.
	PARTY_BRANCH_ELECTION(
			"中国共产党基层组织选举工作条例 (2020年7月13日发布)：候选人数应多于应选人数20%；有选举权的到会人数不少于应到会人数的五分之四，会议有效；被选举人获得的赞成票超过实到会有选举权人数的一半，始得当选；中办 关于党的基层组织任期的意见 (2018)：支部委员会每届任期一般为3年",
			LocalDate.of(2020, 7, 13), Confidence.SECONDARY),

	PARTY_DUES(
			"中组发〔2008〕3号 关于中国共产党党费收缴、使用和管理的规定：按月交纳；月工资收入（税后）3000元以下（含）0.5%，3000至5000元（含）1%，5000至10000元（含）1.5%，10000元以上2%；无正当理由连续6个月不交纳党费按自行脱党处理（党章 第九条）",
			LocalDate.of(2008, 2, 1), Confidence.SECONDARY),

	// The 2014 standard names only primary and secondary ratios; the others and the band
	// are the bureau's.
	ESTABLISHMENT_STANDARD(
			"中央编办发〔2014〕72号 关于统一城乡中小学教职工编制标准的通知 (生师比：高中12.5、初中13.5、小学19)；幼儿园、中等职业学校、特殊教育学校按本省标准；超编、缺编的容差为本局规定",
			LocalDate.of(2014, 11, 13), Confidence.RECALLED);

	private final String source;

	private final LocalDate effective;

	private final Confidence confidence;

	PolicyRule(String source, LocalDate effective, Confidence confidence) {
		this.source = source;
		this.effective = effective;
		this.confidence = confidence;
	}

	public String source() {
		return source;
	}

	public LocalDate effective() {
		return effective;
	}

	public Confidence confidence() {
		return confidence;
	}

	/**
	 * How well the rule's text has been checked; {@code RECALLED} rules are configurable
	 * defaults.
	 */
	public enum Confidence {

		PRIMARY, SECONDARY, RECALLED

	}

}
