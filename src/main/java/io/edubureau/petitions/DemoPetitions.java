package io.edubureau.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of petitions for the demo county, entered through {@link PetitionsManagement} so
 * that every deadline is counted by the rules: about one a week, most accepted and
 * concluded on time, a few late, one not accepted, some repeated, one reviewed and
 * re-reviewed, and the latest still open (some approaching, one overdue).
 */
@Component
@Order(41)
class DemoPetitions implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPetitions.class);

	private static final String[][] MATTERS = { { "PAY", "退休教师生活补贴发放问题", "反映退休教师生活补贴未按时足额发放。" },
			{ "PERSONNEL", "原民办代课人员社会保险补缴", "原民办、代课人员要求补缴养老保险并落实辞退补偿。" },
			{ "PAY", "绩效工资分配方案", "认为本校绩效工资分配方案未经教代会讨论，分配不公。" }, { "ENROLMENT", "子女就近入学", "随迁子女按划片未能就近入学，要求协调学位。" },
			{ "SAFETY", "上下学交通安全", "学校门口无减速带，放学时段车辆拥堵，存在安全隐患。" }, { "FEES", "食堂伙食费收取", "反映学校食堂伙食费偏高，要求公开收支。" },
			{ "ETHICS", "教师体罚学生", "反映某教师课堂上体罚学生，要求调查处理。" }, { "CONSTRUCTION", "教学楼漏雨", "教学楼屋面漏雨，雨天影响正常上课。" },
			{ "PERSONNEL", "职称评审推荐", "认为本校职称推荐过程不透明，要求复核推荐结果。" }, { "TEACHING", "课后服务安排", "反映课后服务时间过长，学生负担重。" } };

	private static final String[] NAMES = { "王建国", "李秀英", "张志强", "刘桂兰", "陈明", "杨玉珍", "赵国华", "黄丽", "周德胜", "吴春梅" };

	private final PetitionsManagement petitions;

	private final OrgManagement org;

	private final boolean enabled;

	DemoPetitions(PetitionsManagement petitions, OrgManagement org, @Value("${edubureau.demo:true}") boolean enabled) {
		this.petitions = petitions;
		this.org = org;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || petitions.count((root, q, cb) -> cb.conjunction()) > 0) {
			return;
		}
		List<UnitView> schools = org.listAll(DataScope.all(),
				new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null));
		if (schools.isEmpty()) {
			return;
		}
		DataScope all = DataScope.all();
		LocalDate today = LocalDate.now();
		List<Long> ids = new ArrayList<>();
		int failed = 0;
		for (int i = 0; i < 50; i++) {
			try {
				ids.add(petition(all, schools, i, today, ids));
			}
			catch (Rejection ex) {
				// Every step is dated before today; a refusal means a rule changed, not a
				// crash.
				failed++;
				log.warn("Demo petition {} not entered: {}", i, ex.getMessage());
			}
		}
		log.info("Demo petitions: {} entered, {} refused", ids.size(), failed);
	}

	private long petition(DataScope all, List<UnitView> schools, int i, LocalDate today, List<Long> earlier) {
		String[] matter = MATTERS[i % MATTERS.length];
		UnitView unit = schools.get((i * 7) % schools.size());
		LocalDate received = today.minusDays(352 - i * 7L);
		Long repeatOf = i % 10 == 7 && earlier.size() > 3 ? earlier.get(earlier.size() - 3) : null;
		PetitionView p = petitions.register(all,
				new PetitionForm(unit.id(), PetitionChannel.values()[i % 4], PetitionCategory.valueOf(matter[0]),
						matter[1], matter[2], NAMES[i % NAMES.length], "1390715" + String.format("%04d", 1000 + i * 37),
						null, i % 6 == 0 ? 5 : 1, received, null, repeatOf));
		long id = p.id();
		LocalDate accepted = received.plusDays(3 + i % 8);
		if (i == 45 || accepted.isAfter(today)) {
			// The latest stay undecided; one of them past its 15 days.
			return id;
		}
		if (i % 17 == 3) {
			petitions.decide(all, id, new StepForms.Decision(false, accepted, "属于司法程序处理事项，已告知信访人向人民法院起诉。"));
			return id;
		}
		PetitionDetail d = petitions.decide(all, id, new StepForms.Decision(true, accepted, null));
		LocalDate due = d.petition().handlingDue();
		LocalDate concluded = i % 11 == 4 ? due.plusDays(6) : accepted.plusDays(20 + i % 35);
		if ((i % 13 == 6 || i == 44) && !today.isAfter(due)) {
			// An extension is approved while the period runs: only an open matter gets
			// one.
			petitions.extend(all, id,
					new StepForms.Extension(d.petition().latestExtendedDue(), "局长 何平", "涉及多部门，需协调财政"));
			return id;
		}
		if (concluded.isAfter(today)) {
			return id;
		}
		petitions.reply(all, id, new StepForms.Reply(concluded, PetitionOutcome.values()[i % 3],
				"经调查核实，" + matter[2] + "现答复如下：已责成责任单位依照政策办理。", Satisfaction.values()[i % 4]));
		if (i % 9 == 2 && concluded.plusDays(60).isBefore(today)) {
			LocalDate got = concluded.plusDays(3);
			petitions.request(all, id, new StepForms.Request(got, got.plusDays(12), "信访人对处理意见不服"));
			petitions.decideReview(all, id,
					new StepForms.Review(got.plusDays(30), PetitionOutcome.NOT_SUPPORTED, "经复查，维持原处理意见"));
		}
		return id;
	}

}
