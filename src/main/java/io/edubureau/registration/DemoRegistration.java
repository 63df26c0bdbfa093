package io.edubureau.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import io.edubureau.training.CompletionForm;
import io.edubureau.training.ProgrammeForm;
import io.edubureau.training.ProgrammeView;
import io.edubureau.training.ReviewForm;
import io.edubureau.training.TrainingCategory;
import io.edubureau.training.TrainingLevel;
import io.edubureau.training.TrainingManagement;
import io.edubureau.training.TrainingRecordView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo county's last registration cycle (定期注册), finished: two pilot schools whose
 * teachers have five years of annual appraisals (优秀, 合格, a few 基本合格 and 不合格) and of
 * school-based training, a few sanctions in the county, the cycle evaluated by the rule,
 * submitted by the schools, confirmed by the bureau and closed, so it shows passed,
 * postponed and failed teachers with their reasons. Deterministic (seeded); everything
 * goes through the modules' public management (appraisals and sanctions into the file,
 * training through its programmes), so every rule decides as it would for a user.
 */
@Component
@Order(37)
class DemoRegistration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRegistration.class);

	/** Years of a registration cycle and of the appraisals the pilot schools record. */
	private static final int YEARS = 5;

	/** Hours of a year's school-based training: five years make the cycle's 360. */
	private static final int YEARLY_HOURS = 72;

	private final RegistrationManagement registration;

	private final RegistrationCycleRepository cycles;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final PersonnelFileManagement personnelFile;

	private final TrainingManagement training;

	private final boolean enabled;

	DemoRegistration(RegistrationManagement registration, RegistrationCycleRepository cycles, OrgManagement org,
			StaffManagement staff, PersonnelFileManagement personnelFile, TrainingManagement training,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.registration = registration;
		this.cycles = cycles;
		this.org = org;
		this.staff = staff;
		this.personnelFile = personnelFile;
		this.training = training;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || cycles.count() > 0 || org.owningUnit(DataScope.all()).isEmpty()) {
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			load(LocalDate.now());
		}
		catch (Rejection ex) {
			// every date lies in the past; a refusal means a rule changed, not a crash
			log.warn("Demo registration cycle not completed: {}", ex.getMessage());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void load(LocalDate today) {
		int lastYear = today.getYear() - 1;
		Map<UnitView, List<StaffView>> pilots = pilots();
		if (pilots.size() < 2) {
			return;
		}
		Random random = new Random(20_251_231L);
		int school = 0;
		for (Map.Entry<UnitView, List<StaffView>> e : pilots.entrySet()) {
			files(e.getKey(), e.getValue(), lastYear, random, school++);
		}
		sanctions(lastYear);
		actAs("demo-bureau");
		CycleView cycle = registration.openCycle(DataScope.all(),
				new CycleForm(lastYear + "年教师资格定期注册", LocalDate.of(lastYear, 12, 31)));
		Map<String, Integer> outcomes = new HashMap<>();
		for (UnitView unit : pilots.keySet()) {
			actAs("demo-school");
			DataScope schoolScope = DataScope.unitAndBelow(unit.id());
			for (EvaluationView ev : registration.evaluate(schoolScope, cycle.id())) {
				registration.submit(schoolScope, ev.id());
			}
		}
		actAs("demo-bureau");
		for (EvaluationView ev : registration.evaluations(DataScope.all(), cycle.id())) {
			String comment = switch (ev.outcome()) {
				case PASSED -> null;
				case POSTPONED -> "暂缓注册，待条件具备后重新申请。";
				case FAILED -> "不予注册。";
			};
			registration.confirm(DataScope.all(), ev.id(), comment);
			outcomes.merge(ev.outcome().name(), 1, Integer::sum);
		}
		registration.closeCycle(DataScope.all(), cycle.id());
		log.info("Demo county: registration cycle {} with {}", cycle.name(), outcomes);
	}

	/**
	 * The two pilot schools: the first schools by code with 15 to 45 active full-time
	 * teachers.
	 */
	private Map<UnitView, List<StaffView>> pilots() {
		Map<UnitView, List<StaffView>> found = new java.util.LinkedHashMap<>();
		List<UnitView> schools = org
			.listAll(DataScope.all(), new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.sorted(Comparator.comparing(UnitView::code))
			.toList();
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		for (UnitView school : schools) {
			List<StaffView> teachers = staff
				.search(DataScope.unitAndBelow(school.id()), active, PageRequest.of(0, 200, Sort.by("id")))
				.getContent()
				.stream()
				.filter(StaffView::fullTimeTeacher)
				.filter(t -> t.unitId() == school.id())
				.toList();
			if (teachers.size() >= 15 && teachers.size() <= 45) {
				found.put(school, teachers);
				if (found.size() == 2) {
					break;
				}
			}
		}
		return found;
	}

	/**
	 * A pilot school's appraisals and school-based training of the cycle's five years;
	 * the first school has one teacher with two years 不合格 and one with one.
	 */
	private void files(UnitView school, List<StaffView> teachers, int lastYear, Random random, int index) {
		int firstYear = lastYear - YEARS + 1;
		List<ProgrammeView> programmes = new ArrayList<>();
		actAs("demo-school");
		for (int y = firstYear; y <= lastYear; y++) {
			programmes.add(training.createProgramme(DataScope.all(),
					new ProgrammeForm("XB" + y + "-" + school.code(), y + "年" + school.name() + "校本研修",
							TrainingLevel.SCHOOL, TrainingCategory.SCHOOL_BASED, YEARLY_HOURS, LocalDate.of(y, 3, 1),
							LocalDate.of(y, 12, 20), school.name(), teachers.size(), school.code(), y)));
		}
		List<StaffView> veterans = veterans(teachers, firstYear);
		for (StaffView t : teachers) {
			LocalDate hired = hired(t);
			if (hired == null) {
				continue;
			}
			int role = index == 0 ? veterans.indexOf(t) : -1;
			// one in twenty-five missed a year's training: short of 360 hours
			int skipped = random.nextInt(25) == 0 ? firstYear + random.nextInt(YEARS) : -1;
			for (int y = Math.max(firstYear, hired.getYear()); y <= lastYear; y++) {
				actAs("demo-school");
				appraise(t, y, result(random, role, y, lastYear), school);
				if (y != skipped && hired.isBefore(LocalDate.of(y, 3, 1))) {
					train(programmes.get(y - firstYear), t, y);
				}
			}
		}
	}

	private static LocalDate hired(StaffView t) {
		return t.hireDate() != null ? t.hireDate() : t.workStartDate();
	}

	/**
	 * Teachers hired before the cycle: evaluated periodically, not for the first time.
	 */
	private static List<StaffView> veterans(List<StaffView> teachers, int firstYear) {
		return teachers.stream().filter(t -> hired(t) != null && hired(t).getYear() < firstYear - 1).toList();
	}

	// role: the teacher's place among the first pilot school's veterans, -1 elsewhere
	private static AppraisalResult result(Random random, int role, int year, int lastYear) {
		if (role == 1 && year >= lastYear - 1) {
			return AppraisalResult.INCOMPETENT; // two years 不合格: registration fails
		}
		if (role == 3 && year == lastYear - 2) {
			return AppraisalResult.INCOMPETENT; // one year 不合格: postponed
		}
		int roll = random.nextInt(100);
		if (roll < 2) {
			return AppraisalResult.BASICALLY_COMPETENT;
		}
		return roll < 17 ? AppraisalResult.EXCELLENT : AppraisalResult.COMPETENT;
	}

	private void appraise(StaffView t, int year, AppraisalResult result, UnitView school) {
		Map<String, Object> values = new HashMap<>();
		values.put("year", year);
		values.put("result", result.name());
		values.put("ethics", "PASSED");
		values.put("appraisedBy", school.name() + "年度考核工作领导小组");
		staff.addFileEntry(DataScope.all(), t.id(), FileCategory.APPRAISALS, values);
	}

	private void train(ProgrammeView p, StaffView t, int year) {
		actAs("demo-school");
		TrainingRecordView r = training.enrol(DataScope.all(), p.id(), t.id());
		training.complete(DataScope.all(), r.id(),
				new CompletionForm(YEARLY_HOURS, LocalDate.of(year, 12, 20), "XB" + year + "-" + t.id()));
		actAs("demo-bureau");
		training.review(DataScope.all(), r.id(), new ReviewForm(true, null));
	}

	/**
	 * Last year's sanctions: a warning in the first pilot school (in force at the due
	 * date, so that teacher's registration is postponed), a demerit and a criticism
	 * elsewhere in the county.
	 */
	private void sanctions(int lastYear) {
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		List<StaffView> pilot = veterans(pilots().values().iterator().next(), lastYear - YEARS + 1);
		List<StaffView> county = staff.search(DataScope.all(), active, PageRequest.of(3, 200, Sort.by("id")))
			.getContent();
		actAs("demo-bureau");
		if (pilot.size() > 5) {
			sanction(pilot.get(5), SanctionKind.WARNING, LocalDate.of(lastYear, 9, 18), "有偿补课，违反师德规范", 12);
		}
		if (county.size() > 100) {
			sanction(county.get(40), SanctionKind.DEMERIT, LocalDate.of(lastYear, 5, 12), "体罚学生，造成不良影响", 13);
			sanction(county.get(90), SanctionKind.CRITICISM, LocalDate.of(lastYear, 11, 3), "收受学生家长礼品", 15);
		}
	}

	private void sanction(StaffView t, SanctionKind kind, LocalDate on, String reason, int number) {
		personnelFile.recordSanction(DataScope.all(), t.id(),
				new SanctionForm(kind, on, "示范县教育局", reason, "示范县教纪〔" + on.getYear() + "〕" + number + "号", null));
	}

	// the records name who entered and who reviewed them; the file asks for its rights
	private static void actAs(String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority("staff:appraisal:update"),
						new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
	}

}
