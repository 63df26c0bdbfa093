package io.edubureau;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.edubureau.platform.TestDatabaseSuperuser;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The application as a first start makes it: on a database of its own, with the demo
 * county loaded ({@code edubureau.demo}) and the demo accounts sharing {@link #PASSWORD}.
 * Loading the county takes minutes, so the test run starts it once for every test that
 * asks for it (a parameter of this type, with
 * {@code @ExtendWith(DemoInstallation.Shared.class)}) and closes it, dropping its
 * database, when the run ends. Tests may add to it but never remove what others read.
 */
public final class DemoInstallation implements AutoCloseable {

	/** The first password of admin and of every demo account. */
	public static final String PASSWORD = "Demo-County-Passw0rd";

	private final String database = "demo_county_" + Long.toString(System.nanoTime() % 1_000_000_000L);

	private final ConfigurableApplicationContext app;

	private final MockMvc mvc;

	private final String jdbcUrl;

	private DemoInstallation() {
		this.app = new SpringApplicationBuilder(EduBureauApplication.class).profiles("test")
			.run("--edubureau.embedded.database=" + database, "--edubureau.demo=true",
					"--edubureau.admin-password=" + PASSWORD, "--server.port=0");
		try (Connection c = app.getBean(DataSource.class).getConnection()) {
			this.jdbcUrl = c.getMetaData().getURL();
		}
		catch (SQLException ex) {
			app.close();
			throw new IllegalStateException(ex);
		}
		this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
	}

	public ConfigurableApplicationContext app() {
		return app;
	}

	public MockMvc mvc() {
		return mvc;
	}

	public DataSource dataSource() {
		return app.getBean(DataSource.class);
	}

	@Override
	public void close() throws SQLException {
		app.close();
		// Keeps target/test-data from collecting one database per run.
		String server = jdbcUrl.substring(0, jdbcUrl.indexOf('/', "jdbc:postgresql://".length()));
		try (Connection c = TestDatabaseSuperuser.connect(server + "/postgres"); Statement s = c.createStatement()) {
			// The name is built above from digits only.
			s.execute("drop database if exists " + database);
		}
	}

	/** Gives a test the run's one demo installation, started at the first request. */
	public static final class Shared implements ParameterResolver {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(DemoInstallation.class);

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == DemoInstallation.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return context.getRoot()
				.getStore(NAMESPACE)
				.computeIfAbsent(DemoInstallation.class, k -> new DemoInstallation(), DemoInstallation.class);
		}

	}

}
