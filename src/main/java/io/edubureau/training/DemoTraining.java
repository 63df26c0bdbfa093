package io.edubureau.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo county's continuing education of the last two years, run through
 * {@link TrainingManagement} so every rule decides: national, provincial, municipal and
 * county programmes (国培, 省培, 市培, 县培, online and centralised), teachers enrolled from
 * every school, hours completed and credited by the bureau, a few left in the review
 * queue and one returned for a missing certificate, so the pages and figures are not
 * empty.
 */
@Component
@Order(35)
class DemoTraining implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

	/** name, level, category, hours, month of start, days long, people. */
	private record Plan(String name, TrainingLevel level, TrainingCategory category, int hours, int month, int days,
			int people) {
	}

	private static final List<Plan> PLANS = List.of(
			new Plan("国培计划——乡村教师能力提升培训", TrainingLevel.NATIONAL, TrainingCategory.CENTRALISED, 60, 4, 10, 40),
			new Plan("省级骨干教师培训", TrainingLevel.PROVINCIAL, TrainingCategory.CENTRALISED, 80, 7, 14, 30),
			new Plan("市级班主任专业能力提升培训", TrainingLevel.MUNICIPAL, TrainingCategory.CENTRALISED, 36, 8, 5, 60),
			new Plan("县级新任教师岗前培训", TrainingLevel.COUNTY, TrainingCategory.PRACTICE, 48, 8, 7, 45),
			new Plan("信息技术应用能力提升工程2.0网络研修", TrainingLevel.COUNTY, TrainingCategory.ONLINE, 50, 3, 60, 120),
			new Plan("师德师风专题网络培训", TrainingLevel.COUNTY, TrainingCategory.ONLINE, 12, 9, 20, 150),
			new Plan("学科教学能力提升培训（语文、数学）", TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 24, 10, 4, 80),
			new Plan("校园安全与应急处置培训", TrainingLevel.COUNTY, TrainingCategory.CENTRALISED, 8, 11, 1, 90));

	private final TrainingManagement training;

	private final TrainingProgrammeRepository programmes;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final boolean enabled;

	DemoTraining(TrainingManagement training, TrainingProgrammeRepository programmes, OrgManagement org,
			StaffManagement staff, @Value("${edubureau.demo:true}") boolean enabled) {
		this.training = training;
		this.programmes = programmes;
		this.org = org;
		this.staff = staff;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || programmes.count() > 0) {
			return;
		}
		UnitView bureau = org.owningUnit(DataScope.all()).map(id -> org.get(DataScope.all(), id)).orElse(null);
		if (bureau == null) {
			return;
		}
		List<StaffView> teachers = teachers();
		if (teachers.isEmpty()) {
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			load(bureau, teachers, LocalDate.now());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private List<StaffView> teachers() {
		List<StaffView> all = new ArrayList<>();
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		Page<StaffView> page;
		int n = 0;
		do {
			page = staff.search(DataScope.all(), active, PageRequest.of(n++, 500, Sort.by("id")));
			page.getContent().stream().filter(StaffView::fullTimeTeacher).forEach(all::add);
		}
		while (page.hasNext());
		return all;
	}

	private void load(UnitView bureau, List<StaffView> teachers, LocalDate today) {
		Random random = new Random(20_240_901L);
		int made = 0;
		for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
			for (int i = 0; i < PLANS.size(); i++) {
				Plan plan = PLANS.get(i);
				LocalDate start = LocalDate.of(year, plan.month(), 6 + i);
				LocalDate end = start.plusDays(plan.days() - 1L);
				// only programmes already finished, with a fortnight for the schools to
				// report
				if (end.isAfter(today.minusDays(14))) {
					continue;
				}
				try {
					made += programme(bureau, teachers, random, year == today.getYear(), year, i, plan, start, end);
				}
				catch (Rejection ex) {
					// every date is in the past; a refusal means a rule changed, not a
					// crash
					log.warn("Demo training {} of {} not completed: {}", plan.name(), year, ex.getMessage());
				}
			}
		}
		log.info("Demo county: {} training records", made);
	}

	private int programme(UnitView bureau, List<StaffView> teachers, Random random, boolean thisYear, int year,
			int index, Plan plan, LocalDate start, LocalDate end) {
		actAs("demo-school");
		ProgrammeView p = training.createProgramme(DataScope.all(),
				new ProgrammeForm("PX" + year + "-" + (index + 1), year + "年" + plan.name(), plan.level(),
						plan.category(), plan.hours(), start, end, providerOf(plan.level()), plan.people(),
						bureau.code(), year));
		int made = 0;
		for (int k = 0; k < plan.people(); k++) {
			StaffView person = teachers.get(random.nextInt(teachers.size()));
			if (person.birthDate() == null || person.workStartDate() == null || person.workStartDate().isAfter(start)) {
				continue;
			}
			TrainingRecordView r;
			try {
				r = training.enrol(DataScope.all(), p.id(), person.id());
			}
			catch (Rejection duplicate) {
				continue;
			}
			int hours = random.nextInt(20) == 0 ? plan.hours() / 2 : plan.hours();
			actAs("demo-school");
			training.complete(DataScope.all(), r.id(), new CompletionForm(hours, end, "ZS" + year + (index + 1) + k));
			int roll = random.nextInt(100);
			if (roll < 3 && thisYear) {
				made++;
				continue; // left for the bureau's review queue
			}
			actAs("demo-bureau");
			training.review(DataScope.all(), r.id(),
					roll < 5 ? new ReviewForm(false, "请补充上传结业证书扫描件。") : new ReviewForm(true, null));
			made++;
		}
		return made;
	}

	private static String providerOf(TrainingLevel level) {
		return switch (level) {
			case NATIONAL -> "教育部、财政部国培项目办";
			case PROVINCIAL -> "省教师发展中心";
			case MUNICIPAL -> "市教育局";
			case COUNTY, SCHOOL -> "县教师发展中心";
		};
	}

	// the records name who entered and who reviewed them, as two officers would
	private static void actAs(String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
		SecurityContextHolder.setContext(context);
	}

}
