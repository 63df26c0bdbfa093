package io.edubureau.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * BulkCopy without a superuser: on the embedded database the application's role may skip
 * the per-row foreign-key triggers, and the copy then checks its rows' keys itself, so a
 * row without a parent still refuses the whole copy.
 */
@EduBureauTest
class BulkCopyTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	String parent;

	String child;

	@BeforeEach
	void tables() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			assumeTrue(BulkCopy.supports(c), "BulkCopy is for PostgreSQL only");
		}
		String tag = TestAccounts.uniqueCode().toLowerCase(java.util.Locale.ROOT);
		parent = "bulk_copy_parent_" + tag;
		child = "bulk_copy_child_" + tag;
		jdbc.execute("create table " + parent + " (id bigint primary key, a int not null, b int not null, "
				+ "unique (a, b))");
		jdbc.execute("create table " + child + " (id bigint primary key, parent_id bigint references " + parent
				+ " (id), a int, b int, foreign key (a, b) references " + parent + " (a, b))");
		jdbc.update("insert into " + parent + " values (1, 10, 20), (2, 11, 21)");
	}

	@AfterEach
	void drop() {
		if (child != null) {
			jdbc.execute("drop table if exists " + child);
			jdbc.execute("drop table if exists " + parent);
		}
	}

	@Test
	void theApplicationsRoleSkipsTheTriggersWithoutBeingASuperuser() {
		assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "the embedded database grants it");
		assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
			.isFalse();
		assertThat(
				jdbc.queryForObject("select has_parameter_privilege('session_replication_role', 'SET')", Boolean.class))
			.isTrue();
	}

	@Test
	void rowsWithTheirParentsAreKeptAndTheConnectionGoesBackChecking() {
		try (BulkCopy copy = BulkCopy.into(dataSource, child, "id", "parent_id", "a", "b")) {
			copy.row(1L, 1L, 10, 20).row(2L, 2L, null, 21).row(3L, null, 11, 21).row(4L, null, null, null);
		}
		assertThat(jdbc.queryForObject("select count(*) from " + child, Long.class)).isEqualTo(4);
		// The skipping was local to the copy's transaction: no pooled connection keeps
		// it.
		for (int i = 0; i < 12; i++) {
			assertThat(jdbc.queryForObject("show session_replication_role", String.class)).isEqualTo("origin");
		}
	}

	@Test
	void aRowWithoutItsParentRefusesTheWholeCopy() {
		BulkCopy single = BulkCopy.into(dataSource, child, "id", "parent_id", "a", "b");
		single.row(1L, 1L, 10, 20).row(2L, 99L, null, null);
		// The constraint is named whether the copy's check or (without the right) the
		// trigger refused it.
		assertThatThrownBy(single::close).isInstanceOf(IllegalStateException.class)
			.hasStackTraceContaining("_parent_id_fkey");
		BulkCopy composite = BulkCopy.into(dataSource, child, "id", "parent_id", "a", "b");
		// Both columns of the composite key set and no such pair: refused, as the trigger
		// would.
		composite.row(3L, 1L, 10, 21);
		assertThatThrownBy(composite::close).isInstanceOf(IllegalStateException.class)
			.hasStackTraceContaining("_a_b_fkey");
		assertThat(jdbc.queryForObject("select count(*) from " + child, Long.class)).isZero();
	}

	@Test
	void theCheckHoldsTheParentsItFoundUntilTheCopyCommits() throws SQLException {
		try (Connection copying = copyingWithoutTriggers(); Connection other = dataSource.getConnection()) {
			try (var s = copying.createStatement()) {
				s.execute("insert into " + child + " values (1, 1, 11, 21)");
			}
			BulkCopy.checkForeignKeys(copying, child);
			try (var s = other.createStatement()) {
				s.execute("set lock_timeout = '1s'");
				// Neither the parent of the id nor the one of the pair can go before the
				// copy commits (before: the delete went through and left an orphan).
				assertThatThrownBy(() -> s.execute("delete from " + parent + " where id = 1"))
					.isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("55P03"));
				assertThatThrownBy(() -> s.execute("update " + parent + " set a = 12 where id = 2"))
					.isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("55P03"));
				copying.commit();
				// Committed, the child is seen: the parent's own check refuses the
				// delete.
				assertThatThrownBy(() -> s.execute("delete from " + parent + " where id = 1"))
					.isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(((SQLException) ex).getSQLState()).isEqualTo("23503"));
				s.execute("reset lock_timeout");
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from " + parent, Long.class)).isEqualTo(2);
	}

	@Test
	void aParentDeletedWhileTheCopyRunsLeavesAnOrphanThatIsRefused() throws SQLException {
		try (Connection copying = copyingWithoutTriggers()) {
			try (var s = copying.createStatement()) {
				s.execute("insert into " + child + " values (1, 2, null, null)");
			}
			// The delete cannot see the uncommitted child, so nothing stops it.
			jdbc.update("delete from " + parent + " where id = 2");
			assertThatThrownBy(() -> BulkCopy.checkForeignKeys(copying, child))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("_parent_id_fkey");
			copying.rollback();
		}
		assertThat(jdbc.queryForObject("select count(*) from " + child, Long.class)).isZero();
	}

	// A transaction as BulkCopy.into opens it: the per-row triggers skipped.
	private Connection copyingWithoutTriggers() throws SQLException {
		Connection c = dataSource.getConnection();
		boolean allowed = jdbc.queryForObject("select has_parameter_privilege('session_replication_role', 'SET')",
				Boolean.class);
		if (!allowed) {
			c.close();
		}
		assumeTrue(allowed, "the role may not skip the triggers");
		c.setAutoCommit(false);
		try (var s = c.createStatement()) {
			s.execute("set local session_replication_role = replica");
		}
		return c;
	}

}
