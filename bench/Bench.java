import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
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
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;

/**
 * EduBureau benchmark driver (not part of the build): run by bench/run with the PostgreSQL
 * driver on the class path. Each measurement prints one line
 * {@code name: value unit (floor: value, ratio: x)}.
 *
 * <pre>
 * java -cp postgresql.jar bench/Bench.java import ROWS BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java search SECONDS CLIENTS BASE_URL USER:PASSWORD JDBC_URL LABEL
 * java -cp postgresql.jar bench/Bench.java summary REPEATS BASE_URL USER:PASSWORD JDBC_URL LABEL
 * </pre>
 */
public class Bench {

	public static void main(String[] args) throws Exception {
		switch (args[0]) {
			case "import" -> importStaff(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5]);
			case "search" -> search(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3], args[4], args[5],
					args[6]);
			case "summary" -> summary(Integer.parseInt(args[1]), args[2], args[3], args[4], args[5]);
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

	record Query(String name, String unitCode, String unitPath) {
	}

	static List<Query> queries(Connection c) throws SQLException {
		List<Query> queries = new ArrayList<>();
		List<String[]> units = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select code, path from org_unit where type <> 'SCHOOL' order by id")) {
			while (rs.next()) {
				units.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		List<String> names = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select distinct substr(name, 1, 2) from staff_member order by 1 limit 200")) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		Random random = new Random(11);
		for (int i = 0; i < 500; i++) {
			String[] u = units.get(random.nextInt(units.size()));
			queries.add(new Query(names.get(random.nextInt(names.size())), u[0], u[1]));
		}
		return queries;
	}

	interface Call {

		void run(Query q) throws Exception;

	}

	record Load(long[] latencies, int count, double seconds, long errors) {
	}

	static Load load(int seconds, int clients, List<Query> queries, java.util.function.Supplier<Call> callFactory)
			throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<long[]> perThread = new ArrayList<>();
		int[] counts = new int[clients];
		AtomicLong errors = new AtomicLong();
		CountDownLatch done = new CountDownLatch(clients);
		long start = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			long[] lat = new long[2_000_000];
			perThread.add(lat);
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
		return new Load(all, total, elapsed, errors.get());
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
				PreparedStatement page = c.prepareStatement("select * from staff_member where (name like ? escape '\\' "
						+ "or former_names like ? escape '\\') and unit_path like ? order by name asc, id asc offset 0 rows fetch first 20 rows only");
				PreparedStatement count = c.prepareStatement("select count(*) from staff_member where (name like ? "
						+ "escape '\\' or former_names like ? escape '\\') and unit_path like ?");
				return q -> {
					for (PreparedStatement s : List.of(page, count)) {
						s.setString(1, "%" + q.name() + "%");
						s.setString(2, "%" + q.name() + "%");
						s.setString(3, q.unitPath() + "%");
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
		System.err.println("search " + label + ": " + api.count() + " requests, " + api.errors() + " errors");
	}

	// A blocking keep-alive connection per client thread: the load is the server's, not
	// an asynchronous client's scheduling.
	static void get(HttpClient http, String base, String authorization, Query q) throws IOException {
		java.net.HttpURLConnection c = (java.net.HttpURLConnection) URI
			.create(base + "/api/v1/staff?name=" + java.net.URLEncoder.encode(q.name(), StandardCharsets.UTF_8)
					+ "&unit=" + q.unitCode())
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

	// ---- annual summary (when the reports module is there)

	static void summary(int repeats, String base, String user, String jdbc, String label) throws Exception {
		throw new UnsupportedOperationException("the annual summary is not in this build yet");
	}

}
