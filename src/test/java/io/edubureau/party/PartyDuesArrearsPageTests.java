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
 * The dues arrears paged in party's own query (issue 23): the Party members among the
 * staff are kept in party's roster, so a member who paid nothing at all is found; one who
 * paid every month up to the month is absent, one who joins after the month is absent
 * until the month they join; a school's officer sees only its own members; page 2 holds
 * the rest of the rows.
 */
@EduBureauTest
class PartyDuesArrearsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	String tag = TestAccounts.uniqueCode().substring(6);

	StaffView member(String name, UnitView unit, PoliticalStatus status, LocalDate joined) {
		LocalDate birth = LocalDate.of(1986, 3, 3);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name + tag, unit.code())
					.toBuilder()
					.politicalStatus(status)
					.partyJoinDate(joined)
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
			.getContentAsString();
	}

	void pay(String officer, StaffView p, String month) throws Exception {
		call(post("/api/v1/party/dues"), officer,
				"{\"staffId\":\"%d\",\"month\":\"%s\",\"baseFen\":\"300000\",\"paidFen\":\"1500\",\"paidOn\":\"%s-28\"}"
					.formatted(p.id(), month, month),
				201);
	}

	String arrears(String user, String month, int page, int size) throws Exception {
		return call(get("/api/v1/party/dues/arrears").param("month", month)
			.param("page", String.valueOf(page))
			.param("size", String.valueOf(size)), user, null, 200);
	}

	@Test
	void theArrearsArePagedAndScopedInTheQueryAndFindAMemberWhoPaidNothing() throws Exception {
		County county = accounts.county();
		String bureau = accounts.account("PARTY_OFFICER", county.bureau());
		LocalDate longAgo = LocalDate.of(2010, 7, 1);
		StaffView nothing = member("未交", county.schoolA(), PoliticalStatus.PARTY_MEMBER, longAgo);
		StaffView some = member("部分", county.schoolA(), PoliticalStatus.PROBATIONARY_MEMBER, longAgo);
		StaffView all = member("交齐", county.schoolA(), PoliticalStatus.PARTY_MEMBER, longAgo);
		StaffView april = member("四月入党", county.schoolA(), PoliticalStatus.PARTY_MEMBER, LocalDate.of(2026, 4, 10));
		StaffView masses = member("群众", county.schoolA(), PoliticalStatus.NONE, null);
		StaffView other = member("乙校", county.schoolB(), PoliticalStatus.PARTY_MEMBER, longAgo);
		pay(bureau, some, "2026-01");
		for (String m : List.of("2026-01", "2026-02", "2026-03")) {
			pay(bureau, all, m);
		}

		// The county's accounts may be members too: compare with the whole list, not a
		// count.
		String whole = arrears(bureau, "2026-03", 0, 200);
		List<Integer> every = JsonPath.read(whole, "$.content[*].staffId");
		assertThat(every).contains((int) nothing.id(), (int) some.id(), (int) other.id())
			.doesNotContain((int) all.id(), (int) april.id(), (int) masses.id())
			.isSorted();
		assertThat(JsonPath.<Integer>read(whole, "$.page.totalElements")).isEqualTo(every.size());
		int size = Math.max(1, every.size() - 1);
		String first = arrears(bureau, "2026-03", 0, size);
		List<Integer> ids = new ArrayList<>(JsonPath.<List<Integer>>read(first, "$.content[*].staffId"));
		assertThat(ids).hasSize(size);
		String second = arrears(bureau, "2026-03", 1, size);
		ids.addAll(JsonPath.<List<Integer>>read(second, "$.content[*].staffId"));
		assertThat(ids).isEqualTo(every);
		assertThat(JsonPath.<Integer>read(first, "$.page.totalPages")).isEqualTo(2);
		first = whole;
		List<Map<String, Object>> none = JsonPath.read(first, "$.content[?(@.staffId == " + nothing.id() + ")]");
		assertThat(none.get(0).get("unpaidMonths")).isEqualTo(List.of("2026-01", "2026-02", "2026-03"));
		// The run looks back past January over the lapse window (6 months by default):
		// paid nothing since 2010, it is 9 months long in March and means a lapse.
		assertThat(none.get(0).get("consecutive")).isEqualTo(9);
		assertThat(none.get(0).get("lapse")).isEqualTo(true);
		List<Map<String, Object>> part = JsonPath.read(first, "$.content[?(@.staffId == " + some.id() + ")]");
		assertThat(part.get(0).get("unpaidMonths")).isEqualTo(List.of("2026-02", "2026-03"));
		assertThat(first + second).doesNotContain(masses.name(), all.name(), april.name());

		// The month of joining counts: in April the April member owes, the paid-up one
		// owes April.
		String inApril = arrears(bureau, "2026-04", 0, 200);
		List<Map<String, Object>> joined = JsonPath.read(inApril, "$.content[?(@.staffId == " + april.id() + ")]");
		assertThat(joined.get(0).get("unpaidMonths")).isEqualTo(List.of("2026-04"));
		assertThat(JsonPath.<List<Integer>>read(inApril, "$.content[*].staffId")).contains((int) all.id());

		// A school's officer sees only its own members, counted in the query.
		String school = arrears(accounts.account("PARTY_OFFICER", county.schoolA()), "2026-03", 0, 200);
		List<Integer> own = JsonPath.read(school, "$.content[*].staffId");
		assertThat(own).contains((int) nothing.id(), (int) some.id()).doesNotContain((int) other.id());
		assertThat(every).containsAll(own);
		assertThat(JsonPath.<Integer>read(school, "$.page.totalElements")).isEqualTo(own.size());

		// Bad paging is refused with a message, not a 500.
		call(get("/api/v1/party/dues/arrears").param("size", "0"), bureau, null, 400);
	}

}
