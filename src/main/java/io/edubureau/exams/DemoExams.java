package io.edubureau.exams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import io.edubureau.org.DataScope;
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
 * The demo county's exams, shaped on seed 004: this year's gaokao with 1039 candidates
 * (15 fewer than last year), the highest score 626, twelve at 600 or more and 17 above
 * the key-university line (9 more than last year's 8, one of them exactly on the line);
 * last year's gaokao; this year's zhongkao of the junior schools' last grade. Lines as
 * the provincial exam authority publishes them. Written in bulk.
 */
@Component
@Order(47)
class DemoExams implements ApplicationRunner {

	private static final String BY = "demo";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙" };

	private static final String[] GIVEN = { "子涵", "欣怡", "浩然", "梓轩", "雨桐", "宇航", "思远", "佳怡", "俊杰", "诗琪", "博文", "一诺" };

	private static final int[] TOP_THIS_YEAR = { 626, 618, 612, 610, 607, 605, 604, 603, 602, 601, 600, 600, 599, 598,
			598, 597, 596 };

	private static final int[] TOP_LAST_YEAR = { 611, 604, 600, 597, 595, 593, 591, 590 };

	static final String[] RESULT_COLUMNS = { "id", "exam", "exam_year", "candidate_number", "id_number", "name",
			"unit_id", "unit_path", "total", "imported_by", "imported_at" };

	static final String[] SCORE_COLUMNS = { "result_id", "subject", "score" };

	private final OrgManagement org;

	private final RulesManagement rules;

	private final ExamResultRepository results;

	private final CutoffLineRepository lines;

	private final EntityManager em;

	private final boolean enabled;

	DemoExams(OrgManagement org, RulesManagement rules, ExamResultRepository results, CutoffLineRepository lines,
			EntityManager em, @Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.rules = rules;
		this.results = results;
		this.lines = lines;
		this.em = em;
		this.enabled = enabled;
	}

	private record Row(long id, Exam exam, int year, String candidate, String idNumber, String name, UnitView unit,
			int total, Map<Subject, Integer> scores) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || results.count() > 0) {
			return;
		}
		int schoolYear = org.latestSchoolYear().orElse(-1);
		if (schoolYear < 0) {
			return;
		}
		List<UnitEnrolment> places = org.enrolmentOf(DataScope.all(), schoolYear);
		Map<Long, UnitView> units = org.byIds(places.stream().map(UnitEnrolment::unitId).collect(Collectors.toSet()));
		List<UnitEnrolment> senior = places.stream()
			.filter(p -> p.enrolment().stage() == Stage.SENIOR && units.containsKey(p.unitId()))
			.toList();
		List<UnitEnrolment> junior = places.stream()
			.filter(p -> p.enrolment().stage() == Stage.JUNIOR && units.containsKey(p.unitId()))
			.toList();
		if (senior.isEmpty()) {
			return;
		}
		int year = ExamsPageController.defaultYear();
		Random random = new Random(230);
		String source = "省教育考试院《关于公布%d年普通高校招生录取最低控制分数线的通知》";
		String zkSource = "市招生考试委员会《关于公布%d年高中阶段学校招生录取控制分数线的通知》";
		lines.save(new CutoffLine(LineBatch.KEY_UNDERGRADUATE, year - 1, 590, LocalDate.of(year - 1, 6, 25),
				source.formatted(year - 1), BY));
		lines.save(new CutoffLine(LineBatch.UNDERGRADUATE, year - 1, 465, LocalDate.of(year - 1, 6, 25),
				source.formatted(year - 1), BY));
		lines.save(new CutoffLine(LineBatch.SPECIALIST, year - 1, 200, LocalDate.of(year - 1, 6, 25),
				source.formatted(year - 1), BY));
		lines.save(new CutoffLine(LineBatch.KEY_UNDERGRADUATE, year, 596, LocalDate.of(year, 6, 25),
				source.formatted(year), BY));
		lines.save(new CutoffLine(LineBatch.UNDERGRADUATE, year, 470, LocalDate.of(year, 6, 25), source.formatted(year),
				BY));
		lines.save(
				new CutoffLine(LineBatch.SPECIALIST, year, 200, LocalDate.of(year, 6, 25), source.formatted(year), BY));
		lines.save(new CutoffLine(LineBatch.KEY_HIGH_SCHOOL, year, 560, LocalDate.of(year, 7, 10),
				zkSource.formatted(year), BY));
		lines.save(new CutoffLine(LineBatch.HIGH_SCHOOL, year, 450, LocalDate.of(year, 7, 10), zkSource.formatted(year),
				BY));
		List<Row> rows = new ArrayList<>();
		rows.addAll(gaokao(senior, units, year, 1039, TOP_THIS_YEAR, random));
		rows.addAll(gaokao(senior, units, year - 1, 1054, TOP_LAST_YEAR, random));
		int juniorTakers = junior.stream().mapToInt(p -> p.enrolment().students() / 3).sum();
		if (juniorTakers > 0) {
			rows.addAll(candidates(Exam.ZHONGKAO, junior, units, year, juniorTakers, new int[0], 480, 90, 100, 680,
					random));
		}
		write(rows);
	}

	private List<Row> gaokao(List<UnitEnrolment> schools, Map<Long, UnitView> units, int year, int takers, int[] top,
			Random random) {
		return candidates(Exam.GAOKAO, schools, units, year, takers, top, 430, 80, 150, top[top.length - 1] - 1,
				random);
	}

	// The takers spread over the schools by enrolment; the fixed top scores first, the
	// rest drawn below the lowest of them.
	private List<Row> candidates(Exam exam, List<UnitEnrolment> schools, Map<Long, UnitView> units, int year,
			int takers, int[] top, int mean, int sd, int min, int max, Random random) {
		int enrolled = schools.stream().mapToInt(p -> p.enrolment().students()).sum();
		long[] ids = JdbcRows.ids(em, ExamResult.class, "exams_seq", takers);
		List<Row> out = new ArrayList<>();
		int n = 0;
		for (int s = 0; s < schools.size(); s++) {
			UnitEnrolment place = schools.get(s);
			int count = s == schools.size() - 1 ? takers - n
					: (int) Math.round((double) takers * place.enrolment().students() / Math.max(1, enrolled));
			count = Math.min(count, takers - n);
			UnitView unit = units.get(place.unitId());
			for (int i = 0; i < count; i++, n++) {
				int total = n < top.length ? top[n]
						: (int) Math.max(min, Math.min(max, Math.round(mean + random.nextGaussian() * sd)));
				int age = exam == Exam.GAOKAO ? 18 : 15;
				LocalDate birth = LocalDate.of(year - age, 1 + random.nextInt(12), 1 + random.nextInt(28));
				boolean female = random.nextBoolean();
				String first17 = String.format("%06d%04d%02d%02d%03d", 532301 + random.nextInt(9) * 100,
						birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
						(n % 499) * 2 + (female ? 0 : 1));
				String candidate = String.format("%02d%s%02d%04d", year % 100, exam == Exam.GAOKAO ? "5323" : "5324",
						s % 100, i + 1);
				out.add(new Row(ids[n], exam, year, candidate, first17 + rules.checkCharacter(first17),
						SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)], unit, total,
						split(exam, total)));
			}
		}
		return out;
	}

	// Subject scores that add up to the gaokao total; the zhongkao's three written
	// subjects (the rest is PE and the others).
	private static Map<Subject, Integer> split(Exam exam, int total) {
		Map<Subject, Integer> scores = new EnumMap<>(Subject.class);
		int part = Math.min(Subject.CHINESE.max(), Math.round(total * (exam == Exam.GAOKAO ? 0.2f : 0.17f)));
		scores.put(Subject.CHINESE, part);
		scores.put(Subject.MATHEMATICS, part);
		scores.put(Subject.FOREIGN_LANGUAGE, part);
		if (exam == Exam.GAOKAO) {
			scores.put(Subject.COMPREHENSIVE, total - 3 * part);
		}
		return scores;
	}

	private void write(List<Row> rows) {
		// identity numbers are unique per exam and year: a clash of the random codes is
		// skipped
		java.util.Set<String> seen = new java.util.HashSet<>();
		List<Row> unique = rows.stream()
			.filter(r -> seen.add(r.exam() + "|" + r.year() + "|" + r.idNumber())
					&& seen.add(r.exam() + "|" + r.year() + "|c" + r.candidate()))
			.toList();
		Instant now = Instant.now();
		JdbcRows.insert(em, "exams_result", RESULT_COLUMNS, unique.size(), i -> {
			Row r = unique.get(i);
			return new Object[] { r.id(), r.exam().name(), r.year(), r.candidate(), r.idNumber(), r.name(),
					r.unit().id(), r.unit().path(), r.total(), BY, now };
		});
		List<Object[]> scores = new ArrayList<>();
		for (Row r : unique) {
			r.scores().forEach((s, v) -> scores.add(new Object[] { r.id(), s.name(), v }));
		}
		JdbcRows.insert(em, "exams_subject_score", SCORE_COLUMNS, scores.size(), scores::get);
		em.flush();
		em.clear();
	}

}
