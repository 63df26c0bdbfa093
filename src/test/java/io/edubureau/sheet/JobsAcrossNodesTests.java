package io.edubureau.sheet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.edubureau.EduBureauApplication;
import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Background jobs on two nodes of one database (issue 21, issue 12 items 15 and 17): the
 * shared test context is node A, node B is started here with the {@code cluster} profile.
 * A job started on one node is followed, and its error report downloaded, on the other; a
 * job whose node stopped beating is marked failed by the sweeper with a message in the
 * starter's language, its claims released and its file rerun; two nodes claiming the same
 * identity numbers at once: one wins, the other is told which import holds them.
 */
@EduBureauTest
class JobsAcrossNodesTests {

	private static ConfigurableApplicationContext nodeB;

	@Autowired
	MockMvc mvcA;

	@Autowired
	SheetManagement sheetsA;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	TestAccounts accounts;

	County county;

	String officer;

	MockMvc mvcB;

	SheetManagement sheetsB;

	@BeforeAll
	static void startNodeB() {
		nodeB = new SpringApplicationBuilder(EduBureauApplication.class).profiles("test", "cluster")
			.run("--server.port=0", "--edubureau.demo=false");
	}

	@AfterAll
	static void stopNodeB() {
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvcB = MockMvcBuilders.webAppContextSetup((WebApplicationContext) nodeB).apply(springSecurity()).build();
		sheetsB = nodeB.getBean(SheetManagement.class);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anImportStartedOnOneNodeIsFollowedAndReportedOnTheOther() throws Exception {
		String good = TestAccounts.uniqueCode();
		byte[] csv = SheetFiles.csv(StandardCharsets.UTF_8, false,
				"code,name,type,parent_code,stages,locality,ownership",
				good + ",好学校,SCHOOL," + county.bureau().code() + ",PRIMARY,URBAN,PUBLIC",
				"123,坏学校,SCHOOL," + county.bureau().code() + ",PRIMARY,MARS,PUBLIC");
		MvcResult started = mvcA
			.perform(multipart("/org/units/import").file(new MockMultipartFile("file", "nodes.csv", null, csv))
				.with(csrf())
				.with(accounts.as(officer))
				.locale(Locale.ENGLISH))
			.andReturn();
		String job = started.getResponse().getRedirectedUrl();
		assertThat(job).startsWith("/org/units/import/jobs/");
		String id = job.substring(job.lastIndexOf('/') + 1);
		assertThat(jdbc.queryForObject("select node from sheet_job where id = ?", String.class, id))
			.as("the job runs on node A")
			.isEqualTo(sheetsA.node())
			.isNotEqualTo(sheetsB.node());

		Instant until = Instant.now().plus(Duration.ofMinutes(1));
		String fragment;
		do {
			assertThat(Instant.now()).as("job " + job + " read from node B").isBefore(until);
			Thread.sleep(100);
			fragment = mvcB
				.perform(get(job).header("HX-Request", "true").with(accounts.as(officer)).locale(Locale.ENGLISH))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		while (!fragment.contains("id=\"import-result\""));
		assertThat(fragment).contains("id=\"import-refused\"").contains("exactly 10 digits");
		assertThat(fragment).as("a refused import offers to import its stored file again, through the module's upload")
			.contains("id=\"import-rerun\"")
			.contains("action=\"/org/units/import\"")
			.contains("name=\"rerun\" value=\"" + id + "\"");
		MvcResult rerun = mvcB
			.perform(post("/org/units/import").param("rerun", id)
				.with(csrf())
				.with(accounts.as(officer))
				.locale(Locale.ENGLISH))
			.andReturn();
		String rerunJob = rerun.getResponse().getRedirectedUrl();
		assertThat(rerunJob).as("the rerun from node B's page").startsWith("/org/units/import/jobs/").isNotEqualTo(job);
		String rerunFragment;
		do {
			assertThat(Instant.now()).as("rerun " + rerunJob).isBefore(until.plus(Duration.ofMinutes(1)));
			Thread.sleep(100);
			rerunFragment = mvcB
				.perform(get(rerunJob).header("HX-Request", "true").with(accounts.as(officer)).locale(Locale.ENGLISH))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		}
		while (!rerunFragment.contains("id=\"import-result\""));
		assertThat(rerunFragment).as("the same file read again").contains("exactly 10 digits");

		MvcResult report = mvcB.perform(get(job + "/report").with(accounts.as(officer)).locale(Locale.ENGLISH))
			.andReturn();
		assertThat(report.getResponse().getStatus()).as("the error report from node B").isEqualTo(200);
		try (ReadableWorkbook wb = new ReadableWorkbook(
				new java.io.ByteArrayInputStream(report.getResponse().getContentAsByteArray()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(2).getCellText(0)).isEqualTo("123");
			assertThat(rows.get(2).getCellText(7)).contains("[Locality]");
		}

		String colleague = accounts.account("BUREAU_OFFICER", county.bureau());
		assertThat(mvcB.perform(get(job).with(accounts.as(colleague))).andReturn().getResponse().getStatus())
			.as("another user's job")
			.isEqualTo(404);
		assertThat(mvcB.perform(post("/org/units/import").param("rerun", id).with(csrf()).with(accounts.as(colleague)))
			.andReturn()
			.getResponse()
			.getStatus()).as("another user's rerun").isEqualTo(404);
	}

	@Test
	void anActionRunningOnOneNodeShowsItsProgressOnTheOther() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		ActionJob started = as(officer, () -> sheetsA.startAction("slow", progress -> {
			progress.update(3, 10);
			await(release);
			return new ActionOutcome("done it", Map.of("count", 10));
		}));
		ActionJob running = poll(() -> as(officer, () -> sheetsB.action(started.id())).orElseThrow(),
				j -> j.done() == 3);
		assertThat(running.state()).isEqualTo(ActionJob.State.RUNNING);
		assertThat(running.total()).isEqualTo(10);
		assertThat(running.percent()).isEqualTo(30);
		assertThat(as(accounts.account("BUREAU_OFFICER", county.bureau()), () -> sheetsB.action(started.id())))
			.as("another user's job")
			.isEmpty();

		release.countDown();
		ActionJob done = poll(() -> as(officer, () -> sheetsB.action(started.id())).orElseThrow(), ActionJob::finished);
		assertThat(done.state()).isEqualTo(ActionJob.State.DONE);
		assertThat(done.message()).isEqualTo("done it");
		assertThat(done.result()).containsEntry("count", 10);
		assertThat(done.finishedAt()).isNotNull();
	}

	@Test
	void aJobWhoseNodeStoppedBeatingIsMarkedFailedWithAMessageItsClaimsReleasedAndItsFileRerun() throws Exception {
		// An action still running on node A, in Chinese, whose node then "dies": its
		// heartbeat is older than the timeout (1 minute) and its node is gone.
		CountDownLatch release = new CountDownLatch(1);
		ActionJob action = as(officer, () -> {
			org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
			try {
				return sheetsA.startAction("慢操作", progress -> {
					await(release);
					return new ActionOutcome("完成", Map.of());
				});
			}
			finally {
				org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
			}
		});
		die(action.id(), Duration.ofMinutes(5));

		// An import of a node that died holding claims on identity numbers, its file
		// stored.
		JobStore store = new JobStore(jdbc, transactions);
		String importId = UUID.randomUUID().toString();
		byte[] csv = SheetFiles.csv(StandardCharsets.UTF_8, false, "编号,名称", "0001,城关小学", "0002,南塘中学");
		store.insert(importId, JobStore.Kind.IMPORT, officer, "dead.csv", false, Locale.ENGLISH, "node-gone",
				Instant.now());
		store.storeFile(importId, csv);
		String key = TestAccounts.uniqueCode();
		assertThat(new ImportClaims(jdbc, transactions).claim("test.key", List.of(key), importId)).isEmpty();
		die(importId, Duration.ofMinutes(5));

		// A job whose heartbeat is recent (inside the timeout) is left alone.
		String alive = UUID.randomUUID().toString();
		store.insert(alive, JobStore.Kind.ACTION, officer, "alive", false, Locale.ENGLISH, "node-slow", Instant.now());
		die(alive, Duration.ofSeconds(40));

		// Node B sweeps (a scheduled sweep of another node may have come first: either
		// way
		// the sweeper did it).
		sheetsB.sweepJobs();

		ActionJob failed = as(officer, () -> sheetsB.action(action.id())).orElseThrow();
		assertThat(failed.state()).isEqualTo(ActionJob.State.FAILED);
		assertThat(failed.message()).isEqualTo("运行此操作的服务器在完成前停止；整体提交的操作未做任何更改。请重新开始。");
		assertThat(failed.finishedAt()).isNotNull();
		assertThat(as(officer, () -> sheetsB.action(alive)).orElseThrow().state()).isEqualTo(ActionJob.State.QUEUED);

		ImportJob failedImport = as(officer, () -> sheetsB.job(importId)).orElseThrow();
		assertThat(failedImport.finished()).isTrue();
		assertThat(failedImport.result().accepted()).isFalse();
		assertThat(failedImport.result().errors().get(0).message())
			.startsWith("The server running this import stopped before it finished; nothing of the file was imported.");
		assertThat(jdbc.queryForObject("select count(*) from sheet_claim where job_id = ?", Integer.class, importId))
			.as("the dead import's claims are released")
			.isZero();
		assertThat(as(officer, () -> sheetsB.failedImports()))
			.anySatisfy(f -> assertThat(f.filename()).isEqualTo("dead.csv"));

		// The node's thread ending late does not turn the failed job back.
		release.countDown();
		Thread.sleep(500);
		assertThat(as(officer, () -> sheetsA.action(action.id())).orElseThrow().state())
			.isEqualTo(ActionJob.State.FAILED);

		// The stored file is imported again, on node B, as a new job.
		SheetReadingTests.Things things = new SheetReadingTests.Things();
		ImportJob rerun = as(officer, () -> sheetsB.rerun(importId, things)).orElseThrow();
		assertThat(rerun.id()).isNotEqualTo(importId);
		ImportJob rerunDone = poll(() -> as(officer, () -> sheetsA.job(rerun.id())).orElseThrow(), ImportJob::finished);
		assertThat(rerunDone.result().errors()).isEmpty();
		assertThat(rerunDone.result().imported()).isEqualTo(2);
		assertThat(things.read).extracting(e -> e.value().code()).containsExactly("0001", "0002");
		assertThat(as(accounts.account("BUREAU_OFFICER", county.bureau()), () -> sheetsB.rerun(importId, things)))
			.as("another user's job is not rerun")
			.isEmpty();
	}

	@Test
	void twoNodesClaimingTheSameIdentityNumbersAtOnceOneWinsTheOtherIsToldWhichImportHoldsThem() throws Exception {
		JobStore store = new JobStore(jdbc, transactions);
		ImportClaims onA = new ImportClaims(jdbc, transactions);
		ImportClaims onB = new ImportClaims(nodeB.getBean(JdbcTemplate.class),
				nodeB.getBean(PlatformTransactionManager.class));
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			keys.add(TestAccounts.uniqueCode() + i);
		}
		List<String> reversed = new ArrayList<>(keys);
		Collections.reverse(reversed);
		String jobA = UUID.randomUUID().toString();
		String jobB = UUID.randomUUID().toString();
		store.insert(jobA, JobStore.Kind.API, "user-a", "a.csv", false, Locale.ENGLISH, "A", Instant.now());
		store.insert(jobB, JobStore.Kind.API, "user-b", "b.csv", false, Locale.ENGLISH, "B", Instant.now());
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Optional<ImportClaims.Holder>> a = pool.submit(() -> {
				start.await(1, TimeUnit.MINUTES);
				return onA.claim("staff.idNumber", keys, jobA);
			});
			Future<Optional<ImportClaims.Holder>> b = pool.submit(() -> {
				start.await(1, TimeUnit.MINUTES);
				return onB.claim("staff.idNumber", reversed, jobB);
			});
			Optional<ImportClaims.Holder> ra = a.get(2, TimeUnit.MINUTES);
			Optional<ImportClaims.Holder> rb = b.get(2, TimeUnit.MINUTES);
			assertThat(ra.isEmpty() ^ rb.isEmpty()).as("exactly one holds the keys: " + ra + " " + rb).isTrue();
			String winner = ra.isEmpty() ? jobA : jobB;
			String loser = ra.isEmpty() ? jobB : jobA;
			ImportClaims.Holder named = ra.isEmpty() ? rb.get() : ra.get();
			assertThat(named.filename()).isEqualTo(ra.isEmpty() ? "a.csv" : "b.csv");
			assertThat(named.user()).isEqualTo(ra.isEmpty() ? "user-a" : "user-b");
			assertThat(count(winner)).isEqualTo(3000);
			assertThat(count(loser)).as("the loser holds nothing").isZero();

			// Released when the winner ends: the other may claim them now.
			(ra.isEmpty() ? onA : onB).release(winner);
			assertThat((ra.isEmpty() ? onB : onA).claim("staff.idNumber", keys, loser)).isEmpty();
			assertThat(count(loser)).isEqualTo(3000);
		}
		finally {
			pool.shutdown();
			store.delete(jobA);
			store.delete(jobB);
		}
	}

	private int count(String job) {
		return jdbc.queryForObject("select count(*) from sheet_claim where job_id = ?", Integer.class, job);
	}

	// The job's node stopped beating `ago` ago.
	private void die(String id, Duration ago) {
		jdbc.update("update sheet_job set node = 'node-gone', heartbeat_at = ? where id = ?",
				JobStore.utc(Instant.now().minus(ago)), id);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(2, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static <T> T as(String user, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static <T> T poll(Supplier<T> read, java.util.function.Predicate<T> until) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		while (true) {
			T value = read.get();
			if (until.test(value)) {
				return value;
			}
			assertThat(Instant.now()).as("still " + value).isBefore(deadline);
			Thread.sleep(100);
		}
	}

}
