package io.edubureau.dataset;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.edubureau.EduBureauApplication;
import io.edubureau.EduBureauTest;
import io.edubureau.platform.TestDatabaseSuperuser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The generator writes the same rows for the same seed and date, into fresh databases on
 * the test server, and something else for another seed.
 */
@EduBureauTest
class DatasetGeneratorTests {

	private static final List<String> TABLES = List.of("org_unit", "org_enrolment", "staff_member", "staff_event",
			"staff_education", "staff_title", "staff_appraisal", "staff_posting");

	@Autowired
	DataSource dataSource;

	@Test
	void sameSeedSameRowsOtherSeedOtherRows() throws SQLException {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		assumeTrue(url.startsWith("jdbc:postgresql:"), "the generator loads PostgreSQL only");
		String suffix = Long.toString(System.nanoTime() % 1_000_000_000L);
		Map<String, String> first = generate("gen_a_" + suffix, "42");
		Map<String, String> second = generate("gen_b_" + suffix, "42");
		Map<String, String> other = generate("gen_c_" + suffix, "7");
		assertThat(second).isEqualTo(first);
		assertThat(other.get("staff_member")).isNotEqualTo(first.get("staff_member"));
		assertThat(first.get("staff_member.count")).isEqualTo("300");
		assertThat(Long.parseLong(first.get("org_unit.count"))).isEqualTo(4 + 1 + 1);
		assertThat(Long.parseLong(first.get("staff_appraisal.count"))).isGreaterThan(300);
		assertThat(first.get("orphans")).isEqualTo("0");
		// Every generated transfer left the dated posting of the unit it left, path
		// included.
		assertThat(Long.parseLong(first.get("transfers"))).isPositive();
		assertThat(first.get("staff_posting.count")).isEqualTo(first.get("transfers"));
		assertThat(first.get("transfersWithoutPosting")).isEqualTo("0");
	}

	private Map<String, String> generate(String database, String seed) throws SQLException {
		String url = ((HikariDataSource) dataSource).getJdbcUrl();
		// Creating databases takes the superuser: the application's role on the embedded
		// PostgreSQL may not.
		try (Connection c = TestDatabaseSuperuser.connect(url); Statement s = c.createStatement()) {
			s.execute("create database " + database);
		}
		String target = url.replaceFirst("/[A-Za-z0-9_]+(\\?|$)", "/" + database + "$1");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = DatasetCommand.run(EduBureauApplication.class,
				new String[] { "generate", "--scale", "tiny", "--staff", "300", "--seed", seed, "--as-of", "2026-09-01",
						"--jdbc-url", target, "--username", TestDatabaseSuperuser.username(), "--password",
						TestDatabaseSuperuser.password() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				List.of("--edubureau.data-dir=target/test-data/generate", "--logging.level.root=WARN",
						"--edubureau.admin-password=Generate-Test-Passw0rd"));
		assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8))
			.contains("Generated tiny (seed " + seed + ", as of 2026-09-01)");
		Map<String, String> sums = new LinkedHashMap<>();
		try (Connection c = TestDatabaseSuperuser.connect(target); Statement s = c.createStatement()) {
			for (String table : TABLES) {
				try (ResultSet rs = s
					.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by id), '')), count(*) from "
							+ table + " t")) {
					rs.next();
					sums.put(table, rs.getString(1));
					sums.put(table + ".count", rs.getString(2));
				}
			}
			try (ResultSet rs = s.executeQuery("select count(*) from staff_appraisal a "
					+ "left join staff_member m on m.id = a.staff_id where m.id is null")) {
				rs.next();
				sums.put("orphans", rs.getString(1));
			}
			try (ResultSet rs = s.executeQuery("select count(*), count(*) filter (where not exists (select 1"
					+ " from staff_posting p join org_unit u on u.id = p.unit_id where p.member_id = e.member_id"
					+ " and p.unit_id = e.from_unit_id and p.valid_to = e.occurred_on and p.unit_path = u.path))"
					+ " from staff_event e where e.kind = 'TRANSFER'")) {
				rs.next();
				sums.put("transfers", rs.getString(1));
				sums.put("transfersWithoutPosting", rs.getString(2));
			}
		}
		try (Connection c = TestDatabaseSuperuser.connect(url); Statement s = c.createStatement()) {
			s.execute("drop database " + database + " with (force)");
		}
		return sums;
	}

}
