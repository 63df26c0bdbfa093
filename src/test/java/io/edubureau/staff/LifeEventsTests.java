package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@EduBureauTest
class LifeEventsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AuditManagement audit;

	County county;

	String schoolA;

	String schoolB;

	String bureau;

	String office;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		// A township office sees school A but not school B.
		office = accounts.account("BUREAU_OFFICER", county.office());
	}

	StaffView person(String name, LocalDate birth, String unitCode) {
		return accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, true), name, unitCode)));
	}

	long request(String user, long staffId, String toUnitCode) throws Exception {
		String body = mvc
			.perform(post("/api/v1/staff/transfers").with(TestAccounts.basic(user))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"staffId": %d, "toUnitCode": "%s", "transferOn": "%s", "reason": "工作需要"}""".formatted(staffId,
						toUnitCode, LocalDate.now())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("REQUESTED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonMapper.builder().build().readTree(body).get("id").asLong();
	}

	@Test
	void requestedApprovedTransferMovesTheRecordAndLeavesATraceAtTheOldSchool() throws Exception {
		String name = "调动" + TestAccounts.uniqueCode();
		StaffView p = person(name, LocalDate.of(1985, 4, 2), county.schoolA().code());
		long id = request(schoolA, p.id(), county.schoolB().code());

		// one open request per person
		mvc.perform(post("/api/v1/staff/transfers").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"staffId": %d, "toUnitCode": "%s", "transferOn": "%s", "reason": "again"}""".formatted(p.id(),
					county.schoolB().code(), LocalDate.now())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("open transfer request")));
		// the school cannot approve; an officer who does not see the target unit gets 404
		mvc.perform(post("/api/v1/staff/transfers/" + id + "/approve").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/staff/transfers/" + id + "/approve").with(TestAccounts.basic(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/transfers").param("size", "200").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
		mvc.perform(get("/api/v1/staff/transfers").param("size", "200").with(TestAccounts.basic(office)))
			.andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
		// the queue is paged: bad page or size values are malformed requests
		mvc.perform(get("/api/v1/staff/transfers").param("size", "0").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/staff/transfers").param("size", "201").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/staff/transfers").param("page", "-1").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());

		mvc.perform(post("/api/v1/staff/transfers/" + id + "/approve").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"同意\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.steps[*].to", org.hamcrest.Matchers.contains("REQUESTED", "APPROVED")));

		StaffView moved = staff.get(DataScope.all(), p.id());
		assertThat(moved.unitId()).isEqualTo(county.schoolB().id());
		assertThat(staff.history(DataScope.all(), p.id())).extracting(StaffEventView::kind)
			.containsExactly(StaffEventKind.HIRE, StaffEventKind.TRANSFER);
		assertThat(audit
			.search(new AuditQuery(bureau, "staff.transferRequest", String.valueOf(id), AuditAction.UPDATE, null, null),
					PageRequest.of(0, 5))
			.getTotalElements()).isEqualTo(1);

		// the new school records a later event; the old school must not see it
		mvc.perform(post("/api/v1/staff/" + p.id() + "/periods").with(TestAccounts.basic(schoolB))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"LONG_LEAVE\", \"from\": \"%s\", \"note\": \"病休\"}".formatted(LocalDate.now())))
			.andExpect(status().isCreated());

		// search at the old school no longer finds them; the file itself is not reachable
		mvc.perform(get("/api/v1/staff").param("name", name).with(TestAccounts.basic(schoolA)))
			.andExpect(jsonPath("$.page.totalElements").value(0));
		mvc.perform(get("/api/v1/staff/" + p.id()).with(TestAccounts.basic(schoolA))).andExpect(status().isNotFound());
		mvc.perform(put("/api/v1/staff/" + p.id()).with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isNotFound());
		mvc.perform(get("/staff/" + p.id() + "/edit").with(accounts.as(schoolA))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/staff/" + p.id() + "/periods").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SECONDMENT\", \"from\": \"%s\"}".formatted(LocalDate.now())))
			.andExpect(status().isNotFound());

		// but the read-only trace is there, up to the transfer
		mvc.perform(get("/api/v1/staff/" + p.id() + "/trace").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.toUnitCode").value(county.schoolB().code()))
			.andExpect(jsonPath("$.history[*].kind", org.hamcrest.Matchers.contains("HIRE", "TRANSFER")));
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"trace-notice\"")))
			.andExpect(content().string(containsString("已于 " + LocalDate.now() + " 调往 " + county.schoolB().name())))
			.andExpect(content().string(not(containsString("长期休假"))))
			.andExpect(content().string(not(containsString("/edit"))));
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Transferred to " + county.schoolB().name())));
		// an unrelated school has no trace
		String other = accounts.account("SCHOOL_ADMIN", accounts.county().schoolA());
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(other))).andExpect(status().isNotFound());

		// the new school has the whole file, history included
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolB)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("长期休假")))
			.andExpect(content().string(containsString("id=\"transfer-panel\"")));
		// the transfers module's panel on that page lists the person's requests
		mvc.perform(get("/staff/" + p.id() + "/transfer-panel").with(accounts.as(schoolB))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("调动申请记录")));
	}

	@Test
	void rejectingNeedsACommentAndTheSchoolMayWithdraw() throws Exception {
		StaffView p = person("驳回" + TestAccounts.uniqueCode(), LocalDate.of(1990, 1, 9), county.schoolA().code());
		long id = request(schoolA, p.id(), county.schoolB().code());
		mvc.perform(post("/api/v1/staff/transfers/" + id + "/reject").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		mvc.perform(post("/api/v1/staff/transfers/" + id + "/reject").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"comment\": \"乙校无空编\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		assertThat(staff.get(DataScope.all(), p.id()).unitId()).isEqualTo(county.schoolA().id());
		// decided requests stay decided
		mvc.perform(post("/api/v1/staff/transfers/" + id + "/approve").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());

		// a new request is possible once the first is closed; the school withdraws it
		long second = request(schoolA, p.id(), county.schoolB().code());
		mvc.perform(get("/staff/transfers/" + second).with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"transfer-decide\"")))
			.andExpect(content().string(not(containsString("id=\"transfer-withdraw\""))));
		mvc.perform(post("/api/v1/staff/transfers/" + second + "/withdraw").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isUnprocessableContent());
		mvc.perform(get("/staff/transfers/" + second).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("id=\"transfer-withdraw\"")))
			.andExpect(content().string(not(containsString("id=\"transfer-decide\""))));
		mvc.perform(post("/staff/transfers/" + second + "/withdraw").with(accounts.as(schoolA)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/staff/transfers/by-id").param("id", String.valueOf(second))
			.with(TestAccounts.basic(schoolA))).andExpect(jsonPath("$.status").value("WITHDRAWN"));
		mvc.perform(get("/staff/transfers/" + id).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("乙校无空编")))
			.andExpect(content().string(containsString("已驳回")));
		// another school sees neither the request nor the person
		mvc.perform(get("/api/v1/staff/transfers/" + id).with(TestAccounts.basic(schoolB)))
			.andExpect(status().isNotFound());
	}

	@Test
	void transferPagesRenderInBothLanguages() throws Exception {
		StaffView p = person("页面" + TestAccounts.uniqueCode(), LocalDate.of(1987, 6, 6), county.schoolA().code());
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/staff/" + p.id() + "/transfer-panel")))
			.andExpect(content().string(containsString("借调或长期休假")));
		mvc.perform(get("/staff/" + p.id() + "/transfer-panel").with(accounts.as(schoolA))
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("提交调动申请")));
		// a school that does not see the person gets no panel
		mvc.perform(get("/staff/" + p.id() + "/transfer-panel").with(accounts.as(schoolB)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/staff/" + p.id() + "/transfer-request").with(accounts.as(schoolA))
			.with(csrf())
			.param("toUnitCode", county.schoolB().code())
			.param("transferOn", LocalDate.now().toString())
			.param("reason", "夫妻团聚")).andExpect(status().is3xxRedirection());
		mvc.perform(
				get("/staff/" + p.id() + "/transfer-panel").with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("id=\"transfer-open\"")))
			.andExpect(content().string(containsString("awaits the bureau")));
		mvc.perform(get("/staff/transfers").with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("夫妻团聚")));
		mvc.perform(get("/staff/transfers").with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Transfer requests awaiting approval")));
		mvc.perform(get("/staff/transfers").with(accounts.as(schoolA))).andExpect(status().isForbidden());
	}

	@Test
	void secondmentAndLongLeaveAreRecordedAndShown() throws Exception {
		StaffView p = person("借调" + TestAccounts.uniqueCode(), LocalDate.of(1982, 3, 3), county.schoolA().code());
		LocalDate from = LocalDate.now();
		mvc.perform(post("/api/v1/staff/" + p.id() + "/periods").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SECONDMENT\", \"from\": \"%s\"}".formatted(from.minusMonths(2))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(post("/api/v1/staff/" + p.id() + "/periods").with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"SECONDMENT\", \"from\": \"%s\", \"until\": \"%s\", \"note\": \"借调县教研室\"}"
				.formatted(from, from.plusMonths(6))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[1].kind").value("SECONDMENT"))
			.andExpect(jsonPath("$[1].endsOn").value(from.plusMonths(6).toString()));
		mvc.perform(post("/staff/" + p.id() + "/periods").with(accounts.as(schoolA))
			.with(csrf())
			.param("kind", "LONG_LEAVE")
			.param("from", LocalDate.now().toString())
			.param("note", "产假")).andExpect(status().is3xxRedirection());
		assertThat(staff.get(DataScope.all(), p.id()).status()).isEqualTo(StaffStatus.ACTIVE);
		assertThat(staff.history(DataScope.all(), p.id())).extracting(StaffEventView::kind)
			.containsExactly(StaffEventKind.HIRE, StaffEventKind.SECONDMENT, StaffEventKind.LONG_LEAVE);
		mvc.perform(post("/api/v1/staff/" + p.id() + "/periods").with(TestAccounts.basic(schoolA))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"HIRE\", \"from\": \"%s\", \"until\": \"%s\"}".formatted(from, from.minusDays(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("until")));
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("借调县教研室")))
			.andExpect(content().string(containsString(from.plusMonths(6).toString())))
			.andExpect(content().string(containsString("产假")));
		mvc.perform(get("/staff/" + p.id()).with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(content().string(containsString("Long leave")))
			.andExpect(content().string(containsString("Seconded")));
	}

	@Test
	void duplicatesAcrossSchoolsAreFoundAndMergedKeepingBothHistories() throws Exception {
		String name = "重复" + TestAccounts.uniqueCode();
		LocalDate birth = LocalDate.of(1979, 11, 30);
		StaffView a = person(name, birth, county.schoolA().code());
		StaffView b = person(name, birth, county.schoolB().code());

		mvc.perform(get("/api/v1/staff/duplicates").param("size", "200").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[?(@.name == '" + name + "')].records[*].id", hasItem((int) b.id())))
			.andExpect(jsonPath("$.page.size").value(200));
		// paged by group: one group per page, bad sizes refused
		mvc.perform(get("/api/v1/staff/duplicates").param("size", "1").with(TestAccounts.basic(bureau)))
			.andExpect(jsonPath("$.content.length()").value(1))
			.andExpect(jsonPath("$.content[0].records.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));
		mvc.perform(get("/api/v1/staff/duplicates").param("size", "201").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/staff/duplicates").param("page", "-1").with(TestAccounts.basic(bureau)))
			.andExpect(status().isBadRequest());
		// the office sees only one of the two: no pair in its scope, and no merge
		mvc.perform(get("/api/v1/staff/duplicates").param("size", "200").with(TestAccounts.basic(office)))
			.andExpect(jsonPath("$.content[*].name", not(hasItem(name))));
		mvc.perform(get("/api/v1/staff/duplicates").with(TestAccounts.basic(schoolA)))
			.andExpect(status().isForbidden());
		String merge = "{\"survivorId\": %d, \"mergedId\": %d, \"note\": \"同一人两次建档\"}".formatted(a.id(), b.id());
		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(office))
			.contentType(MediaType.APPLICATION_JSON)
			.content(merge)).andExpect(status().isNotFound());

		mvc.perform(get("/staff/duplicates").with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("疑似重复人员")))
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/staff/duplicates").with(accounts.as(bureau)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Possible duplicate records")));

		mvc.perform(post("/staff/duplicates/merge").with(accounts.as(bureau))
			.with(csrf())
			.param("survivorId", String.valueOf(a.id()))
			.param("mergedId", String.valueOf(b.id()))
			.param("note", "同一人两次建档")).andExpect(status().is3xxRedirection());

		assertThat(staff.get(DataScope.all(), b.id()).status()).isEqualTo(StaffStatus.MERGED);
		assertThat(staff.get(DataScope.all(), a.id()).status()).isEqualTo(StaffStatus.ACTIVE);
		assertThat(staff.history(DataScope.all(), b.id()))
			.extracting(StaffEventView::kind, StaffEventView::relatedStaffId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StaffEventKind.HIRE, null),
					org.assertj.core.groups.Tuple.tuple(StaffEventKind.MERGE, a.id()));
		assertThat(staff.history(DataScope.all(), a.id()))
			.extracting(StaffEventView::kind, StaffEventView::relatedStaffId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(StaffEventKind.HIRE, null),
					org.assertj.core.groups.Tuple.tuple(StaffEventKind.MERGE, b.id()));
		assertThat(audit
			.search(new AuditQuery(bureau, StaffManagement.ENTITY, String.valueOf(b.id()), AuditAction.ARCHIVE, null,
					null), PageRequest.of(0, 5))
			.getContent()).singleElement()
			.satisfies(e -> assertThat(e.changes()).extracting(c -> c.after()).contains("MERGED"));

		// merging twice is refused, either way round; the pair is no longer listed
		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content(merge)).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivorId\": %d, \"mergedId\": %d}".formatted(b.id(), a.id())))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/staff/duplicates").param("size", "200").with(TestAccounts.basic(bureau)))
			.andExpect(jsonPath("$.content[*].name", not(hasItem(name))));
		mvc.perform(get("/staff/" + b.id()).with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重复记录已合并")))
			.andExpect(content().string(containsString("/staff/" + a.id())));
	}

	@Test
	void onlyTrueDuplicatesWithoutPendingTransfersCanBeMerged() throws Exception {
		LocalDate birth = LocalDate.of(1981, 2, 2);
		StaffView a = person("甲" + TestAccounts.uniqueCode(), birth, county.schoolA().code());
		StaffView b = person("乙" + TestAccounts.uniqueCode(), birth, county.schoolA().code());
		StaffView twin = person(a.name(), birth, county.schoolB().code());
		request(schoolB, twin.id(), county.schoolA().code());
		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivorId\": %d, \"mergedId\": %d}".formatted(a.id(), twin.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("mergedId"));
		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(bureau))
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivorId\": %d, \"mergedId\": %d}".formatted(a.id(), b.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("姓名和出生日期相同")));
		mvc.perform(post("/api/v1/staff/duplicates/merge").with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"survivorId\": %d, \"mergedId\": %d}".formatted(a.id(), a.id())))
			.andExpect(status().isUnprocessableContent());
	}

}
