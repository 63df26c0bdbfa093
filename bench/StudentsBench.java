import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * The student register and aid steps of bench/run (issue 19), each against a floor: the
 * import through {@code POST /api/v1/students/import} vs {@code COPY} of the same rows, the
 * year-end promotion of every school through {@code POST /api/v1/students/promotions} vs one
 * {@code UPDATE} of the same rows, and an aid payment batch through
 * {@code POST /api/v1/aid/batches} vs one {@code INSERT … SELECT} of the same paid rows.
 * Goals (issue 19, province): import of 1,000,000 students at ≥ 1/5 of COPY's rows/s,
 * promotion ≤ 120 s, an aid batch of 1,000,000 students ≤ 60 s.
 */
class StudentsBench {

	// The sheet framework refuses files of more than 250,000 rows (and 50 MB): larger
	// imports go in files of this size, one after the other, and the times are added.
	static final int FILE_ROWS = 200_000;

	static final String[] GRADE_TEXT = { "一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "初一", "初二", "初三", "高一",
			"高二", "高三" };

	record Pupil(String idNumber, String name, boolean female, LocalDate birth, Bench.School school, int grade,
			String className, LocalDate entry, boolean rural) {
	}

	static String stageOf(int grade) {
		return grade <= 6 ? "PRIMARY" : grade <= 9 ? "JUNIOR" : "SENIOR";
	}

	/** The grades a school teaches of primary, junior and senior (the import's stage by grade). */
	static List<Integer> grades(Bench.School school) {
		List<Integer> grades = new ArrayList<>();
		for (int g = 1; g <= 12; g++) {
			if (java.util.Arrays.asList(school.stages()).contains(stageOf(g))) {
				grades.add(g);
			}
		}
		return grades;
	}

