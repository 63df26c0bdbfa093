package io.edubureau.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Exchange plans are paged in the query with the scope (a plan concerns the units above
 * and below its owner), and a person appears once in a plan: a second posting is refused
 * by the method, the API (zh and en) and the import, and nothing is added.
 */
@EduBureauTest
class ExchangePlanPagingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	ExchangeManagement exchange;

	StaffView veteran(County county, String name) {
		return accounts.asSystem(() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name,
				county.schoolA().code(), LocalDate.of(1985, 3, 1), LocalDate.now().minusYears(8))));
	}

	Views.PlanView plan(County county, int year) {
		return accounts.asSystem(() -> exchange.savePlan(DataScope.unitAndBelow(county.bureau().id()), year,
				new Forms.ProposeForm(List.of(new Need(county.schoolB().id(), null, null, 1)), null, null)));
	}

	@Test
	void plansArePagedInTheQueryWithTheScope() throws Exception {
		County county = accounts.county();
		County other = accounts.county();
		List<Long> ours = new ArrayList<>();
		for (int year : new int[] { 2041, 2042, 2043 }) {
			ours.add(plan(county, year).id());
		}
		long theirs = plan(other, 2041).id();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		DataScope schoolA = DataScope.unit(county.schoolA().id());

		// The page equals the whole list sliced, and both hold the county's plans only;
		// a school sees the plans its bureau made.
		for (DataScope scope : List.of(bureau, schoolA)) {
			List<Long> all = accounts.asSystem(() -> exchange.plans(scope)).stream().map(Views.PlanView::id).toList();
			assertThat(all).containsAll(ours).doesNotContain(theirs);
			var second = accounts.asSystem(() -> exchange.plans(scope, 1, 2));
			assertThat(second.getTotalElements()).isEqualTo(all.size());
			assertThat(second.getContent()).extracting(Views.PlanView::id)
				.containsExactlyElementsOf(all.subList(2, Math.min(4, all.size())));
		}
		// Latest year first: 2043, 2042 on page 1 and 2041 on page 2 among our plans.
		List<Long> all = accounts.asSystem(() -> exchange.plans(bureau)).stream().map(Views.PlanView::id).toList();
		assertThat(all.indexOf(ours.get(2))).isLessThan(all.indexOf(ours.get(1)));
		assertThat(all.indexOf(ours.get(1))).isLessThan(all.indexOf(ours.get(0)));
		assertThat(accounts.asSystem(() -> exchange.plans(DataScope.unit(other.schoolA().id()))))
			.extracting(Views.PlanView::id)
			.doesNotContainAnyElementsOf(ours);

		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/api/v1/exchange/plans").param("page", "0").param("size", "2").with(accounts.as(officer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(all.size()))
			.andExpect(jsonPath("$.content.length()").value(2));
		mvc.perform(get("/api/v1/exchange/plans").param("size", "201").with(accounts.as(officer)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPersonAppearsOnceInAPlanThroughTheMethodTheApiAndTheImport() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		int year = 2044;
		List<StaffView> people = List.of(veteran(county, "一次甲"), veteran(county, "一次乙"), veteran(county, "一次丙"));
		Views.PlanView plan = plan(county, year);
		Set<Long> proposed = plan.postings().stream().map(p -> p.staffId()).collect(Collectors.toSet());
		StaffView person = people.stream().filter(p -> !proposed.contains(p.id())).findFirst().orElseThrow();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		String body = "{\"staffId\": %d, \"toUnitId\": %d, \"kind\": \"EXCHANGE\", \"months\": 12}"
			.formatted(person.id(), county.schoolB().id());

		mvc.perform(post("/api/v1/exchange/plan-records/{id}/postings", plan.id()).with(accounts.as(officer))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
		int before = accounts.asSystem(() -> exchange.planView(bureau, plan.id())).postings().size();

		mvc.perform(post("/api/v1/exchange/plan-records/{id}/postings", plan.id()).with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("staffId"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("已在本计划中")));
		mvc.perform(post("/api/v1/exchange/plan-records/{id}/postings", plan.id()).with(accounts.as(officer))
			.with(csrf())
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("already in this plan")));
		assertThatThrownBy(() -> accounts.asSystem(() -> exchange.addPosting(bureau, plan.id(),
				new Forms.PostingForm(person.id(), county.schoolB().id(), ExchangeKind.SUPPORT_TEACHING, 6))))
			.isInstanceOf(Rejection.class);

		// The import names the row; nothing of the file is added.
		StaffView fresh = people.stream()
			.filter(p -> p.id() != person.id() && !proposed.contains(p.id()))
			.findFirst()
			.orElse(null);
		List<List<Object>> rows = new ArrayList<>();
		rows.add(ExchangeImportTests.HEADER);
		if (fresh != null) {
			rows.add(List.of(year, fresh.idNumber(), county.schoolB().code(), "交流", LocalDate.of(year, 9, 1),
					LocalDate.of(year + 1, 8, 31)));
		}
		rows.add(List.of(year, person.idNumber(), county.schoolB().code(), "支教", LocalDate.of(year, 9, 1),
				LocalDate.of(year + 1, 8, 31)));
		int row = rows.size();
		mvc.perform(multipart("/api/v1/exchange/postings/import")
			.file(new MockMultipartFile("file", "交流.xlsx", "application/octet-stream", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == " + row + ")].column", hasItem("id_number")))
			.andExpect(jsonPath("$.errors[?(@.row == " + row + ")].message", hasItem(containsString("已在本计划中"))));
		assertThat(accounts.asSystem(() -> exchange.planView(bureau, plan.id())).postings()).hasSize(before);
	}

}
