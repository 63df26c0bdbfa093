package io.edubureau.party;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Branch membership and 组织关系转接 through the API: the roster seeded from the unit mapping;
 * a transfer between two branches here received on the day out (the day before refused)
 * leaves the member in one branch each day; a transfer out of the system and back in from
 * outside; a retired member who is not staff; each school's officer sees only the
 * transfers touching their branch and only the receiving end confirms.
 */
@EduBureauTest
class MembershipTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PartyFigures figures;

	County county;

	String officer;

	String officerA;

	String officerB;

	long branchA;

	long branchB;

	long bureauBranch;

	String tag = TestAccounts.uniqueCode().substring(6);

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officer = accounts.account("PARTY_OFFICER", county.bureau());
		officerA = accounts.account("PARTY_OFFICER", county.schoolA());
		officerB = accounts.account("PARTY_OFFICER", county.schoolB());
		branchA = branch("甲校党支部", county.schoolA());
		branchB = branch("乙校党支部", county.schoolB());
		bureauBranch = branch("机关离退休党支部", county.bureau());
	}

	long branch(String name, UnitView unit) throws Exception {
		return id(call(post("/api/v1/party/organisations"), officer,
				"{\"name\":\"%s%s\",\"kind\":\"BRANCH\",\"unitId\":\"%d\"}".formatted(name, tag, unit.id()), 201));
	}

	StaffView member(String name, UnitView unit, PoliticalStatus status) {
		LocalDate birth = LocalDate.of(1986, 5, 6);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name + tag, unit.code())
					.toBuilder()
					.politicalStatus(status)
					.partyJoinDate(status == PoliticalStatus.NONE ? null : LocalDate.of(2012, 7, 1))
					.build()));
	}

	String call(MockHttpServletRequestBuilder request, String user, String json, int expected) throws Exception {
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request.with(accounts.as(user)).with(csrf()).header("Accept-Language", "zh-CN"))
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	List<Map<String, Object>> spells(String user, Long staffId, String on) throws Exception {
		String url = "/api/v1/party/memberships?size=200" + (staffId == null ? "" : "&staffId=" + staffId)
				+ (on == null ? "" : "&on=" + on);
		return JsonPath.read(call(get(url), user, null, 200), "$.content");
	}

	long openSpell(StaffView p) throws Exception {
		List<Map<String, Object>> found = spells(officer, p.id(), null);
		return found.stream()
			.filter(m -> m.get("until") == null)
			.map(m -> ((Number) m.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theRosterIsSeededFromTheUnitMappingOnce() throws Exception {
		StaffView a = member("编入甲", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		StaffView point = member("编入点", county.pointA(), PoliticalStatus.PROBATIONARY_MEMBER);
		StaffView none = member("群众甲", county.schoolA(), PoliticalStatus.NONE);
		String seeded = call(post("/api/v1/party/memberships/seed"), officer, null, 200);
		assertThat(((Number) JsonPath.read(seeded, "$.created")).intValue()).isGreaterThanOrEqualTo(2);
		// The teaching point has no branch of its own: the school's branch above covers
		// it.
		assertThat(spells(officer, a.id(), null)).singleElement()
			.satisfies(m -> assertThat(((Number) m.get("organisationId")).longValue()).isEqualTo(branchA))
			.satisfies(m -> assertThat(m.get("from")).isEqualTo("2012-07-01"));
		assertThat(spells(officer, point.id(), null)).singleElement()
			.satisfies(m -> assertThat(((Number) m.get("organisationId")).longValue()).isEqualTo(branchA));
		assertThat(spells(officer, none.id(), null)).isEmpty();
		String again = call(post("/api/v1/party/memberships/seed"), officer, null, 200);
		assertThat(((Number) JsonPath.read(again, "$.created")).intValue()).isZero();
		assertThat(spells(officer, a.id(), null)).hasSize(1);
	}

	@Test
	void aTransferBetweenBranchesKeepsTheMemberInOneBranchADay() throws Exception {
		StaffView p = member("转接甲", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		call(post("/api/v1/party/memberships/seed"), officerA, null, 200);
		long spell = openSpell(p);
		// School A's officer sends the member to school B's branch (outside A's scope).
		String out = call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"toOrganisationId\":\"%d\",\"letterNo\":\"党组转字〔2026〕3号\",\"letterDate\":\"2026-03-02\",\"outOn\":\"2026-03-02\"}"
					.formatted(spell, branchB),
				201);
		long transfer = id(out);
		assertThat((String) JsonPath.read(out, "$.state")).isEqualTo("PENDING");
		assertThat((String) JsonPath.read(out, "$.direction")).isEqualTo("WITHIN");
		// Sent twice: the spell is closed.
		call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"outsideOrganisation\":\"外县\",\"letterNo\":\"4号\",\"letterDate\":\"2026-03-02\",\"outOn\":\"2026-03-02\"}"
					.formatted(spell),
				422);
		// Both ends see the pending transfer; only the receiving end confirms.
		assertThat(call(get("/api/v1/party/transfers?state=PENDING"), officerB, null, 200)).contains("转接甲" + tag);
		call(get("/api/v1/party/transfers/" + transfer), officerA, null, 200);
		call(post("/api/v1/party/transfers/" + transfer + "/confirm"), officerA, "{\"receivedOn\":\"2026-03-02\"}",
				403);
		// Received the day before the day out: the member would be in two branches that
		// day.
		String early = call(post("/api/v1/party/transfers/" + transfer + "/confirm"), officerB,
				"{\"receivedOn\":\"2026-03-01\"}", 422);
		assertThat(early).contains("接收日期2026-03-01早于转出日期2026-03-02");
		String done = call(post("/api/v1/party/transfers/" + transfer + "/confirm"), officerB,
				"{\"receivedOn\":\"2026-03-02\"}", 200);
		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("CONFIRMED");
		call(post("/api/v1/party/transfers/" + transfer + "/confirm"), officerB, "{\"receivedOn\":\"2026-03-03\"}",
				422);
		// History: A until 3-2 (excluded), B from 3-2; one branch on each day.
		List<Map<String, Object>> history = spells(officer, p.id(), null);
		assertThat(history)
			.extracting(m -> ((Number) m.get("organisationId")).longValue(), m -> m.get("from"), m -> m.get("until"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(branchA, "2012-07-01", "2026-03-02"),
					org.assertj.core.groups.Tuple.tuple(branchB, "2026-03-02", null));
		assertThat(spells(officer, null, "2026-03-01")).filteredOn(m -> m.get("personName").equals("转接甲" + tag))
			.singleElement()
			.satisfies(m -> assertThat(((Number) m.get("organisationId")).longValue()).isEqualTo(branchA));
		assertThat(spells(officer, null, "2026-03-02")).filteredOn(m -> m.get("personName").equals("转接甲" + tag))
			.singleElement()
			.satisfies(m -> assertThat(((Number) m.get("organisationId")).longValue()).isEqualTo(branchB));
		// School A's officer no longer sees the member on the roster of today.
		assertThat(spells(officerA, null, null)).noneMatch(m -> m.get("personName").equals("转接甲" + tag));
		// The figures of 2026 count the transfer out of A and into B, with their records.
		FigureQuery q = new FigureQuery(DataScope.unitAndBelow(county.bureau().id()), 2026, LocalDate.of(2026, 12, 31),
				null);
		assertThat(figures.compute(q).get("party.transfersIn")).isEqualByComparingTo("1");
		assertThat(figures.compute(q).get("party.transfersOut")).isEqualByComparingTo("1");
		assertThat(figures.records("party.transfersIn", q, 0, 10).rows()).singleElement()
			.satisfies(r -> assertThat(r).contains("转接甲" + tag, "党组转字〔2026〕3号", "2026-03-02"));
		FigureQuery ofB = new FigureQuery(DataScope.unitAndBelow(county.schoolB().id()), 2026,
				LocalDate.of(2026, 12, 31), null);
		assertThat(figures.compute(ofB).get("party.transfersOut")).isEqualByComparingTo("0");
	}

	@Test
	void theReceivingBranchReturnsAPendingTransferAndTheMemberStaysInTheOldBranch() throws Exception {
		StaffView p = member("退回甲", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		call(post("/api/v1/party/memberships/seed"), officerA, null, 200);
		long spell = openSpell(p);
		long transfer = id(call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"toOrganisationId\":\"%d\",\"letterNo\":\"党组转字〔2026〕9号\",\"letterDate\":\"2026-04-01\",\"outOn\":\"2026-04-01\"}"
					.formatted(spell, branchB),
				201));
		assertThat(spells(officer, p.id(), null)).singleElement()
			.satisfies(m -> assertThat(m.get("until")).isEqualTo("2026-04-01"));
		// Without a reason, or before the day out: refused, nothing changed.
		String noReason = call(post("/api/v1/party/transfers/" + transfer + "/return"), officerB,
				"{\"returnedOn\":\"2026-04-03\"}", 422);
		assertThat(noReason).contains("必填");
		String early = call(post("/api/v1/party/transfers/" + transfer + "/return"), officerB,
				"{\"returnedOn\":\"2026-03-31\",\"reason\":\"介绍信抬头有误\"}", 422);
		assertThat(early).contains("退回日期2026-03-31早于转出日期2026-04-01");
		// Only the receiving end returns.
		call(post("/api/v1/party/transfers/" + transfer + "/return"), officerA,
				"{\"returnedOn\":\"2026-04-03\",\"reason\":\"介绍信抬头有误\"}", 403);
		assertThat(
				(String) JsonPath.read(call(get("/api/v1/party/transfers/" + transfer), officer, null, 200), "$.state"))
			.isEqualTo("PENDING");
		String returned = call(post("/api/v1/party/transfers/" + transfer + "/return"), officerB,
				"{\"returnedOn\":\"2026-04-03\",\"reason\":\"介绍信抬头有误\"}", 200);
		assertThat((String) JsonPath.read(returned, "$.state")).isEqualTo("RETURNED");
		assertThat((String) JsonPath.read(returned, "$.returnReason")).isEqualTo("介绍信抬头有误");
		assertThat((String) JsonPath.read(returned, "$.returnedOn")).isEqualTo("2026-04-03");
		// The member stays in A (the spell is open again), never in B.
		assertThat(spells(officer, p.id(), null)).singleElement()
			.satisfies(m -> assertThat(((Number) m.get("organisationId")).longValue()).isEqualTo(branchA))
			.satisfies(m -> assertThat(m.get("until")).isNull());
		assertThat(spells(officerA, null, "2026-04-02")).anyMatch(m -> m.get("personName").equals("退回甲" + tag));
		// Returned once: neither confirmed nor returned again.
		call(post("/api/v1/party/transfers/" + transfer + "/confirm"), officerB, "{\"receivedOn\":\"2026-04-03\"}",
				422);
		call(post("/api/v1/party/transfers/" + transfer + "/return"), officerB,
				"{\"returnedOn\":\"2026-04-03\",\"reason\":\"再退\"}", 422);
		assertThat(call(get("/api/v1/party/transfers?state=RETURNED"), officerA, null, 200)).contains("退回甲" + tag);
		// Not counted as sent out.
		FigureQuery ofA = new FigureQuery(DataScope.unitAndBelow(county.schoolA().id()), 2026,
				LocalDate.of(2026, 12, 31), null);
		assertThat(figures.records("party.transfersOut", ofA, 0, 200).rows())
			.noneMatch(r -> r.toString().contains("退回甲" + tag));
	}

	@Test
	void aMemberTransferredOutOfTheSystemCanComeBackFromOutsideNotBeforeLeaving() throws Exception {
		StaffView p = member("外转甲", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		call(post("/api/v1/party/memberships/seed"), officerA, null, 200);
		long spell = openSpell(p);
		// While the member is in A, nothing can bring them in elsewhere.
		String twice = call(post("/api/v1/party/transfers/in"), officerB,
				"{\"organisationId\":\"%d\",\"staffId\":\"%d\",\"outsideOrganisation\":\"邻县教育局党委\",\"letterNo\":\"9号\",\"letterDate\":\"2026-01-05\",\"receivedOn\":\"2026-01-06\"}"
					.formatted(branchB, p.id()),
				404);
		assertThat(twice).isNotEmpty();
		call(post("/api/v1/party/transfers/in"), officer,
				"{\"organisationId\":\"%d\",\"staffId\":\"%d\",\"outsideOrganisation\":\"邻县教育局党委\",\"letterNo\":\"9号\",\"letterDate\":\"2026-01-05\",\"receivedOn\":\"2026-01-06\"}"
					.formatted(branchB, p.id()),
				422);
		// The day out is the letter's day or later, and after the spell began.
		call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"outsideOrganisation\":\"邻县教育局党委\",\"letterNo\":\"外转1号\",\"letterDate\":\"2026-02-10\",\"outOn\":\"2026-02-09\"}"
					.formatted(spell),
				422);
		String out = call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"outsideOrganisation\":\"邻县教育局党委\",\"letterNo\":\"外转1号\",\"letterDate\":\"2026-02-10\",\"outOn\":\"2026-02-10\"}"
					.formatted(spell),
				201);
		assertThat((String) JsonPath.read(out, "$.state")).isEqualTo("CONFIRMED");
		assertThat((String) JsonPath.read(out, "$.direction")).isEqualTo("OUT");
		// Back from outside: the day before the day out is refused, the day out itself
		// not.
		String overlap = call(post("/api/v1/party/transfers/in"), officer,
				"{\"organisationId\":\"%d\",\"staffId\":\"%d\",\"outsideOrganisation\":\"邻县教育局党委\",\"letterNo\":\"回转2号\",\"letterDate\":\"2026-02-09\",\"receivedOn\":\"2026-02-09\"}"
					.formatted(branchB, p.id()),
				422);
		assertThat(overlap).contains("同一天只能在一个党支部");
		String in = call(post("/api/v1/party/transfers/in"), officer,
				"{\"organisationId\":\"%d\",\"staffId\":\"%d\",\"outsideOrganisation\":\"邻县教育局党委\",\"letterNo\":\"回转2号\",\"letterDate\":\"2026-02-10\",\"receivedOn\":\"2026-02-10\"}"
					.formatted(branchB, p.id()),
				201);
		assertThat((String) JsonPath.read(in, "$.direction")).isEqualTo("IN");
		assertThat(spells(officer, p.id(), null)).hasSize(2);
	}

	@Test
	void aRetiredMemberWhoIsNotStaffSitsUnderTheBureauBranch() throws Exception {
		String dayAfter18 = LocalDate.now().minusYears(18).plusDays(1).toString();
		String young = call(post("/api/v1/party/memberships"), officer,
				"{\"organisationId\":\"%d\",\"personName\":\"少年%s\",\"birthDate\":\"%s\",\"from\":\"2026-01-01\"}"
					.formatted(bureauBranch, tag, dayAfter18),
				422);
		assertThat(young).contains("党员须年满十八岁");
		// Eighteen today (年满十八岁 includes the birthday).
		call(post("/api/v1/party/memberships"), officer,
				"{\"organisationId\":\"%d\",\"personName\":\"青年%s\",\"birthDate\":\"%s\",\"from\":\"%s\"}"
					.formatted(bureauBranch, tag, LocalDate.now().minusYears(18), LocalDate.now()),
				201);
		String added = call(post("/api/v1/party/memberships"), officer,
				"{\"organisationId\":\"%d\",\"personName\":\"退休老党员%s\",\"birthDate\":\"1950-02-03\",\"retired\":\"true\",\"from\":\"2015-09-01\"}"
					.formatted(bureauBranch, tag),
				201);
		assertThat((Boolean) JsonPath.read(added, "$.nonStaff")).isTrue();
		assertThat((Boolean) JsonPath.read(added, "$.retired")).isTrue();
		assertThat(added).doesNotContain("1950-02-03");
		// The same person cannot be added twice while their spell is open.
		call(post("/api/v1/party/memberships"), officer,
				"{\"organisationId\":\"%d\",\"personName\":\"退休老党员%s\",\"birthDate\":\"1950-02-03\",\"retired\":\"true\",\"from\":\"2020-01-01\"}"
					.formatted(branchA, tag),
				422);
		// School officers do not see the bureau branch's members.
		assertThat(spells(officerA, null, null)).noneMatch(m -> m.get("personName").equals("退休老党员" + tag));
		assertThat(spells(officer, null, null)).anyMatch(m -> m.get("personName").equals("退休老党员" + tag));
	}

	@Test
	void badInputIsRefusedWithReasonsAndChangesNothing() throws Exception {
		StaffView p = member("坏输入", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		call(post("/api/v1/party/memberships/seed"), officerA, null, 200);
		long spell = openSpell(p);
		String none = call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"letterDate\":\"2026-02-10\",\"outOn\":\"2026-02-10\"}".formatted(spell),
				422);
		assertThat(none).contains("请填写接收的本系统党支部或系统外接收党组织", "必填");
		call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"toOrganisationId\":\"%d\",\"outsideOrganisation\":\"外县\",\"letterNo\":\"1\",\"letterDate\":\"2026-02-10\",\"outOn\":\"2026-02-10\"}"
					.formatted(spell, branchB),
				422);
		call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"toOrganisationId\":\"%d\",\"letterNo\":\"1\",\"letterDate\":\"2026-02-10\",\"outOn\":\"2026-02-10\"}"
					.formatted(spell, branchA),
				422);
		call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"outsideOrganisation\":\"外县\",\"letterNo\":\"1\",\"letterDate\":\"2026-02-1x\",\"outOn\":\"2026-02-10\"}"
					.formatted(spell),
				422);
		call(post("/api/v1/party/transfers/out"), officerA,
				"{\"membershipId\":\"%d\",\"outsideOrganisation\":\"外县\",\"letterNo\":\"1\",\"letterDate\":\"%s\",\"outOn\":\"%s\"}"
					.formatted(spell, LocalDate.now().plusDays(1), LocalDate.now().plusDays(1)),
				422);
		// Another school's officer cannot reach the spell at all.
		call(post("/api/v1/party/transfers/out"), officerB,
				"{\"membershipId\":\"%d\",\"outsideOrganisation\":\"外县\",\"letterNo\":\"1\",\"letterDate\":\"2026-02-10\",\"outOn\":\"2026-02-10\"}"
					.formatted(spell),
				404);
		assertThat(spells(officer, p.id(), null)).singleElement().satisfies(m -> assertThat(m.get("until")).isNull());
		assertThat(call(get("/api/v1/party/transfers"), officerB, null, 200)).doesNotContain("坏输入" + tag);
	}

}
