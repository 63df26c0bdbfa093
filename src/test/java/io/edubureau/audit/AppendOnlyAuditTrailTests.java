package io.edubureau.audit;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The audit trail and the login log refuse UPDATE, DELETE (and, on PostgreSQL, TRUNCATE)
 * in the database itself, through the application's own connection: on the embedded
 * PostgreSQL, and in CI's reruns on PostgreSQL as postgres and on MariaDB as root.
 */
@EduBureauTest
class AppendOnlyAuditTrailTests {

	@Autowired
	AuditManagement audit;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate tx;

	@Test
	void auditEntriesCannotBeUpdatedOrDeleted() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String marker = "append-only " + TestAccounts.uniqueCode();
		tx.executeWithoutResult(s -> audit.record(AuditAction.CREATE, "test.append-only", 1L, marker, List.of()));
		long id = jdbc.queryForObject("select id from audit_entry where summary = ?", Long.class, marker);

		assertThatThrownBy(() -> jdbc.update("update audit_entry set summary = 'rewritten' where id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = ?", id))
			.isInstanceOf(DataAccessException.class);

		assertThat(jdbc.queryForObject("select summary from audit_entry where id = ?", String.class, id))
			.isEqualTo(marker);
	}

	@Test
	void loginEventsCannotBeUpdatedOrDeleted() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String user = "u" + TestAccounts.uniqueCode();
		audit.recordLogin(user, LoginOutcome.FAILURE, "append-only test");
		long id = jdbc.queryForObject("select id from audit_login_event where username = ?", Long.class, user);

		assertThatThrownBy(() -> jdbc.update("update audit_login_event set outcome = 'SUCCESS' where id = ?", id))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.update("delete from audit_login_event where id = ?", id))
			.isInstanceOf(DataAccessException.class);

		assertThat(jdbc.queryForObject("select outcome from audit_login_event where id = ?", String.class, id))
			.isEqualTo("FAILURE");
	}

	@Test
	void newRowsAreStillWritten() {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		String user = "u" + TestAccounts.uniqueCode();
		audit.recordLogin(user, LoginOutcome.SUCCESS, null);
		audit.recordLogin(user, LoginOutcome.FAILURE, null);

		assertThat(jdbc.queryForObject("select count(*) from audit_login_event where username = ?", Long.class, user))
			.isEqualTo(2);
	}

	@Test
	void theTrailCannotBeTruncatedOnPostgresql() throws Exception {
		try (Connection c = dataSource.getConnection()) {
			assumeThat(c.getMetaData().getDatabaseProductName()).containsIgnoringCase("postgres");
		}
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		assumeThat(before).isPositive();

		assertThatThrownBy(() -> jdbc.execute("truncate table audit_entry")).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("truncate table audit_login_event"))
			.isInstanceOf(DataAccessException.class);

		assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before);
	}

}
