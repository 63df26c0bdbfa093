package io.edubureau.home;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.selfservice.SelfServiceManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's home page lists the work waiting for it: the queues its permissions work,
 * counted in its data scope only.
 */
@EduBureauTest
class HomeTasksTests {

	static final String COMPLETE = """
			{"ethnicity": "汉族", "nativePlace": "江西南昌", "politicalStatus": "NONE",
			 "workStartDate": "2010-09-01", "phone": "13800000001", "highestEducation": "BACHELOR"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	SelfServiceManagement selfService;

	County county;

	@BeforeEach
	void setUp() {
		county = accounts.county();
	}

	@Test
	void aSchoolSeesOnlyItsOwnChangesToReviewAndNoBureauQueues() throws Exception {
		String teacherB = teacherAt(county.schoolB(), "乙校教师");
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacherB))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE)).andExpect(status().isCreated());
		String schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		String schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());

		String homeA = home(schoolA, "zh-CN");
		assertThat(homeA).contains("所在单位：测试甲小学")
			.contains("待办事项")
			.contains(count("changes", 0))
			.contains(count("registrationToSubmit", 0))
			.contains(count("registrationReturned", 0))
			.contains(count("retirementsDue", 0))
			.contains("暂无待办事项。")
			.doesNotContain("乙校教师")
			.doesNotContain("id=\"task-transfers\"")
			.doesNotContain("id=\"task-retirementProposals\"")
			.doesNotContain("id=\"task-registrationToConfirm\"")
			.doesNotContain("id=\"task-petitionsOverdue\"")
			.doesNotContain("id=\"task-payToLock\"")
			// a school's home counts no bureau or township office
			.doesNotContain("id=\"count-BUREAU\"")
			.doesNotContain("id=\"count-TOWNSHIP_OFFICE\"");
		assertThat(home(schoolB, "en")).contains(count("changes", 1))
			.contains("Changes to your staff&#39;s files to review")
			.contains("href=\"/staff/changes\"")
			.doesNotContain("Nothing is waiting for you.");
		assertThat(home(officer, "en")).contains(count("changes", 1))
			.contains(count("transfers", 0))
			.contains(count("retirementProposals", 0))
			.contains(count("registrationToConfirm", 0))
			.contains(count("registrationOverdue", 0))
			.contains(count("trainingReviews", 0))
			.contains(count("hazardsOverdue", 0))
			.contains(count("petitionsOverdue", 0))
			.doesNotContain("id=\"task-registrationToSubmit\"")
			.doesNotContain("id=\"task-payToLock\"");
	}

	@Test
	void thePetitionOfficerSeesOverduePetitionsWithTheDeadlineTheyMissed() throws Exception {
		String petitions = accounts.account("PETITION_OFFICER", county.bureau());
		// Received long ago and never decided: the acceptance decision is overdue.
		mvc.perform(post("/api/v1/petitions").with(accounts.as(petitions))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitId": %d, "channel": "VISIT", "category": "PAY", "subject": "补贴未发放",
					 "matter": "生活补贴至今未发放。", "petitionerName": "王建国", "groupSize": 1,
					 "receivedOn": "2025-09-16", "transferredOn": null}""".formatted(county.schoolB().id())))
			.andExpect(status().isOk());
		String zh = home(petitions, "zh-CN");
		assertThat(zh).contains(count("petitionsOverdue", 1))
			.contains(count("petitionsApproaching", 0))
			.contains("已超期的信访事项")
			.contains("测试乙中学 · 补贴未发放")
			.contains("受理告知期限 2025-10-09")
			.contains("href=\"/petitions/due\"")
			.doesNotContain("王建国")
			.doesNotContain("id=\"task-changes\"");
		assertThat(home(petitions, "en")).contains("acceptance decision due 2025-10-09")
			.contains("Petitions past their deadline");
		String schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		assertThat(home(schoolA, "en")).doesNotContain("补贴未发放");
	}

	@Test
	void thePayOfficerSeesTheMonthToCompute() throws Exception {
		String pay = accounts.account("PAY_OFFICER", county.bureau());
		assertThat(home(pay, "zh-CN")).contains(count("payToCompute", 1))
			.contains(count("payToLock", 0))
			.contains("本月工资尚未核算")
			.doesNotContain("id=\"task-changes\"")
			.doesNotContain("id=\"task-petitionsOverdue\"");
	}

	@Test
	void aTeacherSeesTheirOwnFileNotQueues() throws Exception {
		String teacher = teacherAt(county.schoolA(), "甲校教师");
		String zh = home(teacher, "zh-CN");
		assertThat(zh).contains("id=\"home-me\"")
			.contains("档案尚缺")
			.contains("本周期（")
			.contains("尚无已确认的资格注册")
			.contains("id=\"me-title\"")
			.doesNotContain("id=\"home-tasks\"")
			.doesNotContain("id=\"task-changes\"");
		mvc.perform(post("/api/v1/me/changes").with(TestAccounts.basic(teacher))
			.contentType(MediaType.APPLICATION_JSON)
			.content(COMPLETE)).andExpect(status().isCreated());
		String schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		long request = selfService.changeQueue(DataScope.unitAndBelow(county.schoolA().id())).get(0).id();
		mvc.perform(post("/api/v1/staff/changes/" + request + "/return").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"电话号码有误\"}")).andExpect(status().isOk());
		assertThat(home(teacher, "en")).contains("Your file is complete.")
			.contains("Your changes were returned to you: 电话号码有误")
			.contains("No confirmed registration yet");
	}

	@Test
	void aRefusedImportWaitsOnTheHomePageOfWhoeverStartedIt() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String other = accounts.account("BUREAU_OFFICER", county.bureau());
		byte[] bad = ("id_number,name,unit_code\n" + "123,无效号码," + county.schoolA().code() + "\n")
			.getBytes(StandardCharsets.UTF_8);
		String job = mvc
			.perform(multipart("/staff/import").file(new MockMultipartFile("file", "坏文件.csv", null, bad))
				.param("dryRun", "false")
				.with(csrf())
				.with(accounts.as(officer))
				.locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		String zh = home(officer, "zh-CN");
		while (!zh.contains("id=\"task-imports\"") && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
			zh = home(officer, "zh-CN");
		}
		assertThat(zh).contains("有错误的导入").contains("坏文件.csv：").contains("href=\"" + job + "\"");
		assertThat(home(other, "zh-CN")).doesNotContain("坏文件.csv");
	}

	private String teacherAt(io.edubureau.org.UnitView unit, String name) {
		StaffView person = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1985, 3, 3), false), name, unit.code())));
		return accounts.account("TEACHER", unit, person.id());
	}

	private String home(String user, String language) throws Exception {
		return mvc.perform(get("/").with(accounts.as(user)).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String count(String key, long n) {
		return "id=\"task-count-" + key + "\">" + n + "<";
	}

}
