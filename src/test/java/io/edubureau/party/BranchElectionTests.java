package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
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
 * Branch committee elections (支部委员会换届选举) through the API at each boundary of the
 * 基层组织选举工作条例 (2020): attendance of exactly four fifths is valid and one fewer is not; 20%
 * more candidates than seats is enough and fewer is not; half of those present does not
 * elect and one more does; a tie at the last seat and seats left go to another round,
 * which completes the committee and writes its secretary and term to the branch.
 */
@EduBureauTest
class BranchElectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	County county;

	String officer;

	String officerB;

	long branch;

	List<Long> members = new ArrayList<>();

	String tag = TestAccounts.uniqueCode();

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officer = accounts.account("PARTY_OFFICER", county.schoolA());
		officerB = accounts.account("PARTY_OFFICER", county.schoolB());
		branch = id(call(post("/api/v1/party/organisations"), accounts.account("PARTY_OFFICER", county.bureau()),
				"{\"name\":\"选举支部%s\",\"kind\":\"BRANCH\",\"unitId\":\"%d\"}".formatted(tag, county.schoolA().id()),
				201));
		// Ten full members: those entitled to vote (10 in the ballots) are all on the
		// roll.
		for (int i = 0; i < 10; i++) {
			members.add(member("候选" + i + tag, "1970-01-%02d".formatted(i + 1), null));
		}
	}

	long member(String name, String birth, String probationaryUntil) throws Exception {
		return id(call(post("/api/v1/party/memberships"), officer,
				"{\"organisationId\":\"%d\",\"personName\":\"%s\",\"birthDate\":\"%s\",\"retired\":\"false\",\"from\":\"2020-01-01\"%s}"
					.formatted(branch, name, birth,
							probationaryUntil == null ? "" : ",\"probationaryUntil\":\"" + probationaryUntil + "\""),
				201));
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

	String ballot(Long previousId, int seats, int entitled, int present, int[] votes, Long secretary) {
		StringBuilder c = new StringBuilder();
		for (int i = 0; i < votes.length; i++) {
			c.append(i == 0 ? "" : ",")
				.append("{\"membershipId\":%d,\"votes\":%d}".formatted(members.get(i), votes[i]));
		}
		return "{\"organisationId\":%d,\"term\":4,%s\"heldOn\":\"2026-06-30\",\"seats\":%d,\"entitled\":%d,\"present\":%d,\"candidates\":[%s]%s}"
			.formatted(branch, previousId == null ? "" : "\"previousId\":" + previousId + ",", seats, entitled, present,
					c, secretary == null ? "" : ",\"secretaryMembershipId\":" + secretary);
	}

	@Test
	void attendanceOfFourFifthsIsValidAndOneFewerIsNot() throws Exception {
		// 10 entitled: 8 present is exactly four fifths (不少于 includes it).
		String valid = call(post("/api/v1/party/elections"), officer,
				ballot(null, 3, 10, 8, new int[] { 8, 7, 6, 2 }, members.get(0)), 201);
		assertThat((Boolean) JsonPath.read(valid, "$.valid")).isTrue();
		assertThat((Boolean) JsonPath.read(valid, "$.complete")).isTrue();
		String invalid = call(post("/api/v1/party/elections"), officer,
				ballot(null, 3, 10, 7, new int[] { 7, 6, 6, 2 }, members.get(0)), 201);
		assertThat((Boolean) JsonPath.read(invalid, "$.valid")).isFalse();
		assertThat((Integer) JsonPath.read(invalid, "$.seatsLeft")).isEqualTo(3);
		assertThat((List<Object>) JsonPath.read(invalid, "$.candidates[?(@.elected == true)]")).isEmpty();
		assertThat(invalid).contains("有选举权的到会仅7人，应到10人，不足4/5：会议无效");
	}

	@Test
	void twentyPercentMoreCandidatesIsEnoughAndFewerIsNot() throws Exception {
		// 5 seats: 6 candidates is 20% more; 5 candidates (等额) is not.
		String enough = call(post("/api/v1/party/elections"), officer,
				ballot(null, 5, 10, 10, new int[] { 9, 9, 9, 9, 9, 2 }, members.get(1)), 201);
		assertThat((Boolean) JsonPath.read(enough, "$.valid")).isTrue();
		String equal = call(post("/api/v1/party/elections"), officer,
				ballot(null, 5, 10, 10, new int[] { 9, 9, 9, 9, 9 }, members.get(1)), 201);
		assertThat((Boolean) JsonPath.read(equal, "$.valid")).isFalse();
		assertThat(equal).contains("候选人5名，应选5名：差额不足应选人数的20%");
		// 3 seats: 4 candidates is 33% more, enough.
		String three = call(post("/api/v1/party/elections"), officer,
				ballot(null, 3, 10, 10, new int[] { 9, 8, 7, 1 }, members.get(0)), 201);
		assertThat((Boolean) JsonPath.read(three, "$.valid")).isTrue();
	}

	@Test
	void halfOfThosePresentDoesNotElectAndTheSeatGoesToAnotherRound() throws Exception {
		// 9 present: 5 votes is more than half; 4 is not (超过 excludes half and below).
		String first = call(post("/api/v1/party/elections"), officer,
				ballot(null, 3, 10, 9, new int[] { 9, 5, 4, 4 }, null), 201);
		assertThat((Boolean) JsonPath.read(first, "$.valid")).isTrue();
		assertThat((Integer) JsonPath.read(first, "$.seatsLeft")).isEqualTo(1);
		assertThat((Boolean) JsonPath.read(first, "$.complete")).isFalse();
		assertThat(first).contains("得4票，未超过实到9人的一半");
		long firstId = id(first);
		// 8 present: exactly half (4) does not elect either.
		String half = call(post("/api/v1/party/elections"), officer, ballot(null, 1, 10, 8, new int[] { 4, 3 }, null),
				201);
		assertThat((Integer) JsonPath.read(half, "$.seatsLeft")).isEqualTo(1);
		// Another round fills the seat left from those not elected; the committee is
		// complete and the secretary must be among the elected.
		List<Long> rest = List.of(members.get(2), members.get(3), members.get(4));
		String round = "{\"organisationId\":%d,\"term\":4,\"previousId\":%d,\"heldOn\":\"2026-06-30\",\"seats\":1,\"entitled\":10,\"present\":9,\"candidates\":[{\"membershipId\":%d,\"votes\":6},{\"membershipId\":%d,\"votes\":3}],\"secretaryMembershipId\":%d}";
		String notElected = call(post("/api/v1/party/elections"), officer,
				round.formatted(branch, firstId, rest.get(0), rest.get(1), rest.get(1)), 422);
		assertThat(notElected).contains("请从当选者中填写书记");
		String again = call(post("/api/v1/party/elections"), officer,
				round.formatted(branch, firstId, members.get(0), rest.get(1), members.get(0)), 422);
		assertThat(again).contains("已在上一轮当选");
		String second = call(post("/api/v1/party/elections"), officer,
				round.formatted(branch, firstId, rest.get(0), rest.get(1), members.get(0)), 201);
		assertThat((Boolean) JsonPath.read(second, "$.complete")).isTrue();
		assertThat((Integer) JsonPath.read(second, "$.round")).isEqualTo(2);
		assertThat((List<String>) JsonPath.read(second, "$.committee")).containsExactly("候选0" + tag, "候选1" + tag,
				"候选2" + tag);
		assertThat((String) JsonPath.read(second, "$.termEnd")).isEqualTo("2029-06-30");
		assertThat((String) JsonPath.read(second, "$.approval")).isEqualTo("PENDING");
		assertThat((String) JsonPath.read(second, "$.approvalText")).startsWith("待上级党组织批复");
		String waiting = call(get("/api/v1/party/organisations/" + branch), officer, null, 200);
		assertThat(waiting).doesNotContain("候选0" + tag);
		call(post("/api/v1/party/elections/" + id(second) + "/approval"),
				accounts.account("PARTY_OFFICER", county.bureau()), "{\"approved\":true,\"on\":\"2026-07-10\"}", 200);
		String b = call(get("/api/v1/party/organisations/" + branch), officer, null, 200);
		assertThat((String) JsonPath.read(b, "$.secretaryName")).isEqualTo("候选0" + tag);
		assertThat((String) JsonPath.read(b, "$.termStart")).isEqualTo("2026-06-30");
		assertThat((String) JsonPath.read(b, "$.termEnd")).isEqualTo("2029-06-30");
		// No third round: the committee is complete.
		call(post("/api/v1/party/elections"), officer,
				round.formatted(branch, firstId, rest.get(1), rest.get(2), members.get(0)), 422);
		// History: every ballot of the branch, latest first; another school sees none.
		String history = call(get("/api/v1/party/elections?organisationId=" + branch), officer, null, 200);
		assertThat((List<Object>) JsonPath.read(history, "$.content")).hasSize(3);
		String other = call(get("/api/v1/party/elections?organisationId=" + branch), officerB, null, 200);
		assertThat((List<Object>) JsonPath.read(other, "$.content")).isEmpty();
		call(get("/api/v1/party/elections/" + firstId), officerB, null, 404);
	}

	@Test
	void aTieAtTheLastSeatElectsNeitherAndBadInputIsRefused() throws Exception {
		String tie = call(post("/api/v1/party/elections"), officer,
				ballot(null, 2, 10, 10, new int[] { 8, 6, 6 }, null), 201);
		assertThat((Integer) JsonPath.read(tie, "$.seatsLeft")).isEqualTo(1);
		assertThat(tie).contains("同为6票");
		// A candidate outside the branch, votes over those present, present over
		// entitled: 422 and nothing recorded.
		String before = call(get("/api/v1/party/elections?organisationId=" + branch), officer, null, 200);
		int count = ((List<Object>) JsonPath.read(before, "$.content")).size();
		call(post("/api/v1/party/elections"), officer, ballot(null, 2, 10, 10, new int[] { 11, 6, 3 }, null), 422);
		call(post("/api/v1/party/elections"), officer, ballot(null, 2, 10, 11, new int[] { 8, 6, 6 }, null), 422);
		call(post("/api/v1/party/elections"), officer,
				"{\"organisationId\":%d,\"term\":4,\"heldOn\":\"2026-06-30\",\"seats\":1,\"entitled\":10,\"present\":9,\"candidates\":[{\"membershipId\":999999999,\"votes\":6},{\"membershipId\":%d,\"votes\":3}]}"
					.formatted(branch, members.get(0)),
				422);
		call(post("/api/v1/party/elections"), officerB, ballot(null, 2, 10, 10, new int[] { 9, 7, 1 }, null), 404);
		String after = call(get("/api/v1/party/elections?organisationId=" + branch), officer, null, 200);
		assertThat((List<Object>) JsonPath.read(after, "$.content")).hasSize(count);
	}

	@Test
	void probationaryMembersAndMembersUnderObservationHaveNoRightAndAreNotEntitled() throws Exception {
		// On 2026-06-30: a 预备党员 until 07-01 is still probationary, one until 06-30 is a
		// full member that day (the end excluded); 留党察看 until 07-01 still runs.
		long probationary = member("预备甲" + tag, "1990-02-01", "2026-07-01");
		long converted = member("转正乙" + tag, "1990-02-02", "2026-06-30");
		long observed = member("察看丙" + tag, "1990-02-03", null);
		call(post("/api/v1/party/memberships/" + observed + "/observation"), officer,
				"{\"from\":\"2025-07-01\",\"until\":\"2026-07-01\",\"note\":\"党纪处分决定\"}", 200);
		// 留党察看 is one year or two (纪律处分条例): a day over two years, or a year and a
		// half, is refused.
		call(post("/api/v1/party/memberships/" + observed + "/observation"), officer,
				"{\"from\":\"2026-01-01\",\"until\":\"2028-01-02\",\"note\":\"x\"}", 422);
		String half = call(post("/api/v1/party/memberships/" + observed + "/observation"), officer,
				"{\"from\":\"2026-01-01\",\"until\":\"2027-07-01\",\"note\":\"x\"}", 422);
		assertThat(half).contains("留党察看分为一年、二年");
		String ballot = "{\"organisationId\":%d,\"term\":5,\"heldOn\":\"2026-06-30\",\"seats\":1,\"entitled\":%d,\"present\":%d,\"candidates\":[{\"membershipId\":%d,\"votes\":6},{\"membershipId\":%d,\"votes\":3}]%s}";
		// 13 on the roll, 11 with the right: 12 entitled is refused, 11 accepted.
		String over = call(post("/api/v1/party/elections"), officer,
				ballot.formatted(branch, 12, 10, members.get(0), members.get(1), ""), 422);
		assertThat(over).contains("应到会有选举权的12人多于本支部2026-06-30有选举权的党员11人（不计入：预备党员1人，留党察看1人）");
		String converts = call(post("/api/v1/party/elections"), officer,
				ballot.formatted(branch, 11, 10, converted, members.get(1), ",\"secretaryMembershipId\":" + converted),
				201);
		assertThat((Boolean) JsonPath.read(converts, "$.valid")).isTrue();
		String stands = call(post("/api/v1/party/elections"), officer,
				ballot.formatted(branch, 11, 10, probationary, members.get(1), ""), 422);
		assertThat(stands).contains("预备甲" + tag + "于2026-06-30为预备党员，没有被选举权");
		String observedStands = call(post("/api/v1/party/elections"), officer,
				ballot.formatted(branch, 11, 10, observed, members.get(1), ""), 422);
		assertThat(observedStands).contains("在留党察看期间，没有被选举权");
		// Named voters: each with the right and as many as present.
		String voters = ",\"voterMembershipIds\":[%d,%d]";
		String votes = call(post("/api/v1/party/elections"), officer, ballot
			.formatted(branch, 11, 2, members.get(2), members.get(3), voters.formatted(members.get(0), observed))
			.replace("\"votes\":6", "\"votes\":1")
			.replace("\"votes\":3", "\"votes\":1"), 422);
		assertThat(votes).contains("在留党察看期间，没有选举权");
		// 留党察看 until the day itself: it has ended on the day, the member stands.
		call(post("/api/v1/party/memberships/" + observed + "/observation"), officer,
				"{\"from\":\"2025-06-30\",\"until\":\"2026-06-30\",\"note\":\"党纪处分决定\"}", 200);
		call(post("/api/v1/party/elections"), officer,
				ballot.formatted(branch, 12, 10, observed, members.get(1), ",\"secretaryMembershipId\":" + observed),
				201);
		// Two years exactly (最长不得超过二年) is accepted.
		call(post("/api/v1/party/memberships/" + observed + "/observation"), officer,
				"{\"from\":\"2025-01-01\",\"until\":\"2027-01-01\",\"note\":\"延长一年\"}", 200);
	}

	@Test
	void theSeatsAreReducedOnlyWhenCloseWithHalfOfTheVotersAndThreeMembers() throws Exception {
		// 5 seats, 8 present: four elected (5 votes > 4), one seat short.
		String four = call(post("/api/v1/party/elections"), officer,
				ballot(null, 5, 10, 8, new int[] { 5, 5, 5, 5, 1, 1 }, null), 201);
		assertThat((Integer) JsonPath.read(four, "$.seatsLeft")).isEqualTo(1);
		long fourId = id(four);
		// 3 of 8 agreeing is fewer than half: refused with the reasons, nothing changed.
		String fewer = call(post("/api/v1/party/elections/" + fourId + "/reduce"), officer,
				"{\"agreed\":3,\"secretaryMembershipId\":%d}".formatted(members.get(0)), 422);
		assertThat(fewer).contains("实到8名选举人中仅3人同意减少名额，不足半数");
		String unchanged = call(get("/api/v1/party/elections/" + fourId), officer, null, 200);
		assertThat((Boolean) JsonPath.read(unchanged, "$.complete")).isFalse();
		// 4 of 8 is half: 半数以上 includes it; the committee of four is complete.
		String reduced = call(post("/api/v1/party/elections/" + fourId + "/reduce"), officer,
				"{\"agreed\":4,\"secretaryMembershipId\":%d}".formatted(members.get(0)), 200);
		assertThat((Boolean) JsonPath.read(reduced, "$.complete")).isTrue();
		assertThat((Integer) JsonPath.read(reduced, "$.reducedAgreed")).isEqualTo(4);
		assertThat((List<String>) JsonPath.read(reduced, "$.committee")).hasSize(4);
		assertThat(reduced).contains("缺额不超过1名，接近应选名额");
		// No second reduction or another round after it.
		call(post("/api/v1/party/elections/" + fourId + "/reduce"), officer,
				"{\"agreed\":8,\"secretaryMembershipId\":%d}".formatted(members.get(0)), 422);
		// Two seats short is not close; a committee of two is below three.
		String three = call(post("/api/v1/party/elections"), officer,
				ballot(null, 5, 10, 8, new int[] { 5, 5, 5, 1, 1, 1 }, null), 201);
		String far = call(post("/api/v1/party/elections/" + id(three) + "/reduce"), officer,
				"{\"agreed\":8,\"secretaryMembershipId\":%d}".formatted(members.get(0)), 422);
		assertThat(far).contains("缺额超过1名，不接近应选名额");
		String two = call(post("/api/v1/party/elections"), officer,
				ballot(null, 3, 10, 8, new int[] { 5, 5, 1, 1 }, null), 201);
		String small = call(post("/api/v1/party/elections/" + id(two) + "/reduce"), officer,
				"{\"agreed\":8,\"secretaryMembershipId\":%d}".formatted(members.get(0)), 422);
		assertThat(small).contains("委员会仅2人，少于3人");
		// Another school's officer does not reach the ballot.
		call(post("/api/v1/party/elections/" + id(two) + "/reduce"), officerB,
				"{\"agreed\":8,\"secretaryMembershipId\":%d}".formatted(members.get(0)), 404);
	}

}
