package io.edubureau.selfservice;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class SelfServiceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	SelfServiceManagement selfService;

	County county;

	StaffView person;

	String teacher;

	String schoolAdmin;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1988, 8, 8), true), "自助教师", county.schoolA().code())));
		teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		schoolAdmin = accounts.account("SCHOOL_ADMIN", county.schoolA());
	}

	static final String COMPLETE = """
			{"ethnicity": "汉族", "nativePlace": "江西南昌", "politicalStatus": "NONE",
			 "workStartDate": "2010-09-01", "phone": "%s", "highestEducation": "BACHELOR"}""";

	@Test
	void submitReturnResubmitApprove() throws Exception {
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE.formatted("13800000001")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		long id = selfService.changeQueue(DataScope.unitAndBelow(county.schoolA().id()))
			.stream()
			.filter(r -> r.staffId() == person.id())
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(get("/staff/changes/" + id).with(accounts.as(schoolAdmin)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("江西南昌")))
			.andExpect(content().string(containsString("拟修改为")));
		mvc.perform(post("/api/v1/staff/changes/" + id + "/return").with(TestAccounts.basic(schoolAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"电话号码有误\"}")).andExpect(jsonPath("$.status").value("RETURNED"));
		mvc.perform(get("/me").with(accounts.as(teacher))).andExpect(content().string(containsString("电话号码有误")));
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE.formatted("13800000002")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post("/api/v1/staff/changes/" + id + "/approve").with(TestAccounts.basic(schoolAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(jsonPath("$.status").value("APPROVED"));
		StaffView after = staff.get(DataScope.all(), person.id());
		assertThat(after.phone()).isEqualTo("13800000002");
		assertThat(after.nativePlace()).isEqualTo("江西南昌");
		assertThat(selfService.changeRequest(DataScope.all(), id).steps()).extracting(ChangeStepView::to)
			.containsExactly(ChangeStatus.SUBMITTED, ChangeStatus.RETURNED, ChangeStatus.SUBMITTED,
					ChangeStatus.APPROVED);
	}

	@Test
	void anIncompleteFileCannotBeSubmitted() throws Exception {
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"ethnicity\": \"汉族\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("workStartDate")));
		mvc.perform(post("/me").with(accounts.as(teacher)).with(csrf()).param("ethnicity", "汉族"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"missing\"")));
	}

	@Test
	void returningNeedsACommentAndOnlyReviewersMayDecide() throws Exception {
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE.formatted("13800000003"))).andExpect(status().isCreated());
		long id = selfService.changeQueue(DataScope.all())
			.stream()
			.filter(r -> r.staffId() == person.id())
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(post("/api/v1/staff/changes/" + id + "/return").with(TestAccounts.basic(schoolAdmin))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/staff/changes/" + id + "/approve").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		String otherSchool = accounts.account("SCHOOL_ADMIN", county.schoolB());
		mvc.perform(post("/api/v1/staff/changes/" + id + "/approve").with(TestAccounts.basic(otherSchool))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE.formatted("13800000004"))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void theReviewerReadsChoicesAsLabelsNotCodes() throws Exception {
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"ethnicity": "汉族", "nativePlace": "江西南昌", "politicalStatus": "LEAGUE_MEMBER",
					 "workStartDate": "2010-09-01", "phone": "13800000005", "highestEducation": "MASTER",
					 "graduateSchoolTier": "PROJECT_211"}""")).andExpect(status().isCreated());
		long id = selfService.changeQueue(DataScope.all())
			.stream()
			.filter(r -> r.staffId() == person.id())
			.findFirst()
			.orElseThrow()
			.id();
		mvc.perform(get("/staff/changes/" + id).with(accounts.as(schoolAdmin)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">本科<")))
			.andExpect(content().string(containsString(">硕士研究生<")))
			.andExpect(content().string(containsString(">群众<")))
			.andExpect(content().string(containsString(">共青团员<")))
			.andExpect(content().string(containsString(">211 院校<")))
			.andExpect(content().string(containsString(">江西南昌<")))
			.andExpect(content().string(not(containsString(">MASTER<"))))
			.andExpect(content().string(not(containsString(">LEAGUE_MEMBER<"))));
		mvc.perform(get("/staff/changes/" + id).with(accounts.as(schoolAdmin)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(">Master<")))
			.andExpect(content().string(not(containsString(">PROJECT_211<"))));
	}

	@Test
	void theReviewQueueIsPagedInItsQueryWithinTheScope() throws Exception {
		List<Long> submitted = new java.util.ArrayList<>();
		for (var unit : List.of(county.schoolA(), county.schoolA(), county.schoolB(), county.schoolA())) {
			StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
					TestAccounts.teacher(accounts.idNumber(LocalDate.of(1990, 1, 1), false), "排队教师", unit.code())));
			mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(accounts.account("TEACHER", unit, p.id())))
				.contentType(MediaType.APPLICATION_JSON)
				.content(COMPLETE.formatted("13800000009"))).andExpect(status().isCreated());
			if (unit.id() == county.schoolA().id()) {
				submitted.add(p.id());
			}
		}
		// School A's three, oldest first: page 2 of size 2 holds the third alone.
		mvc.perform(get("/api/v1/staff/changes").param("page", "1")
			.param("size", "2")
			.with(TestAccounts.basic(schoolAdmin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(3))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].staffId").value(submitted.get(2).intValue()));
		assertThat(selfService.changeQueue(DataScope.unitAndBelow(county.schoolA().id()), 0, 2).getContent())
			.extracting(ChangeRequestView::staffId)
			.containsExactly(submitted.get(0), submitted.get(1));
		assertThat(selfService.waitingChanges(DataScope.unitAndBelow(county.bureau().id()))).isEqualTo(4);
		assertThat(selfService.waitingChanges(DataScope.unit(county.schoolB().id()))).isEqualTo(1);
		assertThat(selfService
			.changeQueue(new DataScope(io.edubureau.org.ScopeKind.SELF, county.schoolA().id(), person.id()), 0, 50))
			.isEmpty();
		mvc.perform(get("/api/v1/staff/changes").param("size", "0").with(TestAccounts.basic(schoolAdmin)))
			.andExpect(status().is4xxClientError());
	}

}
