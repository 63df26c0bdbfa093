package io.edubureau.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The superuser of the tests' database server, for the few tests that create and drop
 * databases of their own: on the embedded PostgreSQL ({@code target/test-data}, see
 * application-test.yml) {@code postgres} with the password from its password file, on a
 * server CI names the user and password CI gives.
 */
public final class TestDatabaseSuperuser {

	private static final Path PASSWORD_FILE = Path.of("target/test-data").resolve(EmbeddedCredentials.FILE_NAME);

	private TestDatabaseSuperuser() {
	}

	public static String username() {
		return external() ? System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres")
				: EmbeddedCredentials.SUPERUSER;
	}

	public static String password() {
		if (external()) {
			return System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		}
		try {
			return Files.readAllLines(PASSWORD_FILE)
				.stream()
				.filter(l -> !l.startsWith("#"))
				.map(l -> l.split(":"))
				.filter(f -> f.length == 5 && f[3].equals(EmbeddedCredentials.SUPERUSER))
				.map(f -> f[4])
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No superuser in " + PASSWORD_FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A connection as the superuser to the JDBC URL, one of the tests' server. */
	public static Connection connect(String jdbcUrl) throws SQLException {
		return DriverManager.getConnection(jdbcUrl, username(), password());
	}

	private static boolean external() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		return url != null && !url.isBlank();
	}

}