	/**
	 * New students with valid identity numbers (address codes 5100xx, which the other steps
	 * and the generator do not use), of this school year: a grade-g student entered in
	 * September g-1 years ago and was born seven years before that.
	 */
	static List<Pupil> pupils(int n, List<Bench.School> all, String label) {
		List<Bench.School> schools = all.stream().filter(s -> !grades(s).isEmpty()).toList();
		Random random = new Random(("students" + label).hashCode());
		String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
		String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华";
		LocalDate today = LocalDate.now();
		int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		Map<String, Integer> serial = new HashMap<>();
		List<Pupil> pupils = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Bench.School school = schools.get(random.nextInt(schools.size()));
			List<Integer> grades = grades(school);
			int grade = grades.get(random.nextInt(grades.size()));
			LocalDate entry = LocalDate.of(schoolYear - grade + 1, 9, 1);
			LocalDate birth = LocalDate.of(entry.getYear() - 7, 9, 1).plusDays(random.nextInt(365));
			boolean female = random.nextBoolean();
			String address = "5100" + String.format("%02d", random.nextInt(100));
			String key = address + birth + female;
			int seq = serial.merge(key, 1, Integer::sum) - 1;
			if (seq >= 500) {
				i--;
				continue;
			}
			String first17 = address + birth.toString().replace("-", "") + String.format("%03d", seq * 2 + (female ? 0 : 1));
			pupils.add(new Pupil(first17 + Bench.check(first17),
					"" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()))
							+ given.charAt(random.nextInt(given.length())),
					female, birth, school, grade, (1 + random.nextInt(6)) + "班", entry, random.nextInt(3) > 0));
		}
		return pupils;
	}

	/** The national register's export columns (the import's canonical keys). */
	static byte[] csv(List<Pupil> pupils) {
		StringBuilder b = new StringBuilder(pupils.size() * 100);
		b.append("school_code,grade,class_name,name,sex,birth_date,id_number,entry_month,household,left_behind,"
				+ "migrant,boarding,guardian_name,guardian_phone\n");
		for (Pupil p : pupils) {
			b.append(p.school().code()).append(',').append(GRADE_TEXT[p.grade() - 1]).append(',').append(p.className())
				.append(',').append(p.name()).append(',').append(p.female() ? "女" : "男").append(',').append(p.birth())
				.append(',').append(p.idNumber()).append(',').append(p.entry().toString(), 0, 7).append(',')
				.append(p.rural() ? "农业户口" : "非农业户口").append(",否,否,走读,").append(p.name().charAt(0)).append("大明,")
				.append("13800000000\n");
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String copyRows(List<Pupil> pupils, long firstId) {
		StringBuilder b = new StringBuilder(pupils.size() * 200);
		String now = java.time.LocalDateTime.now().toString().replace('T', ' ');
		long id = firstId;
		for (Pupil p : pupils) {
			b.append(id++).append('\t').append(p.idNumber()).append("\tf\t").append(p.name()).append('\t')
				.append(p.female() ? "FEMALE" : "MALE").append('\t').append(p.birth()).append('\t')
				.append(p.rural() ? "RURAL" : "URBAN").append("\tf\tf\tf\t\\N\t").append(p.name().charAt(0))
				.append("大明\t13800000000\t").append(p.school().id()).append('\t').append(p.school().path()).append('\t')
				.append(stageOf(p.grade())).append('\t').append(p.grade()).append('\t').append(p.className()).append('\t')
				.append(p.entry()).append("\tENROLLED\t").append(p.entry()).append("\tbench\t").append(now).append("\t0\n");
		}
		return b.toString();
	}

	static void importStudents(int rows, String base, String token, String jdbc, String label) throws Exception {
		List<Pupil> pupils;
		double copySeconds;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			pupils = pupils(rows, Bench.schools(c), label);
			String copy = copyRows(pupils, 4_000_000_000L);
			c.setAutoCommit(false);
			long t0 = System.nanoTime();
			((PGConnection) c).getCopyAPI()
				.copyIn("COPY students_student (id, id_number, temporary_number, name, sex, birth_date, household, "
						+ "left_behind, migrant, boarder, disability, guardian_name, guardian_phone, unit_id, unit_path, "
						+ "stage, grade, class_name, entry_date, status, status_since, updated_by, updated_at, version) "
						+ "FROM STDIN", new StringReader(copy));
			copySeconds = (System.nanoTime() - t0) / 1e9;
			// Measured, then undone, so the import creates the same students.
			c.rollback();
		}
		double seconds = 0;
		int files = 0;
		for (int from = 0; from < pupils.size(); from += FILE_ROWS) {
			List<Pupil> part = pupils.subList(from, Math.min(pupils.size(), from + FILE_ROWS));
			String boundary = "----edubureau-bench";
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.write(("--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"students.csv\"\r\n"
					+ "Content-Type: text/csv\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.write(csv(part));
			body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpURLConnection h = open(base + "/api/v1/students/import", token);
			h.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
			long t0 = System.nanoTime();
			h.getOutputStream().write(body.toByteArray());
			Answer a = answer(h);
			seconds += (System.nanoTime() - t0) / 1e9;
			files++;
			if (a.status() != 200 || !a.body().contains("\"imported\":" + part.size())) {
				System.err.println("students import answered " + a.status() + ": "
						+ a.body().substring(0, Math.min(2000, a.body().length())));
				System.out.println("students_import_" + label + ": FAILED (status " + a.status() + ")");
				return;
			}
		}
		System.err.println("students import " + label + ": " + rows + " rows in " + files + " file(s) of at most "
				+ FILE_ROWS + "; goal: >= 0.20 of COPY's rows/s (1,000,000 rows at province scale)");
		Bench.line("students_import_" + label + "_seconds", seconds, "s", copySeconds, seconds / copySeconds);
		Bench.line("students_import_" + label + "_rows_per_second", rows / seconds, "rows/s", rows / copySeconds,
				(rows / seconds) / (rows / copySeconds));
	}

	// ---- year-end promotion

	static final String LAST_GRADE = "case stage when 'PRESCHOOL' then 3 when 'VOCATIONAL' then 3 when 'PRIMARY' then 6 "
			+ "when 'JUNIOR' then 9 when 'SPECIAL' then 9 else 12 end";

	/**
	 * Students for every school as set-up (not timed): {@code perSchool} per school spread
	 * over the primary, junior and senior grades it teaches, enrolled in the school year
	 * the promotion ends, temporary numbers (no identity number to check), ids far above
	 * the application's sequence.
	 */
	static void promotionSetUp(Connection c, int perSchool, LocalDate on) throws SQLException {
		int y = on.getYear();
		try (Statement s = c.createStatement()) {
			s.execute("insert into students_student (id, id_number, temporary_number, name, sex, birth_date, household,"
					+ " left_behind, migrant, boarder, guardian_name, guardian_phone, unit_id, unit_path, stage, grade,"
					+ " class_name, entry_date, status, status_since, updated_by, updated_at, version)"
					+ " with sg as (select u.id, u.path, array(select v.g from (values (1,'PRIMARY'),(2,'PRIMARY'),"
					+ "(3,'PRIMARY'),(4,'PRIMARY'),(5,'PRIMARY'),(6,'PRIMARY'),(7,'JUNIOR'),(8,'JUNIOR'),(9,'JUNIOR'),"
					+ "(10,'SENIOR'),(11,'SENIOR'),(12,'SENIOR')) v(g, st) where ('|' || u.stages || '|') like"
					+ " ('%|' || v.st || '|%') order by v.g) as grades from org_unit u where u.type = 'SCHOOL'"
					+ " and u.status = 'ACTIVE'),"
					+ " x as (select sg.id, sg.path, n, sg.grades[1 + n % cardinality(sg.grades)] as grade"
					+ " from sg cross join generate_series(1, " + perSchool + ") n where cardinality(sg.grades) > 0)"
					+ " select 5000000000 + x.id * 10000 + x.n, 'B' || lpad((x.id * 10000 + x.n)::text, 17, '0'), true,"
					+ " '学生' || x.n, case when x.n % 2 = 0 then 'FEMALE' else 'MALE' end,"
					+ " make_date(" + y + " - x.grade - 6, 3, 1), case when x.n % 3 = 0 then 'URBAN' else 'RURAL' end,"
					+ " false, false, x.n % 4 = 0, '家长' || x.n, '13900000000', x.id, x.path,"
					+ " case when x.grade <= 6 then 'PRIMARY' when x.grade <= 9 then 'JUNIOR' else 'SENIOR' end,"
					+ " x.grade, (x.n % 6 + 1) || '班', make_date(" + y + " - x.grade, 9, 1),"
					+ " 'ENROLLED', make_date(" + y + " - x.grade, 9, 1), 'bench', now(), 0 from x");
			s.execute("analyze students_student");
		}
	}

	static void promotion(int perSchool, int clients, String base, String token, String jdbc, String label)
			throws Exception {
		LocalDate today = LocalDate.now();
		// The last school year that has ended: promoted in the summer after it.
		LocalDate on = LocalDate.of(today.getYear(), 7, 15);
		if (on.isAfter(today)) {
			on = on.minusYears(1);
		}
		int schoolYear = on.getYear() - 1;
		List<Long> units = new ArrayList<>();
		long floorGraduated;
		long floorMoved;
		double floorSeconds;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			long t0 = System.nanoTime();
			promotionSetUp(c, perSchool, on);
			System.err.println("promotion " + label + ": set-up " + (System.nanoTime() - t0) / 1_000_000 + " ms");
			String where = " from students_student where status = 'ENROLLED' and entry_date <= ?";
			try (PreparedStatement s = c.prepareStatement("select count(*), count(*) filter (where grade >= "
					+ LAST_GRADE + ")" + where)) {
				s.setObject(1, on);
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					floorMoved = rs.getLong(1);
					floorGraduated = rs.getLong(2);
				}
			}
			try (PreparedStatement s = c.prepareStatement("select distinct unit_id" + where + " order by unit_id")) {
				s.setObject(1, on);
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						units.add(rs.getLong(1));
					}
				}
			}
			// The floor: the same rows moved in one statement, measured, then undone.
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement("update students_student set"
					+ " status = case when grade >= " + LAST_GRADE + " then 'GRADUATED' else status end,"
					+ " status_since = case when grade >= " + LAST_GRADE + " then ? else status_since end,"
					+ " grade = case when grade >= " + LAST_GRADE + " then grade else grade + 1 end,"
					+ " updated_by = 'bench', version = version + 1 where status = 'ENROLLED' and entry_date <= ?")) {
				s.setObject(1, on);
				s.setObject(2, on);
				long t1 = System.nanoTime();
				s.executeUpdate();
				floorSeconds = (System.nanoTime() - t1) / 1e9;
			}
			c.rollback();
		}
		AtomicInteger next = new AtomicInteger();
		AtomicLong promoted = new AtomicLong();
		AtomicLong graduated = new AtomicLong();
		AtomicLong failures = new AtomicLong();
		Pattern number = Pattern.compile("\"(promoted|graduated)\":([0-9]+)");
		String day = on.toString();
		List<Thread> threads = new ArrayList<>();
		long t0 = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			Thread thread = new Thread(() -> {
				int i;
				while ((i = next.getAndIncrement()) < units.size()) {
					try {
						HttpURLConnection h = open(base + "/api/v1/students/promotions", token);
						h.setRequestProperty("Content-Type", "application/json");
						h.getOutputStream()
							.write(("{\"unitId\":" + units.get(i) + ",\"schoolYear\":" + schoolYear + ",\"on\":\"" + day
									+ "\"}")
								.getBytes(StandardCharsets.UTF_8));
						Answer a = answer(h);
						if (a.status() != 200) {
							throw new IOException("answered " + a.status() + ": "
									+ a.body().substring(0, Math.min(300, a.body().length())));
						}
						Matcher m = number.matcher(a.body());
						while (m.find()) {
							("promoted".equals(m.group(1)) ? promoted : graduated).addAndGet(Long.parseLong(m.group(2)));
						}
					}
					catch (Exception ex) {
						if (failures.incrementAndGet() == 1) {
							System.err.println("promotion of unit " + units.get(i) + " failed: " + ex);
						}
					}
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		long moved = promoted.get() + graduated.get();
		boolean same = moved == floorMoved && graduated.get() == floorGraduated && failures.get() == 0;
		System.err.println("promotion " + label + " " + schoolYear + " on " + day + ": " + units.size() + " schools, "
				+ clients + " clients, " + failures.get() + " failed; product promoted " + promoted.get() + ", graduated "
				+ graduated.get() + "; floor moved " + floorMoved + ", graduated " + floorGraduated
				+ (same ? " (the same)" : " (DIFFERENT)") + "; goal: <= 120 s at province scale");
		if (failures.get() > 0) {
			System.out.println("students_promotion_" + label + ": FAILED (" + failures.get() + " schools refused)");
			return;
		}
		Bench.line("students_promotion_" + label + "_seconds", seconds, "s", floorSeconds, seconds / floorSeconds);
		Bench.line("students_promotion_" + label + "_students_per_second", moved / seconds, "students/s",
				floorMoved / floorSeconds, (moved / seconds) / (floorMoved / floorSeconds));
		if ("province".equals(label)) {
			Bench.line("students_promotion_" + label + "_vs_goal", seconds, "s", 120, seconds / 120);
		}
	}

	// ---- aid payment batch

	static final String PROGRAMME = "NUTRITION_MEALS";

	/**
	 * Approved applications of the current semester for up to {@code n} enrolled primary and
	 * junior students, half the yearly standard each (set-up, not timed).
	 */
	static void aidSetUp(Connection c, int n, String semester, LocalDate applied) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("insert into aid_application (id, student_id, unit_id, unit_path,"
				+ " programme_code, semester, tier, applied_on, status, amount_fen, notice_from, notice_until,"
				+ " grant_key, updated_by, updated_at, version) select 9000000000000 + row_number() over (order by s.id),"
				+ " s.id, s.unit_id, s.unit_path, ?, ?, 'STANDARD', ?, 'APPROVED', 50000, ?, ?,"
				+ " s.id || ':' || ? || ':' || ?, 'bench', now(), 0 from (select id, unit_id, unit_path"
				+ " from students_student where status = 'ENROLLED' and stage in ('PRIMARY', 'JUNIOR') order by id"
				+ " limit ?) s")) {
			s.setString(1, PROGRAMME);
			s.setString(2, semester);
			s.setObject(3, applied);
			s.setObject(4, applied);
			s.setObject(5, applied.plusDays(7));
			s.setString(6, PROGRAMME);
			s.setString(7, semester);
			s.setInt(8, n);
			s.executeUpdate();
		}
		try (Statement s = c.createStatement()) {
			s.execute("analyze aid_application");
		}
	}

	static void aidBatch(int n, String base, String token, String jdbc, String label) throws Exception {
		LocalDate today = LocalDate.now();
		int term = today.getMonthValue() >= 9 ? 2 : today.getMonthValue() >= 3 ? 1 : 2;
		int year = today.getMonthValue() >= 3 ? today.getYear() : today.getYear() - 1;
		String semester = year + "-" + term;
		LocalDate applied = term == 1 ? LocalDate.of(year, 3, 1) : LocalDate.of(year, 9, 1);
		String ownerPath;
		long floorRows;
		long floorFen;
		double floorSeconds;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			long t0 = System.nanoTime();
			aidSetUp(c, n, semester, applied);
			System.err.println("aid batch " + label + ": set-up " + (System.nanoTime() - t0) / 1_000_000 + " ms");
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select path from org_unit where parent_id is null order by code limit 1")) {
				rs.next();
				ownerPath = rs.getString(1);
			}
			try (Statement s = c.createStatement()) {
				s.execute("drop table if exists bench_aid_application");
				s.execute("create table bench_aid_application (like aid_application including defaults including indexes)");
			}
			// The floor: the batch's paid rows written in one statement (no batch row, no audit).
			try (PreparedStatement s = c.prepareStatement("insert into bench_aid_application select id, student_id,"
					+ " unit_id, unit_path, programme_code, semester, tier, category, evidence, applied_on, 'PAID',"
					+ " amount_fen, notice_from, notice_until, null, ?, grant_key, 'bench', updated_at, version + 1"
					+ " from aid_application where status = 'APPROVED' and programme_code = ? and semester = ?"
					+ " and unit_path like ?")) {
				s.setObject(1, today);
				s.setString(2, PROGRAMME);
				s.setString(3, semester);
				s.setString(4, ownerPath + "%");
				long t1 = System.nanoTime();
				s.executeUpdate();
				floorSeconds = (System.nanoTime() - t1) / 1e9;
			}
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select count(*), coalesce(sum(amount_fen), 0) from bench_aid_application")) {
				rs.next();
				floorRows = rs.getLong(1);
				floorFen = rs.getLong(2);
			}
			try (Statement s = c.createStatement()) {
				s.execute("drop table bench_aid_application");
			}
		}
		HttpURLConnection h = open(base + "/api/v1/aid/batches", token);
		h.setRequestProperty("Content-Type", "application/json");
		long t0 = System.nanoTime();
		h.getOutputStream()
			.write(("{\"programme\":\"" + PROGRAMME + "\",\"semester\":\"" + semester + "\",\"paidOn\":\"" + today + "\"}")
				.getBytes(StandardCharsets.UTF_8));
		Answer a = answer(h);
		double seconds = (System.nanoTime() - t0) / 1e9;
		if (a.status() != 200) {
			System.err.println("aid batch answered " + a.status() + ": " + a.body().substring(0, Math.min(500, a.body().length())));
			System.out.println("aid_batch_" + label + ": FAILED (status " + a.status() + ")");
			return;
		}
		Map<String, Long> v = new HashMap<>();
		Matcher m = Pattern.compile("\"(students|amountFen)\":([0-9]+)").matcher(a.body());
		while (m.find()) {
			v.put(m.group(1), Long.parseLong(m.group(2)));
		}
		long paid = v.getOrDefault("students", 0L);
		boolean same = paid == floorRows && v.getOrDefault("amountFen", 0L) == floorFen;
		System.err.println("aid batch " + label + " " + PROGRAMME + " " + semester + ": asked for " + n
				+ " applications; product paid " + paid + " students, " + v.get("amountFen") + " fen; floor " + floorRows
				+ ", " + floorFen + " fen" + (same ? " (the same)" : " (DIFFERENT)")
				+ "; goal: <= 60 s for 1,000,000 students");
		Bench.line("aid_batch_" + label + "_seconds", seconds, "s", floorSeconds, seconds / floorSeconds);
		Bench.line("aid_batch_" + label + "_students_per_second", paid / seconds, "students/s", floorRows / floorSeconds,
				(paid / seconds) / (floorRows / floorSeconds));
		if ("province".equals(label)) {
			Bench.line("aid_batch_" + label + "_vs_goal", seconds * 1_000_000.0 / Math.max(1, paid), "s per 1,000,000",
					60, seconds * 1_000_000.0 / Math.max(1, paid) / 60);
		}
	}

	// ---- HTTP

	record Answer(int status, String body) {
	}

	static HttpURLConnection open(String url, String token) throws IOException {
		HttpURLConnection h = (HttpURLConnection) URI.create(url).toURL().openConnection();
		h.setRequestMethod("POST");
		h.setRequestProperty("Authorization", Bench.auth(token));
		h.setRequestProperty("Accept", "application/json");
		h.setConnectTimeout(10_000);
		h.setReadTimeout(3_600_000);
		h.setDoOutput(true);
		return h;
	}

	static Answer answer(HttpURLConnection h) throws IOException {
		int status = h.getResponseCode();
		try (var in = status == 200 ? h.getInputStream() : h.getErrorStream()) {
			return new Answer(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

}
