import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * EduBureau benchmark driver (not part of the build): run by bench/run with the PostgreSQL
 * driver on the class path. Each measurement prints one line
 * {@code name: value unit (floor: value, ratio: x)}.
 *
 * <pre>
 * java -cp postgresql.jar bench/Bench.java import ROWS BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java search SECONDS CLIENTS BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java summary REPEATS YEAR BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java payroll MONTH BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java csv ROWS JDBC_URL LABEL FILE   (the import's file only, for bench/cluster)
 * java -cp postgresql.jar bench/Bench.java exchange YEAR BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java students ROWS BASE_URL TOKEN JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java promotion PER_SCHOOL CLIENTS BASE_URL TOKEN JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java aidbatch APPLICATIONS BASE_URL TOKEN JDBC_URL LABEL
 * </pre>
 */
public class Bench {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "import" -> importStaff(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5]);
			case "search" -> search(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], args[4], args[5],
					args[6]);
			case "summary" -> summary(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], args[4], args[5],
					args[6]);
			case "payroll" -> payroll(args[1], args[2], args[3], args[4], args[5]);
			case "csv" -> writeCsv(Integer.parseInt(args[1]), args[2], args[3], java.nio.file.Path.of(args[4]));
			case "exchange" -> exchange(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5]);
			case "students" -> StudentsBench.importStudents(Integer.parseInt(args[1]), args[2], args[3], args[4],
					args[5]);
			case "promotion" -> StudentsBench.promotion(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3],
					args[4], args[5], args[6]);
			case "aidbatch" -> StudentsBench.aidBatch(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5]);
			default -> throw new IllegalArgumentException(args[0]);
		}
		// The load's HTTP and JDBC threads are not daemons.
		System.exit(0);
	}

	static void line(String name, double value, String unit, double floor, double ratio) {
		System.out.println(String.format(Locale.ROOT, "%s: %s %s (floor: %s, ratio: %.2f)", name, fmt(value), unit,
				fmt(floor), ratio));
	}

	static String fmt(double v) {
		return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
	}

	static String auth(String userPassword) {
		if (userPassword.startsWith("ebt_")) {
			return "Bearer " + userPassword;
		}
		return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
	}

	// ---- staff import vs COPY

	record School(long id, String code, String path, String[] stages) {
	}

	static List<School> schools(Connection c) throws SQLException {
		List<School> schools = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"select id, code, path, stages from org_unit where type = 'SCHOOL' and status = 'ACTIVE' order by id")) {
			while (rs.next()) {
				String[] stages = Arrays.stream(rs.getString(4).split("\\|")).filter(x -> !x.isBlank())
					.toArray(String[]::new);
				if (stages.length > 0) {
					schools.add(new School(rs.getLong(1), rs.getString(2), rs.getString(3), stages));
				}
			}
		}
		return schools;
	}

	static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	record Person(String idNumber, String name, boolean female, LocalDate birth, School school, String stage,
			String subject, LocalDate hire, String title, LocalDate titleDate, String phone) {
	}

	static List<Person> people(int n, List<School> schools, String label) {
		Random random = new Random(label.hashCode());
		String surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
		String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华";
		String[] subjects = { "语文", "数学", "英语", "物理", "体育" };
		List<Person> people = new ArrayList<>(n);
		LocalDate today = LocalDate.now();
		int[][] serial = new int[40 * 366 + 1][2];
		LocalDate first = today.minusYears(60);
		for (int i = 0; i < n; i++) {
			boolean female = random.nextBoolean();
			LocalDate birth = today.minusYears(25 + random.nextInt(33)).minusDays(random.nextInt(365));
			int day = (int) (birth.toEpochDay() - first.toEpochDay()) % serial.length;
			int seq = serial[day][female ? 0 : 1]++ * 2 + (female ? 0 : 1);
			// Address 110101 is never used by the generator: the people are all new.
			String first17 = ("11" + (1000 + Math.floorMod(label.hashCode(), 9000))) + birth.toString().replace("-", "") + String.format("%03d", seq);
			School school = schools.get(random.nextInt(schools.size()));
			String stage = school.stages()[random.nextInt(school.stages().length)];
			LocalDate hire = birth.plusYears(22).plusDays(random.nextInt(300));
			boolean titled = random.nextInt(4) > 0;
			people.add(new Person(first17 + check(first17),
					"" + surnames.charAt(random.nextInt(surnames.length())) + given.charAt(random.nextInt(given.length()))
							+ given.charAt(random.nextInt(given.length())),
					female, birth, school, stage, subjects[random.nextInt(subjects.length)], hire,
					titled ? "SECOND" : "NONE", titled ? hire.plusYears(1) : null,
					"139" + String.format("%08d", random.nextInt(100_000_000))));
		}
		return people;
	}

	static byte[] csv(List<Person> people) {
		StringBuilder b = new StringBuilder(people.size() * 200);
		b.append("id_number,name,unit_code,employment_type,post_category,full_time_teacher,stage,subject,hire_date,"
				+ "hire_channel,highest_education,graduate_school_tier,title_level,title_date,backbone,sex,birth_date,"
				+ "work_start_date,political_status,phone\n");
		for (Person p : people) {
			b.append(p.idNumber()).append(',').append(p.name()).append(',').append(p.school().code())
				.append(",IN_ESTABLISHMENT,PROFESSIONAL,true,").append(p.stage()).append(',').append(p.subject())
				.append(',').append(p.hire()).append(",OPEN_RECRUITMENT,BACHELOR,OTHER,").append(p.title())
				.append(',').append(p.titleDate() == null ? "" : p.titleDate().toString()).append(",false,")
				.append(p.female() ? "FEMALE" : "MALE").append(',').append(p.birth()).append(',').append(p.hire())
				.append(",NONE,").append(p.phone()).append('\n');
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

	// The JDBC URL carries its user and password (bench/cluster's database is not trust).
	static void writeCsv(int rows, String jdbc, String label, java.nio.file.Path file) throws Exception {
		try (Connection c = DriverManager.getConnection(jdbc)) {
			java.nio.file.Files.write(file, csv(people(rows, schools(c), label)));
		}
	}

	static String copyRows(List<Person> people, long firstId) {
		StringBuilder b = new StringBuilder(people.size() * 300);
		String now = java.time.LocalDateTime.now().toString().replace('T', ' ');
		long id = firstId;
		for (Person p : people) {
			int age = p.female() ? 55 : 60;
			b.append(id++).append('\t').append(p.idNumber()).append('\t').append(p.name()).append('\t')
				.append(p.female() ? "FEMALE" : "MALE").append('\t').append(p.birth()).append("\t\\N\t\\N\tNONE\t\\N\t")
				.append(p.hire()).append('\t').append(p.phone()).append('\t').append(p.school().id()).append('\t')
				.append(p.school().path()).append("\tIN_ESTABLISHMENT\tPROFESSIONAL\tt\t").append(p.stage())
				.append('\t').append(p.subject()).append("\tf\tf\t").append(p.hire())
				.append("\tOPEN_RECRUITMENT\tBACHELOR\tOTHER\t").append(p.title()).append('\t')
				.append(p.titleDate() == null ? "\\N" : p.titleDate().toString()).append('\t').append(age)
				.append("\tACTIVE\t\\N\t").append(now).append('\t').append(now).append("\t0\n");
		}
		return b.toString();
	}

	static void importStaff(int rows, String base, String user, String jdbc, String label) throws Exception {
		List<Person> people;
		double copySeconds;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			people = people(rows, schools(c), label);
			String copy = copyRows(people, 4_000_000_000L);
			c.setAutoCommit(false);
			long t0 = System.nanoTime();
			((PGConnection) c).getCopyAPI()
				.copyIn("COPY staff_member (id, id_number, name, sex, birth_date, ethnicity, native_place, "
						+ "political_status, party_join_date, work_start_date, phone, unit_id, unit_path, "
						+ "employment_type, post_category, full_time_teacher, stage, subject, backbone, academic_leader, "
						+ "hire_date, hire_channel, highest_education, graduate_school_tier, title_level, title_date, "
						+ "original_retirement_age, status, status_date, created_at, updated_at, version) FROM STDIN",
						new StringReader(copy));
			copySeconds = (System.nanoTime() - t0) / 1e9;
			// The floor is measured, then undone, so the import creates the same people.
			c.rollback();
		}
		byte[] file = csv(people);
		String boundary = "----edubureau-bench";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"staff.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(file);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/import"))
			.timeout(Duration.ofMinutes(30))
			.header("Authorization", auth(user))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		long t0 = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		double seconds = (System.nanoTime() - t0) / 1e9;
		if (response.statusCode() != 200 || !response.body().contains("\"imported\":" + rows)) {
			String b = response.body();
			System.err.println("import answered " + response.statusCode() + ": " + b.substring(0, Math.min(2000, b.length())));
			System.out.println("staff_import_" + label + ": FAILED (status " + response.statusCode() + ")");
			return;
		}
		line("staff_import_" + label + "_seconds", seconds, "s", copySeconds, seconds / copySeconds);
		line("staff_import_" + label + "_rows_per_second", rows / seconds, "rows/s", rows / copySeconds,
				(rows / seconds) / (rows / copySeconds));
	}

	// ---- staff search under load vs the same SQL

	/**
	 * One staff search: by a name prefix within a unit ({@code NAME}), by an identity number
	 * alone ({@code ID}) or by a unit alone ({@code UNIT}) — the three searches a bureau
	 * makes all day (issue 12).
	 */
	record Query(String kind, String name, String idNumber, String unitCode, String unitPath) {
	}

	static final List<String> KINDS = List.of("NAME", "ID", "UNIT");

	// The searching bureau officer's scope (the root unit and below), which the floor applies too.
	static String rootPath;

	static List<Query> queries(Connection c) throws SQLException {
		List<Query> queries = new ArrayList<>();
		List<String[]> units = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select code, path from org_unit where type <> 'SCHOOL' order by id")) {
			while (rs.next()) {
				units.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		List<String[]> schools = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select code, path from org_unit where type = 'SCHOOL' order by id")) {
			while (rs.next()) {
				schools.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		List<String> names = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select distinct substr(name, 1, 2) from staff_member order by 1 limit 200")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		// A fixed sample of people (the hash orders them the same way in every run).
		List<String> ids = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s
			.executeQuery("select id_number from staff_member order by md5(id::text) limit 500")) {
			while (rs.next()) {
				ids.add(rs.getString(1));
			}
		}
		try (Statement s = c.createStatement(); ResultSet rs = s
			.executeQuery("select path from org_unit where parent_id is null order by code limit 1")) {
			rootPath = rs.next() ? rs.getString(1) : "/";
		}
		Random random = new Random(11);
		for (int i = 0; i < 600; i++) {
			switch (i % 3) {
				case 0 -> {
					String[] u = units.get(random.nextInt(units.size()));
					queries.add(new Query("NAME", names.get(random.nextInt(names.size())), null, u[0], u[1]));
				}
				case 1 -> queries.add(new Query("ID", null, ids.get(random.nextInt(ids.size())), null, null));
				default -> {
					// Half the unit searches a school, half an area above the schools.
					List<String[]> from = schools.isEmpty() || random.nextBoolean() ? units : schools;
					String[] u = from.get(random.nextInt(from.size()));
					queries.add(new Query("UNIT", null, null, u[0], u[1]));
				}
			}
		}
		return queries;
	}

	interface Call {

		void run(Query q) throws Exception;

	}

	record Load(long[] latencies, int count, double seconds, long errors, Map<String, long[]> byKind) {
	}

	static Load load(int seconds, int clients, List<Query> queries, java.util.function.Supplier<Call> callFactory)
			throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<long[]> perThread = new ArrayList<>();
		List<String[]> kindsPerThread = new ArrayList<>();
		int[] counts = new int[clients];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients);
		long start = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			long[] lat = new long[2_000_000];
			String[] kinds = new String[lat.length];
			perThread.add(lat);
			kindsPerThread.add(kinds);
			int me = t;
			Call call = callFactory.get();
			Thread thread = new Thread(() -> {
				Random random = new Random(me);
				try {
					while (System.nanoTime() < end && counts[me] < lat.length) {
						Query q = queries.get(random.nextInt(queries.size()));
						long t0 = System.nanoTime();
						try {
							call.run(q);
						}
						catch (Exception ex) {
							if (errors.incrementAndGet() == 1) {
								System.err.println("first failure: " + ex);
							}
						}
						kinds[counts[me]] = q.kind();
						lat[counts[me]++] = System.nanoTime() - t0;
					}
				}
				finally {
					done.countDown();
				}
			});
			thread.start();
		}
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int k = 0;
		for (int t = 0; t < clients; t++) {
			System.arraycopy(perThread.get(t), 0, all, k, counts[t]);
			k += counts[t];
		}
		Arrays.sort(all);
		Map<String, long[]> byKind = new java.util.TreeMap<>();
		for (String kind : KINDS) {
			java.util.stream.LongStream.Builder b = java.util.stream.LongStream.builder();
			for (int t = 0; t < clients; t++) {
				for (int i = 0; i < counts[t]; i++) {
					if (kind.equals(kindsPerThread.get(t)[i])) {
						b.add(perThread.get(t)[i]);
					}
				}
			}
			byKind.put(kind, b.build().sorted().toArray());
		}
		return new Load(all, total, elapsed, errors.get(), byKind);
	}

	static double percentileMs(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	static void search(int seconds, int clients, String base, String user, String jdbc, String label)
			throws Exception {
		List<Query> queries;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			queries = queries(c);
		}
		HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(10))
			.executor(java.util.concurrent.Executors.newFixedThreadPool(4))
			.build();
		String authorization = auth(user);
		// Warm-up: the JIT and the connection pool, not measured.
		load(Math.max(3, seconds / 4), clients, queries, () -> q -> get(http, base, authorization, q));
		Load api = load(seconds, clients, queries, () -> q -> get(http, base, authorization, q));
		Load sql = load(seconds, clients, queries, () -> {
			try {
				Connection c = DriverManager.getConnection(jdbc, "postgres", "");
				// The statements the application runs for each kind: the page, then the count.
				String order = " order by name asc, id asc offset 0 rows fetch first 20 rows only";
				String byName = "(name like ? escape '\\' or former_names like ? escape '\\') and unit_path like ?";
				Map<String, PreparedStatement[]> statements = Map.of("NAME",
						new PreparedStatement[] { c.prepareStatement("select * from staff_member where " + byName + order),
								c.prepareStatement("select count(*) from staff_member where " + byName) },
						"ID",
						new PreparedStatement[] {
								c.prepareStatement("select * from staff_member where id_number = ? and unit_path like ?" + order),
								c.prepareStatement("select count(*) from staff_member where id_number = ? and unit_path like ?") },
						"UNIT",
						new PreparedStatement[] {
								c.prepareStatement("select * from staff_member where unit_path like ?" + order),
								c.prepareStatement("select count(*) from staff_member where unit_path like ?") });
				return q -> {
					for (PreparedStatement s : statements.get(q.kind())) {
						switch (q.kind()) {
							case "NAME" -> {
								s.setString(1, "%" + q.name() + "%");
								s.setString(2, "%" + q.name() + "%");
								s.setString(3, q.unitPath() + "%");
							}
							case "ID" -> {
								s.setString(1, q.idNumber());
								s.setString(2, rootPath + "%");
							}
							default -> s.setString(1, q.unitPath() + "%");
						}
						try (ResultSet rs = s.executeQuery()) {
							while (rs.next()) {
								// read every row, as the application does
							}
						}
					}
				};
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		});
		if (api.errors() > 0) {
			System.err.println("search: " + api.errors() + " failed requests");
		}
		line("staff_search_" + label + "_p50_ms", percentileMs(api.latencies(), 0.50), "ms",
				percentileMs(sql.latencies(), 0.50),
				percentileMs(api.latencies(), 0.50) / percentileMs(sql.latencies(), 0.50));
		line("staff_search_" + label + "_p99_ms", percentileMs(api.latencies(), 0.99), "ms",
				percentileMs(sql.latencies(), 0.99),
				percentileMs(api.latencies(), 0.99) / percentileMs(sql.latencies(), 0.99));
		double rps = api.count() / api.seconds();
		double floorRps = sql.count() / sql.seconds();
		line("staff_search_" + label + "_requests_per_second", rps, "req/s", floorRps, rps / floorRps);
		for (String kind : KINDS) {
			long[] a = api.byKind().get(kind);
			long[] f = sql.byKind().get(kind);
			String k = kind.toLowerCase(Locale.ROOT);
			line("staff_search_" + label + "_" + k + "_p50_ms", percentileMs(a, 0.50), "ms", percentileMs(f, 0.50),
					percentileMs(a, 0.50) / percentileMs(f, 0.50));
			line("staff_search_" + label + "_" + k + "_p99_ms", percentileMs(a, 0.99), "ms", percentileMs(f, 0.99),
					percentileMs(a, 0.99) / percentileMs(f, 0.99));
		}
		// Issue 12 and docs/performance.md: p99 at most 100 ms and at least 500 req/s (over 1,000,000 staff).
		System.out.println(String.format(Locale.ROOT, "staff_search_%s_goal: p99 %s ms <= 100: %s, %s req/s >= 500: %s",
				label, fmt(percentileMs(api.latencies(), 0.99)), percentileMs(api.latencies(), 0.99) <= 100 ? "met" : "not met",
				fmt(rps), rps >= 500 ? "met" : "not met"));
		System.err.println("search " + label + ": " + api.count() + " requests, " + api.errors() + " errors");
	}

	// A blocking keep-alive connection per client thread: the load is the server's, not
	// an asynchronous client's scheduling.
	static void get(HttpClient http, String base, String authorization, Query q) throws IOException {
		java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI
			.create(base + "/api/v1/staff?" + switch (q.kind()) {
				case "NAME" -> "name=" + java.net.URLEncoder.encode(q.name(), StandardCharsets.UTF_8) + "&unit=" + q.unitCode();
				case "ID" -> "idNumber=" + q.idNumber();
				default -> "unit=" + q.unitCode();
			})
			.toURL()
			.openConnection();
		c.setRequestProperty("Authorization", authorization);
		c.setConnectTimeout(10_000);
		c.setReadTimeout(30_000);
		int status = c.getResponseCode();
		try (var in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
			byte[] body = in == null ? new byte[0] : in.readAllBytes();
			if (status != 200) {
				String b = new String(body, StandardCharsets.UTF_8);
				throw new IOException("status " + status + ": " + b.substring(0, Math.min(300, b.length())));
			}
		}
	}

	// ---- annual summary vs one-pass SQL

	static final String[] STAGES = { "PRESCHOOL", "PRIMARY", "JUNIOR", "SENIOR", "VOCATIONAL", "SPECIAL" };

	static final String[] TITLES = { "NONE", "THIRD", "SECOND", "FIRST", "SENIOR", "PROFESSOR_SENIOR" };

	// Highest first, as Education's order: a recruit's derived education is the first found.
	static final String[] EDUCATIONS = { "DOCTORATE", "MASTER", "BACHELOR", "ASSOCIATE", "SECONDARY_NORMAL",
			"HIGH_SCHOOL_OR_BELOW" };

	static final String[] CHANNELS = { "OPEN_RECRUITMENT", "SPECIAL_POST", "DIRECTIONAL", "FREE_NORMAL", "TALENT",
			"TRANSFER_IN", "OTHER" };

	// StaffAgeFigures.AgeBand: code, first and last age (31 December, year minus birth year).
	static final String[][] AGE_BANDS = { { "UNDER_25", "-100000", "24" }, { "25_29", "25", "29" },
			{ "30_34", "30", "34" }, { "35_39", "35", "39" }, { "40_44", "40", "44" }, { "45_49", "45", "49" },
			{ "50_54", "50", "54" }, { "55_59", "55", "59" }, { "60_PLUS", "60", "100000" } };

	/**
	 * The staff figures of StaffFigures and StaffAgeFigures for a year and the year before
	 * (the product computes the previous year too), as figure key and SQL aggregate over
	 * {@code p}: one row per person and year.
	 */
	static List<String[]> summaryColumns() {
		List<String[]> c = new ArrayList<>();
		c.add(new String[] { "staff.active", "count(*) filter (where active)" });
		c.add(new String[] { "staff.fullTimeTeachers", "count(*) filter (where active and full_time_teacher)" });
		for (String x : STAGES) {
			c.add(new String[] { "staff.byStage." + x, "count(*) filter (where active and stage = '" + x + "')" });
		}
		for (String x : TITLES) {
			c.add(new String[] { "staff.byTitle." + x, "count(*) filter (where active and title_at = '" + x + "')" });
		}
		c.add(new String[] { "recruitment.total", "count(*) filter (where recruit)" });
		for (String x : STAGES) {
			c.add(new String[] { "recruitment.byStage." + x, "count(*) filter (where recruit and stage = '" + x + "')" });
		}
		for (String x : EDUCATIONS) {
			c.add(new String[] { "recruitment.byEducation." + x,
					"count(*) filter (where recruit and education = '" + x + "')" });
		}
		for (String x : CHANNELS) {
			c.add(new String[] { "recruitment.byChannel." + x,
					"count(*) filter (where recruit and hire_channel = '" + x + "')" });
		}
		c.add(new String[] { "recruitment.eliteUniversity", "count(*) filter (where recruit and elite)" });
		c.add(new String[] { "party.members", "count(*) filter (where active and party"
				+ " and (party_join_date is null or party_join_date <= make_date(yr, 12, 31)))" });
		c.add(new String[] { "party.newMembers", "count(*) filter (where status <> 'MERGED' and party"
				+ " and party_join_date between make_date(yr, 1, 1) and make_date(yr, 12, 31))" });
		c.add(new String[] { "retirement.retired", "count(*) filter (where status = 'RETIRED'"
				+ " and status_date between make_date(yr, 1, 1) and make_date(yr, 12, 31))" });
		c.add(new String[] { "retirement.upcomingNextYear",
				"count(*) filter (where active and retirement_month / 12 = yr + 1)" });
		c.add(new String[] { "fileAudit.coverage", "coalesce(round(100.0 * count(*) filter (where active and audited)"
				+ " / nullif(count(*) filter (where active), 0), 1), 0)" });
		for (String[] sex : new String[][] { { "staff.byAgeBand.", "true" }, { "staff.maleByAgeBand.", "sex <> 'FEMALE'" },
				{ "staff.femaleByAgeBand.", "sex = 'FEMALE'" } }) {
			for (String[] b : AGE_BANDS) {
				c.add(new String[] { sex[0] + b[0], "count(*) filter (where active and " + sex[1] + " and age between "
						+ b[1] + " and " + b[2] + ")" });
			}
		}
		return c;
	}

	static final String[] GRANTED = { "THIRD", "SECOND", "FIRST", "SENIOR", "PROFESSOR_SENIOR" };

	/**
	 * One statement: one pass over staff_member (times the two years) with conditional
	 * aggregates, one over staff_title for the titles obtained; the personnel-file entries
	 * are looked up only for the few people whose record lacks the value, as the product
	 * does.
	 */
	static String summarySql(List<String[]> columns) {
		StringBuilder select = new StringBuilder();
		for (String[] c : columns) {
			select.append(", ").append(c[1]);
		}
		StringBuilder granted = new StringBuilder("count(t.id)");
		for (String x : GRANTED) {
			granted.append(", count(t.id) filter (where t.level = '").append(x).append("')");
		}
		String educationOrder = "array_position(array['" + String.join("','", EDUCATIONS) + "']::varchar[], e.level)";
		String asOf = "make_date(y.yr, 12, 31)";
		return "with y(yr) as (values (?), (?)),"
				+ " audit as (select staff_id, min(signed_at) as first_signed from staff_file_audit group by staff_id),"
				+ " p as (select y.yr, s.stage, s.full_time_teacher, s.sex, s.status, s.status_date, s.party_join_date,"
				+ " s.hire_channel, y.yr - extract(year from s.birth_date)::int as age,"
				+ " s.political_status in ('PARTY_MEMBER', 'PROBATIONARY_MEMBER') as party,"
				+ " (s.hire_date is null or s.hire_date <= " + asOf + ") and (s.status = 'ACTIVE'"
				+ " or (s.status in ('RETIRED', 'LEFT', 'DECEASED') and s.status_date > " + asOf + ")) as active,"
				+ " s.status <> 'MERGED' and s.hire_date between make_date(y.yr, 1, 1) and " + asOf
				+ " and (s.hire_channel is null or s.hire_channel <> 'TRANSFER_IN') as recruit,"
				// The title held on 31 December: the record's, else the latest entry obtained by then.
				+ " case when s.title_date is null or s.title_date <= " + asOf + " then s.title_level"
				+ " else coalesce((select t.level from staff_title t where t.staff_id = s.id and not t.archived"
				+ " and t.level is not null and t.obtained_on <= " + asOf
				+ " order by t.obtained_on desc limit 1), 'NONE') end as title_at,"
				+ " coalesce(s.highest_education, case when s.status <> 'MERGED' and s.hire_date between make_date(y.yr, 1, 1)"
				+ " and " + asOf + " then (select e.level from staff_education e where e.staff_id = s.id"
				+ " and not e.archived and e.level is not null order by " + educationOrder + " limit 1) end) as education,"
				+ " s.graduate_school_tier in ('PROJECT_985', 'PROJECT_211') or (s.graduate_school_tier is null"
				+ " and s.hire_date between make_date(y.yr, 1, 1) and " + asOf
				+ " and exists (select 1 from staff_education e where e.staff_id = s.id and not e.archived"
				+ " and e.tier in ('PROJECT_985', 'PROJECT_211'))) as elite,"
				// RetirementRule: birth month + original age + min(months since the first affected / N + 1, max).
				+ " case s.original_retirement_age"
				+ " when 60 then b.m + 720 + case when b.m < 23580 then 0 else least((b.m - 23580) / 4 + 1, 36) end"
				+ " when 55 then b.m + 660 + case when b.m < 23640 then 0 else least((b.m - 23640) / 4 + 1, 36) end"
				+ " when 50 then b.m + 600 + case when b.m < 23700 then 0 else least((b.m - 23700) / 2 + 1, 60) end"
				+ " end as retirement_month," + " a.first_signed < make_date(y.yr + 1, 1, 1) as audited"
				+ " from y cross join staff_member s"
				+ " cross join lateral (select extract(year from s.birth_date)::int * 12"
				+ " + extract(month from s.birth_date)::int - 1 as m) b" + " left join audit a on a.staff_id = s.id),"
				+ " f as (select yr" + select + " from p group by yr),"
				+ " g as (select y.yr, " + granted + " from y join staff_title t on extract(year from t.obtained_on) = y.yr"
				+ " join staff_member s on s.id = t.staff_id where s.status <> 'MERGED' and not t.archived"
				+ " and t.level is not null and t.level <> 'NONE' group by y.yr)"
				+ " select f.*, g.* from f left join g on g.yr = f.yr order by f.yr desc";
	}

	static void summary(int repeats, int year, String base, String user, String jdbc, String label)
			throws Exception {
		List<String[]> columns = summaryColumns();
		List<String> keys = new ArrayList<>(columns.stream().map(c -> c[0]).toList());
		keys.add("titles.granted.total");
		for (String x : GRANTED) {
			keys.add("titles.granted.byLevel." + x);
		}
		String sql = summarySql(columns);
		List<BigDecimal[]> floorValues = new ArrayList<>();
		long[] floor = new long[repeats];
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
				PreparedStatement s = c.prepareStatement(sql)) {
			s.setInt(1, year);
			s.setInt(2, year - 1);
			for (int i = -1; i < repeats; i++) {
				floorValues.clear();
				long t0 = System.nanoTime();
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						// f.yr, the staff columns, g.yr, the granted columns
						BigDecimal[] row = new BigDecimal[keys.size()];
						for (int k = 0; k < columns.size(); k++) {
							row[k] = rs.getBigDecimal(k + 2);
						}
						for (int k = columns.size(); k < keys.size(); k++) {
							BigDecimal v = rs.getBigDecimal(k + 3);
							row[k] = v == null ? BigDecimal.ZERO : v;
						}
						floorValues.add(row);
					}
				}
				if (i >= 0) {
					floor[i] = System.nanoTime() - t0;
				}
			}
		}
		String authorization = auth(user);
		long[] api = new long[repeats];
		String body = null;
		for (int i = -1; i < repeats; i++) {
			long t0 = System.nanoTime();
			body = getText(base + "/api/v1/reports/annual-summary?year=" + year, authorization);
			if (i >= 0) {
				api[i] = System.nanoTime() - t0;
			}
		}
		compare(label, keys, floorValues, body);
		Arrays.sort(api);
		Arrays.sort(floor);
		double median = api[repeats / 2] / 1e6;
		double max = api[repeats - 1] / 1e6;
		double floorMedian = floor[repeats / 2] / 1e6;
		double floorMax = floor[repeats - 1] / 1e6;
		System.err.println("annual summary " + label + " " + year + ": " + repeats
				+ " calls after one warm-up; goals: ratio <= 2, max <= 2000 ms (city), <= 10000 ms (province)");
		line("annual_summary_" + label, median, "ms", floorMedian, median / floorMedian);
		line("annual_summary_" + label + "_max", max, "ms", floorMax, max / floorMax);
		// The absolute goal in the floor column, as for start-up and the heap.
		double goal = "province".equals(label) ? 10_000 : "city".equals(label) ? 2_000 : 0;
		if (goal > 0) {
			line("annual_summary_" + label + "_max_vs_goal", max, "ms", goal, max / goal);
		}
	}

	static String getText(String url, String authorization) throws IOException {
		java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI.create(url).toURL().openConnection();
		c.setRequestProperty("Authorization", authorization);
		c.setRequestProperty("Accept", "application/json");
		c.setConnectTimeout(10_000);
		c.setReadTimeout(600_000);
		int status = c.getResponseCode();
		try (var in = status == 200 ? c.getInputStream() : c.getErrorStream()) {
			String b = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
			if (status != 200) {
				throw new IOException(url + " answered " + status + ": " + b.substring(0, Math.min(300, b.length())));
			}
			return b;
		}
	}

	// The floor must count what the product counts: differences go to stderr, the
	// timings still print.
	static void compare(String label, List<String> keys, List<BigDecimal[]> floorValues, String body) {
		if (floorValues.size() != 2) {
			System.err.println("annual summary " + label + ": the floor returned " + floorValues.size() + " rows");
			return;
		}
		List<String> differences = new ArrayList<>();
		String[] sections = { "figures", "previous" };
		for (int y = 0; y < 2; y++) {
			Map<String, BigDecimal> product = numbers(body, sections[y]);
			for (int k = 0; k < keys.size(); k++) {
				BigDecimal p = product.get(keys.get(k));
				BigDecimal f = floorValues.get(y)[k];
				if (p == null || p.compareTo(f) != 0) {
					differences.add(sections[y] + " " + keys.get(k) + " product " + p + " floor " + f);
				}
			}
		}
		System.err.println("annual summary " + label + ": " + (differences.isEmpty()
				? "the floor's " + keys.size() + " figures per year match the product's"
				: differences.size() + " figures differ from the product's: " + differences));
	}

	// One flat JSON object of numbers, e.g. "figures":{"staff.active":5000,...}.
	static Map<String, BigDecimal> numbers(String body, String name) {
		Map<String, BigDecimal> values = new HashMap<>();
		int start = body.indexOf("\"" + name + "\":{");
		if (start < 0) {
			return values;
		}
		String object = body.substring(start, body.indexOf('}', start));
		Matcher m = Pattern.compile("\"([^\"]+)\":(-?[0-9.eE+-]+)").matcher(object);
		while (m.find()) {
			values.put(m.group(1), new BigDecimal(m.group(2)));
		}
		return values;
	}


	// ---- the payroll month (issue 18) vs the same lines in one INSERT ... SELECT

	/**
	 * Pay records for every active in-establishment person, as the demo county enrols them
	 * (grade by title, step by years of service, every third compulsory teacher a head
	 * teacher), and the demo wage table from 1 January of last year: set-up, not timed.
	 */
	static void payrollSetUp(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select count(*) from pay_record")) {
				rs.next();
				if (rs.getLong(1) > 0) {
					return;
				}
			}
			int year = LocalDate.now().getYear() - 1;
			int[] post = { 6665, 4600, 4120, 3400, 2990, 2670, 2390, 2160, 2080, 1880, 1720, 1650, 1590 };
			StringBuilder rates = new StringBuilder("insert into pay_rate (id, kind, code, amount_fen, effective_from,"
					+ " source, recorded_by, recorded_at) values ");
			List<String> rows = new ArrayList<>();
			for (int g = 1; g <= 13; g++) {
				rows.add("'POST_WAGE','" + g + "'," + post[g - 1] * 100L);
			}
			for (int n = 1; n <= 65; n++) {
				rows.add("'STEP_WAGE','" + n + "'," + (295L + 48L * (n - 1) + (long) (n - 1) * (n - 1) / 2) * 100);
			}
			rows.addAll(List.of("'RURAL_ALLOWANCE','TEACHING_POINT',60000", "'RURAL_ALLOWANCE','VILLAGE',40000",
					"'RURAL_ALLOWANCE','TOWNSHIP',20000", "'TOWNSHIP_ALLOWANCE','ALL',35000",
					"'HEAD_TEACHER_ALLOWANCE','ALL',40000", "'SPECIAL_EDUCATION_ALLOWANCE','ALL',30000",
					"'PERFORMANCE_STANDARD','ALL',2640000", "'PERFORMANCE_BASIC_SHARE','ALL',7000"));
			for (int i = 0; i < rows.size(); i++) {
				rates.append(i == 0 ? "" : ",").append("(").append(9_000_000_000_000L + i).append(',')
					.append(rows.get(i)).append(",date '").append(year).append("-01-01','bench','bench',now())");
			}
			s.execute(rates.toString());
			// Ids far above what the application's sequence hands out.
			s.execute("insert into pay_record (id, staff_id, staff_name, unit_id, unit_path, post_grade, salary_step,"
					+ " step_since, head_teacher, special_education, compulsory_teacher, bank_account, status,"
					+ " created_by, created_at, version) select 9000000000000 + s.id, s.id, s.name, s.unit_id,"
					+ " s.unit_path, case s.title_level when 'PROFESSOR_SENIOR' then 4 when 'SENIOR' then 7"
					+ " when 'FIRST' then 10 when 'SECOND' then 12 else 13 end,"
					+ " least(65, 8 + greatest(0, extract(year from now())::int"
					+ " - extract(year from coalesce(s.work_start_date, s.hire_date, now() - interval '10 years'))::int)),"
					+ " make_date(extract(year from now())::int, 1, 1), t.compulsory and s.id % 3 = 0,"
					+ " s.stage = 'SPECIAL', t.compulsory, '6222' || lpad((100000000 + s.id)::text, 12, '0'),"
					+ " 'ACTIVE', 'bench', now(), 0 from staff_member s, lateral (select s.full_time_teacher"
					+ " and s.stage in ('PRIMARY', 'JUNIOR', 'SPECIAL') as compulsory) t"
					+ " where s.status = 'ACTIVE' and s.employment_type = 'IN_ESTABLISHMENT'");
			s.execute("analyze pay_record");
			s.execute("analyze pay_rate");
		}
	}

	static String yuanSql(String fen) {
		return "(" + fen + " / 100)::text || '.' || lpad((" + fen + " % 100)::text, 2, '0')";
	}

	// The same lines as PayCalculator.lines, reasons included, for every record under the
	// path, written in one statement (no staff check, no Java, no round trips).
	static String payrollFloorSql() {
		String f = "chr(31)";
		return "with rate as (select distinct on (kind, code) kind, code, amount_fen, effective_from from pay_rate"
				+ " where effective_from <= ? order by kind, code, effective_from desc, id desc),"
				+ " perf as (select s.amount_fen as standard, coalesce(b.amount_fen, 7000) as share,"
				+ " (s.amount_fen * coalesce(b.amount_fen, 7000) + 60000) / 120000 as monthly from rate s"
				+ " left join rate b on b.kind = 'PERFORMANCE_BASIC_SHARE' and b.code = 'ALL'"
				+ " where s.kind = 'PERFORMANCE_STANDARD' and s.code = 'ALL'),"
				+ " p as (select r.staff_id, r.unit_id, r.unit_path, r.compulsory_teacher, r.post_grade, r.salary_step,"
				+ " r.head_teacher, r.special_education, case when u.type = 'TEACHING_POINT' then 'TEACHING_POINT'"
				+ " when u.locality = 'RURAL' then 'VILLAGE' when u.locality = 'TOWN' then 'TOWNSHIP' else 'NONE' end"
				+ " as remote from pay_record r join org_unit u on u.id = r.unit_id where r.status = 'ACTIVE'"
				+ " and r.unit_path like ?)"
				+ " insert into bench_pay_line (id, month_id, run_number, staff_id, unit_id, unit_path,"
				+ " compulsory_teacher, code, amount_fen, reasons)"
				+ " select nextval('bench_pay_seq'), 0, 1, p.staff_id, p.unit_id, p.unit_path, p.compulsory_teacher,"
				+ " l.code, l.amount, l.reasons from p cross join lateral ("
				+ " select 'POST_WAGE' as code, x.amount_fen as amount, 'SALARY_STRUCTURE' || " + f + " || 'postWage' || "
				+ f + " || p.post_grade || " + f + " || " + yuanSql("x.amount_fen") + " || " + f
				+ " || x.effective_from as reasons from rate x where x.kind = 'POST_WAGE' and x.code = p.post_grade::text"
				+ " union all select 'STEP_WAGE', x.amount_fen, 'SALARY_STRUCTURE' || " + f + " || 'stepWage' || " + f
				+ " || p.salary_step || " + f + " || " + yuanSql("x.amount_fen") + " || " + f + " || x.effective_from"
				+ " from rate x where x.kind = 'STEP_WAGE' and x.code = p.salary_step::text"
				+ " union all select 'PERFORMANCE_BASIC', perf.monthly, 'PERFORMANCE_PAY' || " + f
				+ " || 'performanceBasic' || " + f + " || " + yuanSql("perf.standard") + " || " + f
				+ " || (perf.share / 100) || " + f + " || " + yuanSql("perf.monthly") + " from perf"
				+ " union all select 'RURAL_ALLOWANCE', x.amount_fen, 'RURAL_ALLOWANCE' || " + f + " || 'rural.' ||"
				+ " p.remote || " + f + " || " + yuanSql("x.amount_fen") + " || " + f + " || x.effective_from"
				+ " from rate x where p.remote <> 'NONE' and x.kind = 'RURAL_ALLOWANCE' and x.code = p.remote"
				+ " union all select 'TOWNSHIP_ALLOWANCE', x.amount_fen, 'TOWNSHIP_ALLOWANCE' || " + f
				+ " || 'township.' || p.remote || " + f + " || " + yuanSql("x.amount_fen") + " || " + f
				+ " || x.effective_from from rate x where p.remote <> 'NONE' and x.kind = 'TOWNSHIP_ALLOWANCE'"
				+ " and x.code = 'ALL'"
				+ " union all select 'HEAD_TEACHER_ALLOWANCE', x.amount_fen, 'ALLOWANCE' || " + f + " || 'headTeacher' || "
				+ f + " || " + yuanSql("x.amount_fen") + " || " + f + " || x.effective_from from rate x"
				+ " where p.head_teacher and x.kind = 'HEAD_TEACHER_ALLOWANCE' and x.code = 'ALL'"
				+ " union all select 'SPECIAL_EDUCATION_ALLOWANCE', x.amount_fen, 'ALLOWANCE' || " + f
				+ " || 'specialEducation' || " + f + " || " + yuanSql("x.amount_fen") + " || " + f
				+ " || x.effective_from from rate x where p.special_education"
				+ " and x.kind = 'SPECIAL_EDUCATION_ALLOWANCE' and x.code = 'ALL') l";
	}

	static void payroll(String month, String base, String user, String jdbc, String label) throws Exception {
		String ownerPath;
		long floorLines;
		long floorGross;
		long floorPeople;
		double floorSeconds;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
			long t0 = System.nanoTime();
			payrollSetUp(c);
			System.err.println("payroll " + label + ": set-up " + (System.nanoTime() - t0) / 1_000_000 + " ms");
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select path from org_unit where parent_id is null order by code limit 1")) {
				rs.next();
				ownerPath = rs.getString(1);
			}
			try (Statement s = c.createStatement()) {
				s.execute("drop table if exists bench_pay_line");
				s.execute("drop sequence if exists bench_pay_seq");
				s.execute("create sequence bench_pay_seq cache 1000");
				s.execute("create table bench_pay_line (like pay_line including defaults including indexes)");
			}
			try (PreparedStatement s = c.prepareStatement(payrollFloorSql())) {
				s.setObject(1, LocalDate.parse(month + "-01"));
				s.setString(2, ownerPath + "%");
				long t1 = System.nanoTime();
				s.executeUpdate();
				floorSeconds = (System.nanoTime() - t1) / 1e9;
			}
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery(
							"select count(*), coalesce(sum(amount_fen), 0), count(distinct staff_id) from bench_pay_line")) {
				rs.next();
				floorLines = rs.getLong(1);
				floorGross = rs.getLong(2);
				floorPeople = rs.getLong(3);
			}
			try (Statement s = c.createStatement()) {
				s.execute("drop table bench_pay_line");
				s.execute("drop sequence bench_pay_seq");
			}
		}
		java.net.HttpURLConnection h = (java.net.HttpURLConnection) URI
			.create(base + "/api/v1/pay/months/" + month + "/compute")
			.toURL()
			.openConnection();
		h.setRequestMethod("POST");
		h.setRequestProperty("Authorization", auth(user));
		h.setRequestProperty("Accept", "application/json");
		h.setConnectTimeout(10_000);
		h.setReadTimeout(3_600_000);
		long t0 = System.nanoTime();
		int status = h.getResponseCode();
		String body;
		try (var in = status == 200 ? h.getInputStream() : h.getErrorStream()) {
			body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		if (status != 200) {
			throw new IOException("compute answered " + status + ": " + body.substring(0, Math.min(300, body.length())));
		}
		Map<String, BigDecimal> month0 = new HashMap<>();
		Matcher m = Pattern.compile("\"(headcount|grossFen)\":(-?[0-9]+)").matcher(body);
		while (m.find()) {
			month0.put(m.group(1), new BigDecimal(m.group(2)));
		}
		long appLines;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) from pay_line l join pay_month m on m.id = l.month_id"
						+ " and m.run_number = l.run_number where m.month_code = '" + month.replaceAll("[^0-9-]", "") + "'")) {
			rs.next();
			appLines = rs.getLong(1);
		}
		boolean same = month0.getOrDefault("grossFen", BigDecimal.ZERO).longValue() == floorGross
				&& month0.getOrDefault("headcount", BigDecimal.ZERO).longValue() == floorPeople
				&& appLines == floorLines;
		System.err.println("payroll " + label + " " + month + ": product " + month0.get("headcount") + " people, "
				+ appLines + " lines, gross " + month0.get("grossFen") + " fen; floor " + floorPeople + " people, "
				+ floorLines + " lines, gross " + floorGross + (same ? " (the same)" : " (DIFFERENT)")
				+ "; goal: <= 120 s at province scale");
		line("payroll_month_" + label + "_seconds", seconds, "s", floorSeconds, seconds / floorSeconds);
		line("payroll_month_" + label + "_lines_per_second", appLines / seconds, "lines/s", floorLines / floorSeconds,
				(appLines / seconds) / (floorLines / floorSeconds));
		if ("province".equals(label)) {
			line("payroll_month_" + label + "_vs_goal", seconds, "s", 120, seconds / 120);
		}
	}

	/**
	 * The exchange planner (issue 17): {@code POST /api/v1/exchange/plans/{year}/propose}
	 * as the root unit's officer, timed, against the floor: the pool read in one SQL
	 * statement (active full-time teachers at their school since the first day of the
	 * school year less the continuous years, by hire date or their last posting's end),
	 * counted, with no rule, no exemptions, no planning. Goal: 60 s at province scale
	 * (about 20,000 schools).
	 */
	static void exchange(int year, String base, String user, String jdbc, String label) throws Exception {
		LocalDate poolDay = LocalDate.of(year, 9, 1);
		long floorPool;
		double floorSeconds;
		try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
				PreparedStatement s = c.prepareStatement("select count(*) from staff_member m left join"
						+ " (select member_id, max(valid_to) as arrived from staff_posting group by member_id) p"
						+ " on p.member_id = m.id where m.status = 'ACTIVE' and m.full_time_teacher"
						+ " and coalesce(p.arrived, m.hire_date) <= ?")) {
			s.setObject(1, poolDay.minusYears(6));
			long t0 = System.nanoTime();
			try (ResultSet rs = s.executeQuery()) {
				rs.next();
				floorPool = rs.getLong(1);
			}
			floorSeconds = (System.nanoTime() - t0) / 1e9;
		}
		java.net.HttpURLConnection h = (java.net.HttpURLConnection) URI
			.create(base + "/api/v1/exchange/plans/" + year + "/propose")
			.toURL()
			.openConnection();
		h.setRequestMethod("POST");
		h.setRequestProperty("Authorization", auth(user));
		h.setRequestProperty("Accept", "application/json");
		h.setRequestProperty("Content-Type", "application/json");
		h.setConnectTimeout(10_000);
		h.setReadTimeout(3_600_000);
		h.setDoOutput(true);
		long t0 = System.nanoTime();
		h.getOutputStream().write("{}".getBytes(StandardCharsets.UTF_8));
		int status = h.getResponseCode();
		String body;
		try (var in = status == 200 ? h.getInputStream() : h.getErrorStream()) {
			body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		if (status != 200) {
			throw new IOException("propose answered " + status + ": " + body.substring(0, Math.min(300, body.length())));
		}
		Map<String, String> figures = new HashMap<>();
		Matcher m = Pattern.compile("\"(eligible|exchanged|backbone|targetsMet)\":(true|false|-?[0-9]+)").matcher(body);
		while (m.find()) {
			figures.putIfAbsent(m.group(1), m.group(2));
		}
		long eligible = Long.parseLong(figures.getOrDefault("eligible", "0"));
		System.err.println("exchange " + label + " " + year + ": product eligible " + eligible + ", exchanged "
				+ figures.get("exchanged") + ", backbone " + figures.get("backbone") + ", targets met "
				+ figures.get("targetsMet") + "; floor pool (before exemptions, leaders and retirement) " + floorPool
				+ "; goal: <= 60 s at province scale");
		line("exchange_propose_" + label + "_seconds", seconds, "s", floorSeconds, seconds / floorSeconds);
		line("exchange_propose_" + label + "_pool_per_second", eligible / seconds, "people/s",
				floorPool / floorSeconds, (eligible / seconds) / (floorPool / floorSeconds));
		if ("province".equals(label)) {
			line("exchange_propose_" + label + "_vs_goal", seconds, "s", 60, seconds / 60);
		}
	}

}
