package io.edubureau.staff;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.edubureau.security.TestAccounts.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Issue 12, item 15: two imports racing on the same new identity numbers. The second is
 * refused with 409 naming the first (its file), writes nothing, and the first imports
 * every row: never a 500 nor half a file. Tag db: CI runs it on PostgreSQL and MariaDB.
 */
@EduBureauTest
class StaffImportRaceTests {

	static final int ROWS = 600;

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffRepository repository;

	@Autowired
	AuditManagement audit;

	County county;

	String officerA;

	String officerB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officerA = accounts.account("BUREAU_OFFICER", county.bureau());
		officerB = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	@Test
	void theSecondOfTwoConcurrentImportsOfTheSamePeopleIsRefusedWith409NamingTheFirst() throws Exception {
		// Scheduling may run the two one after the other (then the second finds everyone
		// and changes nothing); a few rounds make an overlap all but certain.
		for (int round = 0; round < 4; round++) {
			List<String> ids = new ArrayList<>();
			StringBuilder csv = new StringBuilder(StaffSheetApiTests.HEADER).append('\n');
			for (int i = 0; i < ROWS; i++) {
				String id = accounts.idNumber(LocalDate.of(1960, 1, 1).plusDays(11L * i + round), i % 2 == 0);
				ids.add(id);
				csv.append(id)
					.append(",竞赛")
					.append(i)
					.append(',')
					.append(county.schoolA().code())
					.append(",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,数学,2010-09-01,SECOND\n");
			}
			byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
			String tag = TestAccounts.uniqueCode();
			String nameA = "race-a-" + tag + ".csv";
			String nameB = "race-b-" + tag + ".csv";
			CyclicBarrier start = new CyclicBarrier(2);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			Future<MvcResult> a = pool.submit(() -> upload(start, officerA, nameA, file));
			Future<MvcResult> b = pool.submit(() -> upload(start, officerB, nameB, file));
			MvcResult ra = a.get(5, TimeUnit.MINUTES);
			MvcResult rb = b.get(5, TimeUnit.MINUTES);
			pool.shutdown();
			int sa = ra.getResponse().getStatus();
			int sb = rb.getResponse().getStatus();
			String bodyA = ra.getResponse().getContentAsString(StandardCharsets.UTF_8);
			String bodyB = rb.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(List.of(sa, sb)).as(bodyA + "\n" + bodyB).allMatch(s -> s == 200 || s == 409);
			// Every person exactly once, whatever happened.
			assertThat(ids).allSatisfy(id -> assertThat(repository.findByIdNumber(id)).isPresent());
			List<AuditEntryView> importsA = imports(officerA, nameA);
			List<AuditEntryView> importsB = imports(officerB, nameB);
			if (sa == 200 && sb == 200) {
				// One after the other: the later one found everyone unchanged.
				assertThat(importsA.size() + importsB.size()).isEqualTo(2);
				continue;
			}
			assertThat(List.of(sa, sb)).containsExactlyInAnyOrder(200, 409);
			boolean aWon = sa == 200;
			JsonNode refused = json.readTree(aWon ? bodyB : bodyA);
			String winner = aWon ? nameA : nameB;
			assertThat(refused.get("imported").asInt()).isZero();
			assertThat(refused.get("errors").get(0).get("message").asString()).contains(winner)
				.contains(aWon ? officerA : officerB);
			JsonNode accepted = json.readTree(aWon ? bodyA : bodyB);
			assertThat(accepted.get("imported").asInt()).isEqualTo(ROWS);
			// The refused import left nothing: no import entry and no created person.
			assertThat(aWon ? importsB : importsA).isEmpty();
			assertThat(aWon ? importsA : importsB).singleElement()
				.satisfies(e -> assertThat(e.summary()).contains(ROWS + " created"));
			List<AuditEntryView> createdByLoser = audit
				.search(new AuditQuery(aWon ? officerB : officerA, "staff.member", null, AuditAction.CREATE, null,
						null), PageRequest.of(0, 5))
				.getContent();
			assertThat(createdByLoser).isEmpty();
			return;
		}
		throw new AssertionError("The two imports never overlapped in four rounds");
	}

	private MvcResult upload(CyclicBarrier start, String user, String filename, byte[] file) throws Exception {
		start.await(1, TimeUnit.MINUTES);
		return mvc
			.perform(multipart("/api/v1/staff/import").file(new MockMultipartFile("file", filename, "text/csv", file))
				.with(basic(user))
				.header("Accept-Language", "en"))
			.andReturn();
	}

	private List<AuditEntryView> imports(String user, String filename) {
		return audit
			.search(new AuditQuery(user, "staff.member", null, AuditAction.IMPORT, null, null), PageRequest.of(0, 20))
			.getContent()
			.stream()
			.filter(e -> e.summary().contains(filename))
			.toList();
	}

}
