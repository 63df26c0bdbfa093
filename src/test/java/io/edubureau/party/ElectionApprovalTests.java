package io.edubureau.party;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
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
 * The preliminary election (差额预选) and the higher Party organisation's approval of the
 * elected committee through the API: a nominee passes to the formal list with more than
 * half of those entitled (half does not), most votes first, ties at the last place not
 * listed; the formal list is itself 20% over the seats; the formal ballot takes only the
 * listed; the complete committee waits for the bureau's approval, refused to a
 * branch-level officer, and reaches the branch only when approved.
 */
@EduBureauTest
class ElectionApprovalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	County county;

	String officer;

	String officerB;

	String bureau;

	long branch;

	List<Long> members = new ArrayList<>();

	String tag = TestAccounts.uniqueCode();

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officer = accounts.account("PARTY_OFFICER", county.schoolA());
		officerB = accounts.account("PARTY_OFFICER", county.schoolB());
		bureau = accounts.account("PARTY_OFFICER", county.bureau());
		branch = id(call(post("/api/v1/party/organisations"), bureau,
				"{\"name\":\"预选支部%s\",\"kind\":\"BRANCH\",\"unitId\":\"%d\"}".formatted(tag, county.schoolA().id()),
				201));
		for (int i = 0; i < 10; i++) {
			members.add(id(call(post("/api/v1/party/memberships"), officer,
					"{\"organisationId\":\"%d\",\"personName\":\"%s\",\"birthDate\":\"1971-02-%02d\",\"retired\":\"false\",\"from\":\"2020-01-01\"}"
						.formatted(branch, "提名" + i + tag, i + 1),
					201)));
		}
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

	// A ballot of term 6 on 2026-06-30 with 10 entitled and 9 present; candidates are
	// members by index with their votes.
	String ballot(String extra, int seats, int[] who, int[] votes) {
		StringBuilder c = new StringBuilder();
		for (int i = 0; i < who.length; i++) {
			c.append(i == 0 ? "" : ",")
				.append("{\"membershipId\":%d,\"votes\":%d}".formatted(members.get(who[i]), votes[i]));
		}
		return "{\"organisationId\":%d,\"term\":6,\"heldOn\":\"2026-06-30\",\"seats\":%d,\"entitled\":10,\"present\":9,\"candidates\":[%s]%s}"
			.formatted(branch, seats, c, extra);
	}

	@Test
	void aPreliminaryElectionListsThoseOverHalfOfTheEntitledAndTheFormalBallotTakesOnlyThem() throws Exception {
		// 3 seats, a formal list of 4: 6 votes of 10 entitled pass, 5 (half) does not —
		// though 5 is more than half of the 9 present.
		String pre = call(post("/api/v1/party/elections"), officer, ballot(",\"preliminary\":true,\"formalCount\":4", 3,
				new int[] { 0, 1, 2, 3, 4, 5 }, new int[] { 9, 8, 7, 6, 5, 1 }), 201);
		assertThat((Boolean) JsonPath.read(pre, "$.preliminary")).isTrue();
		assertThat((Boolean) JsonPath.read(pre, "$.valid")).isTrue();
		assertThat((Boolean) JsonPath.read(pre, "$.complete")).isFalse();
		assertThat((List<Boolean>) JsonPath.read(pre, "$.candidates[*].elected")).containsExactly(true, true, true,
				true, false, false);
		assertThat(pre).contains("提名4" + tag + "得5票，未超过应到会有选举权的10人的半数");
		assertThat(pre).contains("按得票多少确定正式候选人4名");
		long preId = id(pre);
		// The formal ballot takes only the formal list.
		String notListed = call(post("/api/v1/party/elections"), officer,
				ballot(",\"previousId\":" + preId, 3, new int[] { 0, 1, 2, 4 }, new int[] { 8, 7, 6, 3 }), 422);
		assertThat(notListed).contains("提名4" + tag + "不在预选确定的正式候选人名单中");
		String formal = call(post("/api/v1/party/elections"), officer,
				ballot(",\"previousId\":" + preId + ",\"secretaryMembershipId\":" + members.get(0), 3,
						new int[] { 0, 1, 2, 3 }, new int[] { 8, 7, 6, 3 }),
				201);
		assertThat((Boolean) JsonPath.read(formal, "$.complete")).isTrue();
		assertThat((List<String>) JsonPath.read(formal, "$.committee")).containsExactly("提名0" + tag, "提名1" + tag,
				"提名2" + tag);
		// One formal ballot per preliminary election.
		call(post("/api/v1/party/elections"), officer,
				ballot(",\"previousId\":" + preId + ",\"secretaryMembershipId\":" + members.get(0), 3,
						new int[] { 0, 1, 2, 3 }, new int[] { 8, 7, 6, 3 }),
				422);
	}

	@Test
	void tiesAtTheLastPlaceAreNotListedAndTheFormalListMustBeTwentyPercentOverTheSeats() throws Exception {
		// Three at 6 votes for the last two places: only the two above are listed.
		String tie = call(post("/api/v1/party/elections"), officer, ballot(",\"preliminary\":true,\"formalCount\":4", 3,
				new int[] { 0, 1, 2, 3, 4, 5 }, new int[] { 9, 8, 6, 6, 6, 1 }), 201);
		assertThat((List<Boolean>) JsonPath.read(tie, "$.candidates[*].elected")).containsExactly(true, true, false,
				false, false, false);
		assertThat((Integer) JsonPath.read(tie, "$.seatsLeft")).isEqualTo(2);
		assertThat(tie).contains("在正式候选人最后名额上同为6票");
		// 5 seats, a list of 6: exactly 20% more, valid; 6 seats, a list of 7: less,
		// void.
		String exact = call(post("/api/v1/party/elections"), officer, ballot(",\"preliminary\":true,\"formalCount\":6",
				5, new int[] { 0, 1, 2, 3, 4, 5, 6 }, new int[] { 9, 9, 9, 9, 9, 9, 0 }), 201);
		assertThat((Boolean) JsonPath.read(exact, "$.valid")).isTrue();
		String under = call(post("/api/v1/party/elections"), officer, ballot(",\"preliminary\":true,\"formalCount\":7",
				6, new int[] { 0, 1, 2, 3, 4, 5, 6, 7 }, new int[] { 9, 9, 9, 9, 9, 9, 1, 1 }), 201);
		assertThat((Boolean) JsonPath.read(under, "$.valid")).isFalse();
		assertThat(under).contains("多于应选人数不足20%");
		// Bad input: no places, places not above the seats, a round before; nothing kept.
		String before = call(get("/api/v1/party/elections?organisationId=" + branch), officer, null, 200);
		call(post("/api/v1/party/elections"), officer,
				ballot(",\"preliminary\":true", 3, new int[] { 0, 1, 2, 3, 4 }, new int[] { 9, 8, 7, 6, 5 }), 422);
		String equal = call(post("/api/v1/party/elections"), officer, ballot(",\"preliminary\":true,\"formalCount\":3",
				3, new int[] { 0, 1, 2, 3, 4 }, new int[] { 9, 8, 7, 6, 5 }), 422);
		assertThat(equal).contains("预选须填写正式候选人人数");
		call(post("/api/v1/party/elections"), officer,
				ballot(",\"preliminary\":true,\"formalCount\":4,\"previousId\":" + id(tie), 3,
						new int[] { 0, 1, 2, 3, 4 }, new int[] { 9, 8, 7, 6, 5 }),
				422);
		String after = call(get("/api/v1/party/elections?organisationId=" + branch), officer, null, 200);
		assertThat((Integer) JsonPath.read(after, "$.page.totalElements"))
			.isEqualTo((Integer) JsonPath.read(before, "$.page.totalElements"));
	}

	@Test
	void theCommitteeWaitsForTheBureauAndABranchLevelOfficerCannotApproveIt() throws Exception {
		String first = call(post("/api/v1/party/elections"), officer,
				ballot(",\"secretaryMembershipId\":" + members.get(1), 2, new int[] { 0, 1, 2 }, new int[] { 8, 7, 1 }),
				201);
		long firstId = id(first);
		assertThat((String) JsonPath.read(first, "$.approval")).isEqualTo("PENDING");
		assertThat((String) JsonPath.read(first, "$.approvalText")).startsWith("待上级党组织批复");
		// The school's own officer is refused; another school's does not reach it.
		String refused = call(post("/api/v1/party/elections/" + firstId + "/approval"), officer,
				"{\"approved\":true,\"on\":\"2026-07-10\"}", 422);
		assertThat(refused).contains("只有预选支部" + tag + "的上级党组织（局党委）可以批复其选举结果");
		call(post("/api/v1/party/elections/" + firstId + "/approval"), officerB,
				"{\"approved\":true,\"on\":\"2026-07-10\"}", 404);
		assertThat(call(get("/api/v1/party/elections/" + firstId), officer, null, 200)).contains("\"PENDING\"");
		// Returning needs a reason and a day not before the election; returned, the
		// branch
		// keeps its committee.
		String noReason = call(post("/api/v1/party/elections/" + firstId + "/approval"), bureau,
				"{\"approved\":false,\"on\":\"2026-07-10\"}", 422);
		assertThat(noReason).contains("请填写不予批准的理由");
		call(post("/api/v1/party/elections/" + firstId + "/approval"), bureau,
				"{\"approved\":false,\"on\":\"2026-06-29\",\"note\":\"x\"}", 422);
		String returned = call(post("/api/v1/party/elections/" + firstId + "/approval"), bureau,
				"{\"approved\":false,\"on\":\"2026-07-10\",\"note\":\"候选人资格审查材料不全\"}", 200);
		assertThat((String) JsonPath.read(returned, "$.approval")).isEqualTo("RETURNED");
		assertThat((String) JsonPath.read(returned, "$.approvalNote")).isEqualTo("候选人资格审查材料不全");
		assertThat(call(get("/api/v1/party/organisations/" + branch), officer, null, 200)).doesNotContain("提名1" + tag);
		call(post("/api/v1/party/elections/" + firstId + "/approval"), bureau,
				"{\"approved\":true,\"on\":\"2026-07-11\"}", 422);
		// A new election, approved by the bureau: the branch gets the secretary and term.
		String second = call(post("/api/v1/party/elections"), officer,
				ballot(",\"secretaryMembershipId\":" + members.get(2), 2, new int[] { 2, 3, 4 }, new int[] { 8, 7, 1 }),
				201);
		String approved = call(post("/api/v1/party/elections/" + id(second) + "/approval"), bureau,
				"{\"approved\":true,\"on\":\"2026-07-20\"}", 200);
		assertThat((String) JsonPath.read(approved, "$.approval")).isEqualTo("APPROVED");
		String b = call(get("/api/v1/party/organisations/" + branch), officer, null, 200);
		assertThat((String) JsonPath.read(b, "$.secretaryName")).isEqualTo("提名2" + tag);
		assertThat((String) JsonPath.read(b, "$.termStart")).isEqualTo("2026-06-30");
		assertThat(((Number) JsonPath.read(b, "$.electionId")).longValue()).isEqualTo(id(second));
	}

}
