package io.edubureau.security;

import java.sql.Connection;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.edubureau.EduBureauApplication;
import io.edubureau.platform.TestDatabaseSuperuser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The very first start, on a database of its own: {@code admin} gets a random password,
 * printed once to the log, which must be changed at the first sign-in. Needs the embedded
 * PostgreSQL (a shared CI database is never empty).
 */
@Tag("db")
@ExtendWith(OutputCaptureExtension.class)
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class FirstStartTests {

	@Test
	void theFirstStartCreatesAdminWithAOneTimePassword(CapturedOutput output) throws Exception {
		String database = "first_start_" + Long.toString(System.nanoTime() % 1_000_000_000L);
		String jdbcUrl;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(EduBureauApplication.class)
			.profiles("test")
			.run("--edubureau.embedded.database=" + database, "--edubureau.admin-password=", "--server.port=0",
					"--edubureau.demo=false")) {
			try (Connection c = app.getBean(DataSource.class).getConnection()) {
				jdbcUrl = c.getMetaData().getURL();
			}
			Matcher m = Pattern.compile("with the one-time password: (\\S+)").matcher(output.getAll());
			assertThat(m.find()).as("the generated password is printed to the log").isTrue();
			String password = m.group(1);
			assertThat(m.find()).as("printed once").isFalse();

			MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
				.apply(springSecurity())
				.build();
			MvcResult signedIn = mvc.perform(formLogin("/login").user("admin").password(password)).andReturn();
			assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
			MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
			mvc.perform(get("/security/users").session(session)).andExpect(redirectedUrl("/account/password"));
			String chosen = "Eigenes-Passw0rt-1";
			mvc.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", password)
				.param("newPassword", chosen)
				.param("confirmPassword", chosen)).andExpect(redirectedUrl("/"));
			mvc.perform(get("/security/users").session(session)).andExpect(status().isOk());
		}
		dropDatabase(jdbcUrl, database);
	}

	// Keeps target/test-data from collecting one database per run.
	private static void dropDatabase(String jdbcUrl, String database) throws Exception {
		String server = jdbcUrl.substring(0, jdbcUrl.indexOf('/', "jdbc:postgresql://".length()));
		try (Connection c = TestDatabaseSuperuser.connect(server + "/postgres"); Statement s = c.createStatement()) {
			// The name is built above from digits only.
			s.execute("drop database if exists " + database);
		}
	}

}
