package io.edubureau.platform;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.sql.DataSource;

import io.edubureau.EduBureauApplication;
import io.edubureau.EduBureauTest;
import jakarta.servlet.http.Cookie;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.ReflectionUtils;
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
 * Nodes on one database: the shared test context is node A; nodes B and C are started
 * here with the {@code cluster} profile, as docs/deployment.md starts every node. A
 * session signed in on B is honoured and ended on C; the nightly job runs on one node
 * only.
 */
@EduBureauTest
@ExtendWith(OutputCaptureExtension.class)
class ClusterTests {

	private static final String NIGHTLY = "retirement.applyDueRetirements";

	private static ConfigurableApplicationContext nodeB;

	private static ConfigurableApplicationContext nodeC;

	@Autowired
	ApplicationContext contextA;

	@Autowired
	DataSource dataSource;

	@BeforeAll
	static void startNodes() {
		nodeB = clusterNode();
		nodeC = clusterNode();
	}

	private static ConfigurableApplicationContext clusterNode() {
		return new SpringApplicationBuilder(EduBureauApplication.class).profiles("test", "cluster")
			.run("--server.port=0", "--edubureau.demo=false");
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { nodeB, nodeC }) {
			if (node != null) {
				node.close();
			}
		}
	}

	static MockMvc mvc(ApplicationContext context) {
		// As the servlet container chains them: sessions from the database first, then
		// security.
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
			.addFilters(context.getBean(SessionRepositoryFilter.class))
			.apply(springSecurity())
			.build();
	}

	@Test
	void aSessionSignedInOnOneNodeIsHonouredAndEndedOnTheOther() throws Exception {
		MockMvc b = mvc(nodeB);
		MockMvc c = mvc(nodeC);
		MvcResult signedIn = b.perform(formLogin("/login").user("admin").password("Admin-Test-Passw0rd"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie session = signedIn.getResponse().getCookie("JSESSIONID");
		assertThat(session).as("the session cookie").isNotNull();
		assertThat(new JdbcTemplate(dataSource).queryForObject(
				"select count(*) from SPRING_SESSION where SESSION_ID = ? and PRINCIPAL_NAME = 'admin'", Integer.class,
				// Spring Session writes the id base64-encoded into the cookie.
				new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.US_ASCII)))
			.as("the session is a row of the database")
			.isEqualTo(1);

		c.perform(get("/security/users").cookie(session)).andExpect(status().isOk());
		c.perform(get("/security/users")).andExpect(status().is3xxRedirection());

		c.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		b.perform(get("/security/users").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void theNightlyJobRunsOnOneNodeOnly(CapturedOutput output) throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.update("delete from shedlock where name = ?", NIGHTLY);
		LockProvider locksOfA = contextA.getBean(LockProvider.class);
		Optional<SimpleLock> heldByA = locksOfA
			.lock(new LockConfiguration(Instant.now(), NIGHTLY, Duration.ofMinutes(1), Duration.ZERO));
		assertThat(heldByA).as("node A runs the job").isPresent();
		int before = runs(output);
		runNightly(nodeB);
		assertThat(runs(output)).as("node B skips the job while node A runs it").isEqualTo(before);

		heldByA.get().unlock();
		runNightly(nodeB);
		assertThat(runs(output)).as("node B runs it once A is done").isEqualTo(before + 1);
		Timestamp until = jdbc.queryForObject("select lock_until from shedlock where name = ?", Timestamp.class,
				NIGHTLY);
		assertThat(until.toInstant()).as("held at least five minutes").isAfter(Instant.now().plusSeconds(200));

		runNightly(contextA);
		assertThat(runs(output)).as("node A, firing a moment later, does not run it again").isEqualTo(before + 1);
	}

	private static int runs(CapturedOutput output) {
		return output.getAll().split("Nightly retirements run on this node", -1).length - 1;
	}

	// The schedule is the retirement module's own; it is called as the scheduler calls
	// it.
	private static void runNightly(ApplicationContext context) throws Exception {
		Object schedule = context.getBean("retirementSchedule");
		Method method = ReflectionUtils.findMethod(schedule.getClass(), "applyDueRetirements");
		ReflectionUtils.makeAccessible(method);
		ReflectionUtils.invokeMethod(method, schedule);
	}

}
