package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cadre flows through the API: democratic evaluation at the 20% boundary, two years
 * at 30% leading to removal, an online secret-ballot election with three voters and a
 * run-off, and the ballot store that names no voter.
 */
@EduBureauTest
class CadresFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	County county;

	String officer;

	String tag = TestAccounts.uniqueCode();

	int year = LocalDate.now().getYear();

	@BeforeEach
	void county() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	StaffView person(String name, UnitView unit) {
		// A first-grade teacher at work since 2005: a candidate who meets the conditions.
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks
			.teacher(accounts, name + tag.substring(6), unit.code(), LocalDate.of(1980, 3, 3), LocalDate.of(2005, 9, 1))
			.toBuilder()
			.titleLevel(io.edubureau.staff.TitleLevel.FIRST)
			.workStartDate(LocalDate.of(2005, 9, 1))
			.build()));
	}

	String call(MockHttpServletRequestBuilder request, String user, String json, int expected) throws Exception {
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request.with(accounts.as(user)).header("Accept-Language", "zh-CN"))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	long newPost(UnitView unit, String kind, String title) throws Exception {
		return id(call(post("/api/v1/cadres/posts"), officer,
				"{\"unitId\":%d,\"kind\":\"%s\",\"title\":\"%s\"}".formatted(unit.id(), kind, title), 201));
	}

	long appoint(long postId, StaffView p, LocalDate from) throws Exception {
		return id(call(post("/api/v1/cadres/appointments"), officer,
				"{\"postId\":%d,\"staffId\":%d,\"startDate\":\"%s\",\"documentNo\":\"示教任〔%d〕%d号\"}".formatted(postId,
						p.id(), from, from.getYear(), p.id() % 1000),
				201));
	}

	long round(int y, UnitView... units) throws Exception {
		String ids = java.util.Arrays.stream(units).map(u -> Long.toString(u.id())).collect(Collectors.joining(","));
		String r = call(post("/api/v1/cadres/rounds"), officer,
				"{\"year\":%d,\"name\":\"%d年民主测评 %s\",\"unitIds\":[%s]}".formatted(y, y, tag, ids), 201);
		return id(r);
	}

	String tally(long round, long appointment, int excellent, int competent, int basic, int incompetent, int expected)
			throws Exception {
		return call(post("/api/v1/cadres/rounds/" + round + "/tallies"), officer,
				"{\"appointmentId\":%d,\"excellent\":%d,\"competent\":%d,\"basicallyCompetent\":%d,\"incompetent\":%d}"
					.formatted(appointment, excellent, competent, basic, incompetent),
				expected);
	}

	@Test
	void evaluationAtTheTwentyPercentBoundaryCallsForAnAdmonishmentTalk() throws Exception {
		long principal = newPost(county.schoolA(), "PRINCIPAL", "校长");
		long vice = newPost(county.schoolA(), "VICE_PRINCIPAL", "副校长");
		StaffView at = person("边界甲", county.schoolA());
		StaffView below = person("边界乙", county.schoolA());
		long atA = appoint(principal, at, LocalDate.of(year, 1, 2));
		long belowA = appoint(vice, below, LocalDate.of(year, 1, 2));
		long round = round(year, county.schoolA());

		// 10 of 50 is exactly 20%: "以上" includes the number itself.
		String admonished = tally(round, atA, 10, 30, 8, 2, 200);
		assertThat((String) JsonPath.read(admonished, "$.outcome")).isEqualTo("ADMONISH");
		assertThat(JsonPath.<List<String>>read(admonished, "$.reasons").toString()).contains("20%").contains("诫勉谈话");
		// 10 of 51 is just under.
		String none = tally(round, belowA, 11, 30, 8, 2, 200);
		assertThat((String) JsonPath.read(none, "$.outcome")).isEqualTo("NONE");

		long tallyId = id(admonished);
		call(post("/api/v1/cadres/tallies/" + id(none) + "/admonishment"), officer,
				"{\"date\":\"%s\",\"by\":\"局长\",\"notes\":\"\"}".formatted(LocalDate.now()), 422);
		String talk = call(post("/api/v1/cadres/tallies/" + tallyId + "/admonishment"), officer,
				"{\"date\":\"%s\",\"by\":\"纪检组长\",\"notes\":\"指出问题，限期整改\"}".formatted(LocalDate.now()), 200);
		assertThat((String) JsonPath.read(talk, "$.admonishedBy")).isEqualTo("纪检组长");
		// Recorded once; an ADMONISH outcome does not remove.
		call(post("/api/v1/cadres/tallies/" + tallyId + "/admonishment"), officer,
				"{\"date\":\"%s\",\"by\":\"纪检组长\"}".formatted(LocalDate.now()), 422);
		call(post("/api/v1/cadres/tallies/" + tallyId + "/removal"), officer,
				"{\"date\":\"%s\",\"document\":\"免\"}".formatted(LocalDate.now()), 422);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'cadres.tally' and entity_id = ?", Long.class,
				Long.toString(tallyId)))
			.isEqualTo(2);

		// Guarded states: a closed round takes no tallies; its history has both steps.
		String closed = call(post("/api/v1/cadres/rounds/" + round + "/close"), officer, null, 200);
		assertThat(JsonPath.<List<Object>>read(closed, "$.history")).hasSize(2);
		call(post("/api/v1/cadres/rounds/" + round + "/close"), officer, null, 422);
		String refused = tally(round, belowA, 1, 1, 1, 1, 422);
		assertThat(refused).contains("已结束");
	}

	@Test
	void twoConsecutiveYearsAtThirtyPercentCallForRemoval() throws Exception {
		long principal = newPost(county.schoolB(), "PRINCIPAL", "校长");
		StaffView p = person("连续乙", county.schoolB());
		long appointment = appoint(principal, p, LocalDate.of(year - 1, 1, 2));
		long last = round(year - 1, county.schoolB());
		long now = round(year, county.schoolB());

		assertThat((String) JsonPath.read(tally(last, appointment, 4, 3, 2, 1, 200), "$.outcome"))
			.isEqualTo("ADMONISH");
		String second = tally(now, appointment, 5, 2, 2, 1, 200);
		assertThat((String) JsonPath.read(second, "$.outcome")).isEqualTo("REMOVE");
		long tallyId = id(second);
		call(post("/api/v1/cadres/tallies/" + tallyId + "/removal"), officer,
				"{\"date\":\"%s\",\"document\":\"示教免〔%d〕1号\"}".formatted(LocalDate.now(), year), 200);
		String ended = call(get("/api/v1/cadres/appointments/" + appointment), officer, null, 200);
		assertThat((String) JsonPath.read(ended, "$.endReason")).isEqualTo("REMOVED");
		assertThat((String) JsonPath.read(ended, "$.endDate")).isEqualTo(LocalDate.now().toString());
		// History kept: the roster still lists the ended appointment.
		call(get("/api/v1/cadres/appointments?unitId=" + county.schoolB().id()), officer, null, 200);
		mvc.perform(get("/api/v1/cadres/appointments?unitId=" + county.schoolB().id()).with(accounts.as(officer)))
			.andExpect(jsonPath("$.content[*].id", hasItem((int) appointment)));
		// Removal is recorded once.
		call(post("/api/v1/cadres/tallies/" + tallyId + "/removal"), officer,
				"{\"date\":\"%s\",\"document\":\"x\"}".formatted(LocalDate.now()), 422);
	}

	@Test
	void refusedInputIsAProblemInTheUsersLanguage() throws Exception {
		long principal = newPost(county.schoolA(), "PRINCIPAL", "校长");
		StaffView p = person("输入丙", county.schoolA());
		long appointment = appoint(principal, p, LocalDate.of(year, 1, 2));
		long round = round(year, county.schoolA());
		mvc.perform(post("/api/v1/cadres/rounds/" + round + "/tallies").with(accounts.as(officer))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"appointmentId\":%d,\"excellent\":-1,\"competent\":1,\"basicallyCompetent\":1}"
				.formatted(appointment)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("excellent")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("incompetent")));
		mvc.perform(post("/api/v1/cadres/rounds/" + round + "/tallies").with(accounts.as(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"appointmentId\": \"x\"")).andExpect(status().isBadRequest());
		// A second principal while the first holds the post.
		StaffView q = person("输入丁", county.schoolA());
		String twice = call(post("/api/v1/cadres/appointments"), officer,
				"{\"postId\":%d,\"staffId\":%d,\"startDate\":\"%d-03-01\",\"documentNo\":\"x\"}".formatted(principal,
						q.id(), year),
				422);
		assertThat(twice).contains("已有人任职");
	}

	@Test
	void onlineElectionWithThreeVotersAndARunoff() throws Exception {
		long principal = newPost(county.schoolB(), "PRINCIPAL", "校长");
		StaffView x = person("选举甲", county.schoolB());
		StaffView y = person("选举乙", county.schoolB());
		StaffView z = person("选举丙", county.schoolB());
		String vx = accounts.account("TEACHER", county.schoolB(), x.id());
		String vy = accounts.account("TEACHER", county.schoolB(), y.id());
		String vz = accounts.account("TEACHER", county.schoolB(), z.id());
		String created = call(post("/api/v1/cadres/elections"), officer,
				"{\"postId\":%d,\"title\":\"校长民主选举 %s\",\"electionDay\":\"%s\",\"mode\":\"ONLINE\",\"candidateStaffIds\":[%d,%d,%d]}"
					.formatted(principal, tag, LocalDate.now(), x.id(), y.id(), z.id()),
				201);
		long election = id(created);
		Map<Long, Long> candidate = candidates(created);
		String opened = call(post("/api/v1/cadres/elections/" + election + "/open"), officer, null, 200);
		assertThat((Integer) JsonPath.read(opened, "$.voters")).isEqualTo(3);
		// No turnout and no votes while voting.
		assertThat((Object) JsonPath.read(opened, "$.ballotsCast")).isNull();

		// Two of three vote (2/3: valid), one each for x and y: no majority.
		String tokenX = token(election, vx, 200);
		vote(election, tokenX, candidate.get(x.id()), 204);
		vote(election, tokenX, candidate.get(x.id()), 422);
		token(election, vx, 422);
		vote(election, token(election, vy, 200), candidate.get(y.id()), 204);
		// Somebody who is not a voter of the school has no ballot.
		token(election, accounts.account("TEACHER", county.schoolA(), person("外校", county.schoolA()).id()), 404);

		String first = call(post("/api/v1/cadres/elections/" + election + "/close"), officer, null, 200);
		assertThat((Boolean) JsonPath.read(first, "$.valid")).isTrue();
		assertThat((Integer) JsonPath.read(first, "$.ballotsCast")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(first, "$.runoff")).containsExactlyInAnyOrder(x.name(), y.name());
		assertThat((Object) JsonPath.read(first, "$.electedStaffId")).isNull();
		long runoff = ((Number) JsonPath.read(first, "$.runoffElectionId")).longValue();
		vote(election, token(election, vz, 422), candidate.get(z.id()), 422);

		String second = call(get("/api/v1/cadres/elections/" + runoff), officer, null, 200);
		assertThat((Integer) JsonPath.read(second, "$.roundNo")).isEqualTo(2);
		Map<Long, Long> runoffCandidates = candidates(second);
		assertThat(runoffCandidates.keySet()).containsExactlyInAnyOrder(x.id(), y.id());
		call(post("/api/v1/cadres/elections/" + runoff + "/open"), officer, null, 200);
		vote(runoff, token(runoff, vx, 200), runoffCandidates.get(x.id()), 204);
		vote(runoff, token(runoff, vy, 200), runoffCandidates.get(y.id()), 204);
		// The third votes on the ballot page.
		mvc.perform(get("/cadres/ballot/" + runoff).with(accounts.as(vz)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString(y.name())));
		mvc.perform(post("/cadres/ballot/" + runoff).with(accounts.as(vz))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("candidateId", Long.toString(runoffCandidates.get(x.id())))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/cadres/ballot/" + runoff).with(accounts.as(vz)).header("Accept-Language", "zh-CN"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("您已在本次选举中投票")));
		String result = call(post("/api/v1/cadres/elections/" + runoff + "/close"), officer, null, 200);
		assertThat(((Number) JsonPath.read(result, "$.electedStaffId")).longValue()).isEqualTo(x.id());
		assertThat((Integer) JsonPath.read(result, "$.ballotsCast")).isEqualTo(3);
		assertThat(JsonPath.<List<String>>read(result, "$.reasons")).anyMatch(r -> r.contains("选举有效"));

		// The ballot store: only id, election and choice; random ids, nothing about
		// voters.
		List<Map<String, Object>> ballots = jdbc.queryForList("select * from cadres_ballot where election_id in (?, ?)",
				election, runoff);
		assertThat(ballots).hasSize(5);
		assertThat(ballots.get(0).keySet().stream().map(String::toLowerCase).collect(Collectors.toSet()))
			.isEqualTo(Set.of("id", "election_id", "candidate_id"));
		assertThat(ballots).allSatisfy(b -> assertThat(b.get("id").toString())
			.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
		// The voter list marks who voted and keeps no token once used.
		List<Map<String, Object>> voters = jdbc
			.queryForList("select staff_id, has_voted, token_hash from cadres_voter where election_id = ?", runoff);
		assertThat(voters).hasSize(3).allSatisfy(v -> {
			assertThat(v.get("has_voted")).isEqualTo(true);
			assertThat(v.get("token_hash")).isNull();
		});
		// The audit says ballots were cast, never for whom.
		assertThat(jdbc.queryForList(
				"select summary from audit_entry where entity_type = 'cadres.election' and entity_id = ? and summary like 'ballot%'",
				String.class, Long.toString(runoff)))
			.hasSize(6)
			.noneMatch(s -> s.contains(x.name()) || s.contains(y.name()));
	}

	@Test
	void ballotTablesHaveNoColumnThatLinksABallotToAVoter() {
		List<String> columns = jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = 'cadres_ballot'",
				String.class);
		assertThat(columns).containsExactlyInAnyOrder("id", "election_id", "candidate_id");
		List<String> voterColumns = jdbc.queryForList(
				"select lower(column_name) from information_schema.columns where lower(table_name) = 'cadres_voter'",
				String.class);
		assertThat(voterColumns).noneMatch(c -> c.contains("ballot") || c.contains("candidate") || c.contains("_at"));
	}

	@Test
	void paperElectionEntersTalliesAndElectsWithAMajority() throws Exception {
		long principal = newPost(county.schoolA(), "PRINCIPAL", "校长");
		StaffView x = person("纸质甲", county.schoolA());
		StaffView y = person("纸质乙", county.schoolA());
		String created = call(post("/api/v1/cadres/elections"), officer,
				"{\"postId\":%d,\"title\":\"纸质选举 %s\",\"electionDay\":\"%s\",\"mode\":\"PAPER\",\"candidateStaffIds\":[%d,%d]}"
					.formatted(principal, tag, LocalDate.now().minusDays(3), x.id(), y.id()),
				201);
		long election = id(created);
		Map<Long, Long> c = candidates(created);
		call(post("/api/v1/cadres/elections/" + election + "/open"), officer, null, 200);
		call(post("/api/v1/cadres/elections/" + election + "/tallies"), officer,
				"{\"eligible\":60,\"ballotsCast\":61,\"votes\":{\"%d\":30,\"%d\":20}}".formatted(c.get(x.id()),
						c.get(y.id())),
				422);
		call(post("/api/v1/cadres/elections/" + election + "/tallies"), officer,
				"{\"eligible\":60,\"ballotsCast\":50,\"votes\":{\"%d\":30,\"%d\":20}}".formatted(c.get(x.id()),
						c.get(y.id())),
				200);
		String result = call(post("/api/v1/cadres/elections/" + election + "/close"), officer, null, 200);
		assertThat(((Number) JsonPath.read(result, "$.electedStaffId")).longValue()).isEqualTo(x.id());
		mvc.perform(get("/cadres/elections/" + election).with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("当选：" + x.name())));
	}

	String token(long election, String user, int expected) throws Exception {
		String body = call(post("/api/v1/cadres/elections/" + election + "/token"), user, null, expected);
		return expected == 200 ? JsonPath.read(body, "$.token") : "used";
	}

	void vote(long election, String token, long candidateId, int expected) throws Exception {
		call(post("/api/v1/cadres/elections/" + election + "/ballots"), officer,
				"{\"token\":\"%s\",\"candidateId\":%d}".formatted(token, candidateId), expected);
	}

	// Staff id → candidate id.
	static Map<Long, Long> candidates(String election) {
		List<Map<String, Object>> list = JsonPath.read(election, "$.candidates");
		return list.stream()
			.collect(Collectors.toMap(c -> ((Number) c.get("staffId")).longValue(),
					c -> ((Number) c.get("id")).longValue()));
	}

}
