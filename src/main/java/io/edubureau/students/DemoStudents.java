package io.edubureau.students;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.edubureau.org.DataScope;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitEnrolment;
import io.edubureau.org.UnitView;
import io.edubureau.platform.JdbcRows;
import io.edubureau.rules.RulesManagement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county's register: one student per enrolled place of the latest school year
 * (so the register agrees with org's enrolment, about 60,000 students), spread over the
 * stage's grades with believable ages, flags (left-behind, migrant, boarders) and a few
 * dropouts with their control cases: some brought back, some open, one overdue. Written
 * in bulk (COPY on PostgreSQL).
 */
@Component
@Order(45)
class DemoStudents implements ApplicationRunner {

	private static final String BY = "demo";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
			"胡", "郭", "何", "高", "林", "罗" };

	private static final String[] GIVEN = { "子涵", "欣怡", "浩然", "梓轩", "雨桐", "宇航", "思远", "佳怡", "俊杰", "诗琪", "博文", "一诺",
			"晨曦", "明轩", "若汐", "天佑", "可馨", "嘉豪", "语嫣", "志强" };

	static final String[] STUDENT_COLUMNS = { "id", "id_number", "temporary_number", "name", "sex", "birth_date",
			"household", "left_behind", "migrant", "boarder", "disability", "guardian_name", "guardian_phone",
			"unit_id", "unit_path", "stage", "grade", "class_name", "entry_date", "status", "status_since",
			"updated_by", "updated_at", "version" };

	static final String[] EVENT_COLUMNS = { "id", "student_id", "kind", "occurred_on", "from_status", "to_status",
			"unit_id", "other_unit_id", "grade", "note", "actor", "recorded_at" };

	private final OrgManagement org;

	private final RulesManagement rules;

	private final StudentRepository repository;

	private final EntityManager em;

	private final boolean enabled;

	DemoStudents(OrgManagement org, RulesManagement rules, StudentRepository repository, EntityManager em,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.rules = rules;
		this.repository = repository;
		this.em = em;
		this.enabled = enabled;
	}

	record Row(long id, String idNumber, String name, String sex, LocalDate birth, String household, boolean leftBehind,
			boolean migrant, boolean boarder, String guardianPhone, UnitView unit, Stage stage, int grade,
			String className, LocalDate entry) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || repository.count() > 0) {
			return;
		}
		int schoolYear = org.latestSchoolYear().orElse(-1);
		if (schoolYear < 0) {
			return;
		}
		List<UnitEnrolment> places = org.enrolmentOf(DataScope.all(), schoolYear);
		Map<Long, UnitView> units = org.byIds(places.stream().map(UnitEnrolment::unitId).collect(Collectors.toSet()));
		Random random = new Random(19);
		List<Row> rows = new ArrayList<>();
		int total = places.stream().mapToInt(p -> p.enrolment().students()).sum();
		long[] ids = JdbcRows.ids(em, Student.class, "students_seq", total);
		int n = 0;
		for (UnitEnrolment place : places) {
			UnitView unit = units.get(place.unitId());
			Stage stage = place.enrolment().stage();
			if (unit == null || stage == null) {
				continue;
			}
			int first = StudentRule.firstGrade(stage);
			int grades = StudentRule.lastGrade(stage) - first + 1;
			int perClass = Math.max(1, place.enrolment().students() / Math.max(1, place.enrolment().classes()));
			boolean rural = unit.locality() != Locality.URBAN;
			for (int i = 0; i < place.enrolment().students() && n < ids.length; i++) {
				int grade = first + (i * grades) / Math.max(1, place.enrolment().students());
				int age = switch (stage) {
					case PRESCHOOL -> 3 + grade - first;
					case VOCATIONAL -> 15 + grade - first;
					default -> 5 + grade;
				};
				LocalDate birth = LocalDate.of(schoolYear - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
				boolean female = random.nextBoolean();
				String first17 = String.format("%06d%04d%02d%02d%03d", 532301 + random.nextInt(9) * 100,
						birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
						(n % 499) * 2 + (female ? 0 : 1));
				String number = first17 + rules.checkCharacter(first17);
				LocalDate entry = LocalDate.of(schoolYear - (grade - first), 9, 1);
				String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
				rows.add(new Row(ids[n++], number, name, female ? "FEMALE" : "MALE", birth, rural ? "RURAL" : "URBAN",
						rural && stage != Stage.VOCATIONAL && random.nextInt(100) < 18,
						!rural && random.nextInt(100) < 12,
						(stage == Stage.JUNIOR || stage == Stage.SENIOR || stage == Stage.VOCATIONAL)
								? random.nextInt(100) < (rural ? 55 : 25) : rural && random.nextInt(100) < 8,
						"13" + String.format("%09d", random.nextInt(1_000_000_000)), unit, stage, grade,
						(grade - first + 1) + "年级" + (1 + (i % (perClass * grades)) / Math.max(1, perClass)) + "班",
						entry));
			}
		}
		// identity numbers are unique: a clash of the random address code and sequence is
		// skipped
		java.util.Set<String> seen = new java.util.HashSet<>();
		List<Row> unique = rows.stream().filter(r -> seen.add(r.idNumber())).toList();
		Instant now = Instant.now();
		JdbcRows.insert(em, "students_student", STUDENT_COLUMNS, unique.size(), i -> {
			Row r = unique.get(i);
			return new Object[] { r.id(), r.idNumber(), false, r.name(), r.sex(), r.birth(), r.household(),
					r.leftBehind(), r.migrant(), r.boarder(), null, r.name().substring(0, 1) + "家长", r.guardianPhone(),
					r.unit().id(), r.unit().path(), r.stage().name(), r.grade(), r.className(), r.entry(), "ENROLLED",
					r.entry(), BY, now, 0L };
		});
		long[] eventIds = JdbcRows.ids(em, StudentEvent.class, "students_seq", unique.size());
		JdbcRows.insert(em, "students_event", EVENT_COLUMNS, unique.size(), i -> {
			Row r = unique.get(i);
			return new Object[] { eventIds[i], r.id(), "ENROLMENT", r.entry(), null, "ENROLLED", r.unit().id(), null,
					r.grade(), null, BY, now };
		});
		em.flush();
		em.clear();
		dropouts(unique, random);
	}

	// A dozen junior dropouts: four brought back, one taught at home, the rest open (one
	// overdue).
	private void dropouts(List<Row> rows, Random random) {
		List<Row> junior = rows.stream().filter(r -> r.stage() == Stage.JUNIOR && r.grade() >= 8).limit(2000).toList();
		if (junior.size() < 12) {
			return;
		}
		LocalDate today = LocalDate.now();
		String[] reasons = { "随父母外出务工", "厌学", "家庭经济困难", "沉迷网络", "身体原因" };
		for (int k = 0; k < 12; k++) {
			Row r = junior.get((k * 151) % junior.size());
			// closed cases older, open ones recent (within their deadline) but one
			LocalDate on = k < 5 ? today.minusDays(60 + k * 9L) : today.minusDays(k == 11 ? 45 : 3 + k);
			Student s = repository.findById(r.id()).orElseThrow();
			StudentStatus from = s.getStatus();
			s.moveTo(StudentStatus.DROPPED_OUT, on, BY);
			em.persist(new StudentEvent(s.getId(), EventKind.DROPOUT, on, from, StudentStatus.DROPPED_OUT,
					s.getUnitId(), null, s.getGrade(), reasons[k % reasons.length], BY));
			DropoutCase c = new DropoutCase(s, on, reasons[k % reasons.length], "校长", "乡镇分管领导", "村支书", on.plusDays(30),
					BY);
			em.persist(c);
			em.flush();
			em.persist(new DropoutAction(c.getId(), on.plusDays(2), "班主任和村干部家访劝返", "班主任", BY));
			if (k < 4) {
				LocalDate back = on.plusDays(7);
				c.close(CaseOutcome.RETURNED, back, "已劝返复学", BY);
				s.moveTo(StudentStatus.ENROLLED, back, BY);
				em.persist(new StudentEvent(s.getId(), EventKind.RETURN, back, StudentStatus.DROPPED_OUT,
						StudentStatus.ENROLLED, s.getUnitId(), null, s.getGrade(), "劝返复学", BY));
			}
			else if (k == 4) {
				c.close(CaseOutcome.HOME_TEACHING, on.plusDays(5), "因病不能到校，安排送教上门", BY);
			}
		}
	}

}
