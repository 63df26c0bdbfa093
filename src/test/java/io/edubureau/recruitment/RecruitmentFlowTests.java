package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.establishment.EstablishmentManagement;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A round from plan to hire through the API: the plan refused beyond the vacancies and
 * accepted at them, approval with its document, publication, applications (invalid and
 * duplicate identity numbers refused, an applicant over the age limit recorded as not
 * eligible), scores, the ranking with a tie broken by the written score, selection 1:1, a
 * fallback, the public notice, the hire refused during the notice and done after it, the
 * staff record created with hire date, channel and post, and the audit entries.
 */
@EduBureauTest
class RecruitmentFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	EstablishmentManagement establishment;

	@Autowired
	StaffManagement staff;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor officer;

	int year = LocalDate.now().getYear();

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		accounts.asSystem(() -> {
			establishment.approve(bureau, county.schoolA().id(), Map.of(PostCategory.PROFESSIONAL, 3));
			return staff.create(bureau, TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 3, 4), true), "在编甲",
					county.schoolA().code()));
		});
	}

	private ResultActions postJson(String path, String body) throws Exception {
		return mvc.perform(post(path).with(officer)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "zh-CN")
			.content(body));
	}

	private long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private long apply(String base, long position, String idNumber, String name) throws Exception {
		return id(postJson(base + "/applications",
				"{\"positionId\":" + position + ",\"idNumber\":\"" + idNumber + "\",\"name\":\"" + name
						+ "\",\"education\":\"BACHELOR\",\"hasCertificate\":true,\"firstJob\":true}")
			.andExpect(status().isCreated()));
	}

	@Test
	void aRoundFromPlanToHire() throws Exception {
		long round = id(postJson("/api/v1/recruitment/rounds",
				"{\"year\":" + year + ",\"title\":\"测试县公开招聘教师\",\"writtenWeight\":40,\"interviewWeight\":60}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")));
		String base = "/api/v1/recruitment/rounds/" + round;
		String position = "{\"unitId\":" + county.schoolA().id()
				+ ",\"postCategory\":\"PROFESSIONAL\",\"stage\":\"PRIMARY\",\"subject\":\"语文\",\"channel\":\"OPEN_RECRUITMENT\","
				+ "\"minEducation\":\"BACHELOR\",\"certificateRequired\":true,\"maxAge\":35,\"headcount\":";
		// 3 approved, 1 in establishment: 2 vacancies; 3 planned exceed them.
		postJson(base + "/positions", position + "3}").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("headcount"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("超过空编2人")));
		long pos = id(postJson(base + "/positions", position + "2}").andExpect(status().isCreated()));
		mvc.perform(get(base + "/plan").with(officer))
			.andExpect(jsonPath("$.fits").value(true))
			.andExpect(jsonPath("$.reasons[0]").value(containsString("RECRUITMENT_PLAN")));
		mvc.perform(post(base + "/publish").with(officer)).andExpect(status().isUnprocessableContent());
		postJson(base + "/approve", "{\"document\":\"测编办〔" + year + "〕3号\",\"approvedOn\":\"" + LocalDate.now() + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		mvc.perform(post(base + "/publish").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));

		LocalDate young = LocalDate.now().minusYears(25);
		String idA = accounts.idNumber(young, false);
		long a = apply(base, pos, idA, "考生甲");
		long b = apply(base, pos, accounts.idNumber(young, true), "考生乙");
		long c = apply(base, pos, accounts.idNumber(young, true), "考生丙");
		long d = apply(base, pos, accounts.idNumber(young, false), "考生丁");
		// Invalid check character, duplicate, over 35 on the announcement day.
		String bad = idA.substring(0, 17) + (idA.charAt(17) == '1' ? '2' : '1');
		postJson(base + "/applications",
				"{\"positionId\":" + pos + ",\"idNumber\":\"" + bad + "\",\"name\":\"错号\",\"education\":\"BACHELOR\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"));
		postJson(base + "/applications",
				"{\"positionId\":" + pos + ",\"idNumber\":\"" + idA + "\",\"name\":\"考生甲\",\"education\":\"BACHELOR\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("限报一个岗位")));
		String old = accounts.idNumber(LocalDate.now().minusYears(36), false);
		postJson(base + "/applications",
				"{\"positionId\":" + pos + ",\"idNumber\":\"" + old
						+ "\",\"name\":\"超龄\",\"education\":\"BACHELOR\",\"hasCertificate\":true}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INELIGIBLE"))
			.andExpect(jsonPath("$.reasons[2]").value(containsString("超过35周岁")));

		// A line out of range refuses the whole batch.
		postJson(base + "/scores/entries",
				"[{\"applicationId\":" + a + ",\"written\":80,\"interview\":70},{\"applicationId\":" + b
						+ ",\"written\":101,\"interview\":70}]")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("scores[1]"));
		mvc.perform(get(base + "/ranking").param("position", Long.toString(pos)).with(officer))
			.andExpect(jsonPath("$.length()").value(0));
		postJson(base + "/scores/entries",
				"[{\"applicationId\":" + a + ",\"written\":80,\"interview\":70},{\"applicationId\":" + b
						+ ",\"written\":70,\"interview\":76.67},{\"applicationId\":" + c
						+ ",\"written\":90,\"interview\":60},{\"applicationId\":" + d
						+ ",\"written\":60,\"interview\":60}]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scored").value(4));
		// A 74.00 and B 74.00: A ahead by the written score; C 72.00, D 60.00.
		mvc.perform(get(base + "/ranking").param("position", Long.toString(pos)).with(officer))
			.andExpect(jsonPath("$[0].applicationId").value(a))
			.andExpect(jsonPath("$[0].total").value(74.00))
			.andExpect(jsonPath("$[0].rank").value(1))
			.andExpect(jsonPath("$[1].applicationId").value(b))
			.andExpect(jsonPath("$[1].rank").value(2))
			.andExpect(jsonPath("$[2].applicationId").value(c))
			.andExpect(jsonPath("$[3].total").value(60.00));

		mvc.perform(post(base + "/positions/" + pos + "/select").with(officer))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].applicationId").value(a))
			.andExpect(jsonPath("$[1].applicationId").value(b));
		// B gives up: C follows in rank order.
		postJson(base + "/applications/" + b + "/drop", "{\"reason\":\"体检不合格\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$[0].applicationId").value(c));
		mvc.perform(post(base + "/positions/" + pos + "/select").with(officer))
			.andExpect(jsonPath("$.length()").value(0));

		LocalDate today = LocalDate.now();
		postJson(base + "/applications/" + a + "/publicity", "{\"from\":\"" + today + "\"}")
			.andExpect(jsonPath("$.status").value("PUBLICIZED"));
		postJson(base + "/applications/" + a + "/hire", "{\"hiredOn\":\"" + today + "\",\"contractYears\":3}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("hiredOn"));
		postJson(base + "/applications/" + c + "/publicity", "{\"from\":\"" + today.minusDays(30) + "\"}")
			.andExpect(status().isOk());
		// Today is the latest hire date: the staff record begins on it; tomorrow is
		// refused once, by recruitment.
		postJson(base + "/applications/" + c + "/hire",
				"{\"hiredOn\":\"" + today.plusDays(1) + "\",\"contractYears\":3}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("hiredOn"));
		String hired = postJson(base + "/applications/" + c + "/hire",
				"{\"hiredOn\":\"" + today + "\",\"contractYears\":3}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HIRED"))
			.andExpect(jsonPath("$.probationEnd").value(today.plusMonths(12).minusDays(1).toString()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long staffId = ((Number) JsonPath.read(hired, "$.staffId")).longValue();
		StaffView person = accounts.asSystem(() -> staff.get(DataScope.unitAndBelow(county.bureau().id()), staffId));
		assertThat(person.name()).isEqualTo("考生丙");
		assertThat(person.unitId()).isEqualTo(county.schoolA().id());
		assertThat(person.hireDate()).isEqualTo(today);
		assertThat(person.hireChannel()).isEqualTo(HireChannel.OPEN_RECRUITMENT);
		assertThat(person.postCategory()).isEqualTo(PostCategory.PROFESSIONAL);
		assertThat(person.subject()).isEqualTo("语文");

		mvc.perform(get(base + "/applications/" + c).with(officer))
			.andExpect(jsonPath("$.history.length()").value(4))
			.andExpect(jsonPath("$.history[1].note").value(containsString("考生乙")));
		List<?> entries = audit
			.search(new AuditQuery(null, "recruitment.application", Long.toString(c), null, null, null),
					PageRequest.of(0, 20))
			.getContent();
		assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
		assertThat(staff
			.search(DataScope.unitAndBelow(county.bureau().id()),
					new StaffFilter(null, idA, null, null, null, null, null, null, null, null), PageRequest.of(0, 1))
			.getContent()).isEmpty();
	}

}
