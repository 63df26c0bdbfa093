package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * From candidates to the appointment: the candidate conditions at their boundaries (以上
 * includes the anniversary, 不超过 includes the age), the public notice with objections only
 * within it, and the appointment refused on the notice's last day and made the day after,
 * ending the predecessor's roster entry.
 */
@EduBureauTest
class CadreSelectionTests {

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

	@BeforeEach
	void county() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	StaffView person(String name, UnitView unit, LocalDate birth, LocalDate workStart, TitleLevel title) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				ScopeChecks.teacher(accounts, name + tag.substring(6), unit.code(), birth, workStart)
					.toBuilder()
					.titleLevel(title)
					.workStartDate(workStart)
					.build()));
	}

	StaffView eligible(String name, UnitView unit) {
		return person(name, unit, LocalDate.of(1980, 3, 3), LocalDate.of(2005, 9, 1), TitleLevel.FIRST);
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

	boolean eligibleOn(StaffView p, LocalDate on) throws Exception {
		String body = call(get("/api/v1/cadres/eligibility/" + p.id()).param("on", on.toString()), officer, null, 200);
		return JsonPath.read(body, "$.eligible");
	}

	@Test
	void candidateConditionsAtTheirBoundaries() throws Exception {
		LocalDate birth = LocalDate.of(1976, 6, 15);
		LocalDate workStart = LocalDate.of(2021, 9, 1);
		StaffView p = person("条件甲", county.schoolA(), birth, workStart, TitleLevel.FIRST);
		// 5 years of work 以上: the fifth anniversary counts, the day before does not.
		assertThat(eligibleOn(p, LocalDate.of(2026, 8, 31))).isFalse();
		assertThat(eligibleOn(p, LocalDate.of(2026, 9, 1))).isTrue();
		// Age 不超过 50: still 50 the day before the 51st birthday, over on it.
		assertThat(eligibleOn(p, LocalDate.of(2027, 6, 14))).isTrue();
		assertThat(eligibleOn(p, LocalDate.of(2027, 6, 15))).isFalse();
		String over = call(get("/api/v1/cadres/eligibility/" + p.id()).param("on", "2027-06-15"), officer, null, 200);
		// In Chinese the reason names its source without the developers' notes.
		assertThat(JsonPath.<List<String>>read(over, "$.reasons")).anyMatch(r -> r.contains("超过50周岁"))
			.anyMatch(r -> r.contains("依据：本局校长选任制试行意见"))
			.noneMatch(r -> r.contains("seed") || r.contains("recalled"));
		// 一级 is the lowest title; a second-grade teacher is refused with the reason.
		StaffView second = person("条件乙", county.schoolA(), birth, LocalDate.of(2000, 9, 1), TitleLevel.SECOND);
		String low = call(get("/api/v1/cadres/eligibility/" + second.id()).param("on", "2026-12-01"), officer, null,
				200);
		assertThat((Boolean) JsonPath.read(low, "$.eligible")).isFalse();
		assertThat(JsonPath.<List<String>>read(low, "$.reasons")).anyMatch(r -> r.contains("低于一级教师及以上"));

		// Registering the ineligible candidate is refused with the reasons; nothing is
		// created.
		long post = id(call(post("/api/v1/cadres/posts"), officer,
				"{\"unitId\":%d,\"kind\":\"PRINCIPAL\",\"title\":\"校长\"}".formatted(county.schoolA().id()), 201));
		Integer before = jdbc.queryForObject("select count(*) from cadres_election where post_id = ?", Integer.class,
				post);
		String refused = call(post("/api/v1/cadres/elections"), officer,
				"{\"postId\":%d,\"title\":\"选举 %s\",\"electionDay\":\"2026-12-01\",\"mode\":\"PAPER\",\"candidateStaffIds\":[%d,%d]}"
					.formatted(post, tag, p.id(), second.id()),
				422);
		assertThat(refused).contains(second.name()).contains("低于一级教师及以上").doesNotContain(p.name() + "不符合");
		assertThat(jdbc.queryForObject("select count(*) from cadres_election where post_id = ?", Integer.class, post))
			.isEqualTo(before);
	}

	/** A counted paper election that elected x; returns the election's id. */
	long elected(long post, StaffView x, StaffView y) throws Exception {
		String created = call(post("/api/v1/cadres/elections"), officer,
				"{\"postId\":%d,\"title\":\"校长选任 %s\",\"electionDay\":\"%s\",\"mode\":\"PAPER\",\"candidateStaffIds\":[%d,%d]}"
					.formatted(post, tag, LocalDate.now(), x.id(), y.id()),
				201);
		long election = id(created);
		Map<Long, Long> c = CadresFlowTests.candidates(created);
		call(post("/api/v1/cadres/elections/" + election + "/open"), officer, null, 200);
		call(post("/api/v1/cadres/elections/" + election + "/tallies"), officer,
				"{\"eligible\":40,\"ballotsCast\":36,\"votes\":{\"%d\":25,\"%d\":11}}".formatted(c.get(x.id()),
						c.get(y.id())),
				200);
		String closed = call(post("/api/v1/cadres/elections/" + election + "/close"), officer, null, 200);
		assertThat(((Number) JsonPath.read(closed, "$.electedStaffId")).longValue()).isEqualTo(x.id());
		return election;
	}

	@Test
	void noticeObjectionsAndAppointmentTheDayAfterTheNoticeEnds() throws Exception {
		UnitView school = county.schoolB();
		long post = id(call(post("/api/v1/cadres/posts"), officer,
				"{\"unitId\":%d,\"kind\":\"PRINCIPAL\",\"title\":\"校长\"}".formatted(school.id()), 201));
		StaffView holder = eligible("原任", school);
		long held = id(call(post("/api/v1/cadres/appointments"), officer,
				"{\"postId\":%d,\"staffId\":%d,\"startDate\":\"2020-09-01\",\"documentNo\":\"示教任〔2020〕1号\"}"
					.formatted(post, holder.id()),
				201));
		StaffView x = eligible("选任甲", school);
		StaffView y = eligible("选任乙", school);
		long election = elected(post, x, y);
		String path = "/api/v1/cadres/elections/" + election;

		// Appointment before any notice is refused.
		call(post(path + "/appointment"), officer, "{\"on\":\"%s\",\"documentNo\":\"任1\"}".formatted(LocalDate.now()),
				422);
		LocalDate from = LocalDate.now();
		String posted = call(post(path + "/notice"), officer, "{\"on\":\"%s\"}".formatted(from), 200);
		LocalDate until = LocalDate.parse(JsonPath.read(posted, "$.noticeUntil"));
		// Five working days after the day posted: at least a week of calendar days.
		assertThat(until).isAfterOrEqualTo(from.plusDays(7));
		call(post(path + "/notice"), officer, "{\"on\":\"%s\"}".formatted(from), 422);

		// Objections are taken within the notice only: its last day yes, the day after
		// no.
		call(post(path + "/objections"), officer,
				"{\"receivedOn\":\"%s\",\"content\":\"反映其任教年限\"}".formatted(until.plusDays(1)), 422);
		String objected = call(post(path + "/objections"), officer,
				"{\"receivedOn\":\"%s\",\"content\":\"反映其任教年限\"}".formatted(until), 201);
		long objection = ((Number) JsonPath.read(objected, "$.objections[0].id")).longValue();
		String day = until.plusDays(1).toString();
		String open = call(post(path + "/appointment"), officer, "{\"on\":\"%s\",\"documentNo\":\"任2\"}".formatted(day),
				422);
		assertThat(open).contains("未处理");
		call(post(path + "/objections/" + objection + "/resolution"), officer,
				"{\"upheld\":false,\"resolution\":\"经核实不属实\",\"on\":\"%s\"}".formatted(until), 200);

		// The notice's last day is still within it; the day after the appointment is
		// made.
		String running = call(post(path + "/appointment"), officer,
				"{\"on\":\"%s\",\"documentNo\":\"任3\"}".formatted(until), 422);
		assertThat(running).contains("仍在公示期内");
		String appointed = call(post(path + "/appointment"), officer,
				"{\"on\":\"%s\",\"documentNo\":\"示教任〔%d〕8号\"}".formatted(day, until.getYear()), 200);
		assertThat((String) JsonPath.read(appointed, "$.appointedOn")).isEqualTo(day);
		call(post(path + "/appointment"), officer, "{\"on\":\"%s\",\"documentNo\":\"任4\"}".formatted(day), 422);

		// The roster: the predecessor succeeded the day before, the elected person holds
		// the post.
		String before = call(get("/api/v1/cadres/appointments/" + held), officer, null, 200);
		assertThat((String) JsonPath.read(before, "$.endReason")).isEqualTo("SUCCEEDED");
		assertThat((String) JsonPath.read(before, "$.endDate")).isEqualTo(until.toString());
		long now = ((Number) JsonPath.read(appointed, "$.appointmentId")).longValue();
		String current = call(get("/api/v1/cadres/appointments/" + now), officer, null, 200);
		assertThat(((Number) JsonPath.read(current, "$.staffId")).longValue()).isEqualTo(x.id());
		assertThat((Object) JsonPath.read(current, "$.endDate")).isNull();
		assertThat(jdbc.queryForList(
				"select entity_type from audit_entry where (entity_type = 'cadres.objection' and entity_id = ?)"
						+ " or (entity_type = 'cadres.appointment' and entity_id = ?)",
				String.class, Long.toString(objection), Long.toString(now)))
			.contains("cadres.objection", "cadres.appointment")
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void anUpheldObjectionStopsTheAppointment() throws Exception {
		UnitView school = county.schoolA();
		long post = id(call(post("/api/v1/cadres/posts"), officer,
				"{\"unitId\":%d,\"kind\":\"PRINCIPAL\",\"title\":\"校长\"}".formatted(school.id()), 201));
		StaffView x = eligible("异议甲", school);
		StaffView y = eligible("异议乙", school);
		long election = elected(post, x, y);
		String path = "/api/v1/cadres/elections/" + election;
		String posted = call(post(path + "/notice"), officer, "{\"on\":\"%s\"}".formatted(LocalDate.now()), 200);
		LocalDate until = LocalDate.parse(JsonPath.read(posted, "$.noticeUntil"));
		// Missing content is refused with a message and records nothing.
		call(post(path + "/objections"), officer, "{\"receivedOn\":\"%s\"}".formatted(LocalDate.now()), 422);
		String objected = call(post(path + "/objections"), officer,
				"{\"receivedOn\":\"%s\",\"content\":\"反映其师德问题\"}".formatted(LocalDate.now()), 201);
		assertThat(JsonPath.<List<Object>>read(objected, "$.objections")).hasSize(1);
		long objection = ((Number) JsonPath.read(objected, "$.objections[0].id")).longValue();
		call(post(path + "/objections/" + objection + "/resolution"), officer,
				"{\"upheld\":true,\"resolution\":\"经查属实\",\"on\":\"%s\"}".formatted(LocalDate.now()), 200);
		call(post(path + "/objections/" + objection + "/resolution"), officer,
				"{\"upheld\":false,\"resolution\":\"再议\",\"on\":\"%s\"}".formatted(LocalDate.now()), 422);
		String refused = call(post(path + "/appointment"), officer,
				"{\"on\":\"%s\",\"documentNo\":\"任5\"}".formatted(until.plusDays(1)), 422);
		assertThat(refused).contains("不予任职");
		assertThat(
				jdbc.queryForObject("select count(*) from cadres_appointment where post_id = ?", Integer.class, post))
			.isZero();
		// The election page shows the notice and the upheld objection in Chinese.
		String page = mvc
			.perform(get("/cadres/elections/" + election).with(accounts.as(officer)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("任前公示").contains("属实").contains("符合候选人条件");
	}

}
