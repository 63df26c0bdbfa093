package io.edubureau.party;

import java.time.LocalDate;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 民主评议党员 and 党费 through the API as the Party affairs officer: a member graded 不合格 is
 * given a correction period of at most 12 months (the 12th month's day included, the day
 * after refused), concluded on the deadline and not before; dues short of the rule's
 * amount refused; six unpaid months in a row reach the lapse handling, five do not;
 * another school's officer sees none of it.
 */
@EduBureauTest
class PartyMembersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PartyFigures figures;

	County county;

	String officer;

	long branch;

	String tag = TestAccounts.uniqueCode().substring(6);

	@BeforeEach
	void setUp() throws Exception {
		county = accounts.county();
		officer = accounts.account("PARTY_OFFICER", county.bureau());
		branch = id(call(post("/api/v1/party/organisations"), officer,
				"{\"name\":\"评议党支部%s\",\"kind\":\"BRANCH\",\"unitId\":\"%d\"}".formatted(tag, county.schoolA().id()),
				201));
	}

	StaffView member(String name, UnitView unit, PoliticalStatus status) {
		LocalDate birth = LocalDate.of(1985, 4, 4);
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name + tag, unit.code())
					.toBuilder()
					.politicalStatus(status)
					.partyJoinDate(status == PoliticalStatus.NONE ? null : LocalDate.of(2010, 7, 1))
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

	static long id(String json) {
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	String grade(StaffView p, String grade, int expected) throws Exception {
		return call(post("/api/v1/party/appraisals"), officer,
				"{\"organisationId\":\"%d\",\"staffId\":\"%d\",\"year\":\"2025\",\"excellent\":\"3\",\"qualified\":\"10\",\"basicallyQualified\":\"6\",\"unqualified\":\"12\",\"grade\":\"%s\",\"gradedOn\":\"2025-12-20\",\"selfAssessment\":\"自评\"}"
					.formatted(branch, p.id(), grade),
				expected);
	}

	String follow(long appraisal, String step, String on, String until, int expected) throws Exception {
		return call(post("/api/v1/party/appraisals/" + appraisal + "/follow-up"), officer,
				"{\"step\":\"%s\",\"on\":\"%s\"%s,\"note\":\"支部谈话\"}".formatted(step, on,
						until == null ? "" : ",\"until\":\"" + until + "\""),
				expected);
	}

	@Test
	void anUnqualifiedMemberIsGivenACorrectionPeriodAndConcludedOnItsDeadline() throws Exception {
		StaffView p = member("评议甲", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		long a = id(grade(p, "UNQUALIFIED", 201));
		grade(p, "QUALIFIED", 422);
		// 限期改正 of at most 12 months: the day 12 months on is allowed, the day after not.
		follow(a, "CORRECTING", "2026-01-10", "2027-01-11", 422);
		follow(a, "CORRECTED", "2026-01-10", null, 422);
		String correcting = follow(a, "CORRECTING", "2026-01-10", "2027-01-10", 200);
		assertThat((String) JsonPath.read(correcting, "$.followUp")).isEqualTo("CORRECTING");
		// The conclusion waits for the deadline: the day before is refused, the day
		// itself
		// allowed.
		String early = follow(a, "CORRECTED", "2027-01-09", null, 422);
		assertThat(early).contains("仍在改正期限内");
		String done = follow(a, "CORRECTED", "2027-01-10", null, 200);
		assertThat((String) JsonPath.read(done, "$.followUp")).isEqualTo("CORRECTED");
		follow(a, "REMOVED", "2027-02-01", null, 422);
		assertThat(jdbc.queryForList("select to_state from party_appraisal_step where appraisal_id = ? order by id",
				String.class, a))
			.containsExactly("DUE", "CORRECTING", "CORRECTED");

		// Persuaded to withdraw, then removed when they do not.
		StaffView q = member("评议乙", county.schoolA(), PoliticalStatus.PROBATIONARY_MEMBER);
		long b = id(grade(q, "UNQUALIFIED", 201));
		follow(b, "CORRECTING", "2026-01-10", "2026-07-10", 200);
		follow(b, "PERSUADED_TO_WITHDRAW", "2026-07-10", null, 200);
		follow(b, "REMOVED", "2026-07-09", null, 422);
		assertThat((String) JsonPath.read(follow(b, "REMOVED", "2026-08-01", null, 200), "$.followUp"))
			.isEqualTo("REMOVED");

		// A qualified member has no follow-up; a person who is not a member is not
		// graded.
		long c = id(grade(member("评议丙", county.schoolA(), PoliticalStatus.PARTY_MEMBER), "QUALIFIED", 201));
		follow(c, "CORRECTING", "2026-01-10", "2026-03-10", 422);
		String notMember = grade(member("群众丁", county.schoolA(), PoliticalStatus.NONE), "QUALIFIED", 422);
		assertThat(notMember).contains("不是中共党员或预备党员");
		// Bad input is refused with a message, never a 500.
		call(post("/api/v1/party/appraisals"), officer, "{\"organisationId\":\"x\"}", 422);
		call(post("/api/v1/party/appraisals"), officer,
				"{\"organisationId\":\"%d\",\"staffId\":\"%d\",\"year\":\"2025\",\"grade\":\"GOOD\",\"gradedOn\":\"2025-12-20\"}"
					.formatted(branch, p.id()),
				422);

		String list = call(
				get("/api/v1/party/appraisals").param("year", "2025").param("organisationId", Long.toString(branch)),
				officer, null, 200);
		assertThat(JsonPath.<List<String>>read(list, "$.content[*].grade")).containsExactlyInAnyOrder("UNQUALIFIED",
				"UNQUALIFIED", "QUALIFIED");
		// The figure book counts the grades, each key with as many records as it counts.
		io.edubureau.reports.FigureQuery book = new io.edubureau.reports.FigureQuery(
				DataScope.unitAndBelow(county.schoolA().id()), 2025, LocalDate.of(2025, 12, 31), null);
		Map<String, java.math.BigDecimal> values = figures.compute(book);
		assertThat(values.get("party.appraisal.byGrade.UNQUALIFIED").intValue()).isGreaterThanOrEqualTo(2)
			.isEqualTo((int) figures.records("party.appraisal.byGrade.UNQUALIFIED", book, 0, 1000).total());
		assertThat(figures.records("party.appraisal.byGrade.UNQUALIFIED", book, 0, 1000).rows())
			.anySatisfy(r -> assertThat(r).contains(p.name()));
		// Another school's officer sees none of it.
		String other = accounts.account("PARTY_OFFICER", county.schoolB());
		call(get("/api/v1/party/appraisals/" + a), other, null, 404);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'party.appraisal' and entity_id = ?",
				Integer.class, Long.toString(a)))
			.isEqualTo(3);
		// The page shows the grades in Chinese.
		String page = mvc
			.perform(get("/party/appraisals").param("year", "2025")
				.with(accounts.as(officer))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("不合格").contains("已改正").contains(p.name());
	}

	String pay(StaffView p, String month, long base, long paid, int expected) throws Exception {
		return call(post("/api/v1/party/dues"), officer,
				"{\"staffId\":\"%d\",\"month\":\"%s\",\"baseFen\":\"%d\",\"paidFen\":\"%d\",\"paidOn\":\"%s-28\"}"
					.formatted(p.id(), month, base, paid, month),
				expected);
	}

	Map<String, Object> arrearsOf(StaffView p, String month) throws Exception {
		String body = call(get("/api/v1/party/dues/arrears").param("month", month).param("size", "200"), officer, null,
				200);
		List<Map<String, Object>> lines = JsonPath.read(body, "$.content[?(@.staffId == " + p.id() + ")]");
		return lines.isEmpty() ? null : lines.get(0);
	}

	@Test
	void duesShortOfTheRuleAreRefusedAndSixUnpaidMonthsInARowReachTheLapse() throws Exception {
		StaffView p = member("党费甲", county.schoolA(), PoliticalStatus.PARTY_MEMBER);
		// 3000 yuan is in the 0.5% bracket: 15 yuan due, 14.99 refused.
		String shortPaid = pay(p, "2026-01", 300_000, 1_499, 422);
		assertThat(shortPaid).contains("少于应交15.00元");
		String paid = pay(p, "2026-01", 300_000, 1_500, 201);
		assertThat(((Number) JsonPath.read(paid, "$.dueFen")).longValue()).isEqualTo(1_500);
		pay(p, "2026-01", 300_000, 1_500, 422);
		pay(p, "2026-13", 300_000, 1_500, 422);

		// January paid; February to July unpaid: six in a row up to July reach the lapse.
		Map<String, Object> july = arrearsOf(p, "2026-07");
		assertThat(july).isNotNull();
		assertThat(july.get("consecutive")).isEqualTo(6);
		assertThat(july.get("lapse")).isEqualTo(true);
		assertThat((List<?>) july.get("reasons")).anySatisfy(r -> assertThat(r.toString()).contains("自行脱党"));
		// Up to June: five in a row, not yet.
		Map<String, Object> june = arrearsOf(p, "2026-06");
		assertThat(june.get("consecutive")).isEqualTo(5);
		assertThat(june.get("lapse")).isEqualTo(false);
		// February paid too: five in a row up to July.
		pay(p, "2026-02", 300_001, 3_000, 201);
		assertThat(arrearsOf(p, "2026-07").get("lapse")).isEqualTo(false);

		// The figure counts the member among the arrears of the year of the school that
		// keeps dues.
		io.edubureau.reports.FigureQuery q = new io.edubureau.reports.FigureQuery(
				DataScope.unitAndBelow(county.schoolA().id()), 2026, LocalDate.of(2026, 12, 31), null);
		assertThat(figures.records("party.duesArrears", q, 0, 100_000).rows())
			.anySatisfy(r -> assertThat(r).contains(p.name()));
		assertThat(figures.compute(q).get("party.duesArrears").longValue())
			.isEqualTo(figures.records("party.duesArrears", q, 0, 100_000).total());

		// The amounts are read with the member permission, and the read is audited.
		String dues = call(get("/api/v1/party/dues/staff/" + p.id()), officer, null, 200);
		assertThat(JsonPath.<List<String>>read(dues, "$[*].month")).containsExactly("2026-02", "2026-01");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'party.dues' and action = 'READ' and entity_id = ?",
				Integer.class, Long.toString(p.id())))
			.isEqualTo(1);
		String other = accounts.account("PARTY_OFFICER", county.schoolB());
		call(get("/api/v1/party/dues/staff/" + p.id()), other, null, 404);
		String page = mvc
			.perform(get("/party/dues").param("month", "2026-07")
				.with(accounts.as(officer))
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(p.name()).contains("连续未交");
	}

}
