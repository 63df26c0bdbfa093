package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The overdue development pipelines are chosen in the query: the rule's due day
 * ({@code start.plusMonths(n)}, past once today is after it) becomes a bound on the start
 * day that answers the same for every start and every today, month ends included; the
 * list holds exactly the pipelines the rule calls overdue (the boundary day is not), page
 * 2 is the list sliced and a school's scope sees its own.
 */
@EduBureauTest
class PartyOverdueQueryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PartyManagement party;

	@Autowired
	JsonMapper json;

	@Test
	void theBoundEqualsTheRulesDueDayForEveryStartAndToday() {
		for (long months : new long[] { 0, 1, 3, 6, 12 }) {
			for (LocalDate today = LocalDate.of(2023, 12, 1); today
				.isBefore(LocalDate.of(2025, 3, 15)); today = today.plusDays(1)) {
				LocalDate bound = PartyManagement.lastOverdueStart(today, months);
				for (LocalDate start = today.minusMonths(months).minusDays(5); start
					.isBefore(today.minusMonths(months).plusDays(5)); start = start.plusDays(1)) {
					boolean rule = today.isAfter(start.plusMonths(months));
					assertThat(!start.isAfter(bound)).as("%s + %d months, today %s", start, months, today)
						.isEqualTo(rule);
				}
			}
		}
	}

	long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return json.readTree(result.andReturn().getResponse().getContentAsString()).get("id").asLong();
	}

	long apply(RequestPostProcessor officer, long branch, String name, LocalDate appliedOn) throws Exception {
		return id(mvc
			.perform(post("/api/v1/party/development").with(officer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"organisationId": "%d", "personName": "%s", "birthDate": "1995-04-02", "appliedOn": "%s"}"""
					.formatted(branch, name, appliedOn)))
			.andExpect(status().isCreated()));
	}

	long branch(RequestPostProcessor officer, long unitId, String name) throws Exception {
		return id(mvc
			.perform(post("/api/v1/party/organisations").with(officer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name": "%s", "kind": "BRANCH", "unitId": "%d", "termEnd": "2030-06-30"}""".formatted(name,
						unitId)))
			.andExpect(status().isCreated()));
	}

	@Test
	void theListHoldsWhatTheRuleCallsOverduePagedAndScoped() throws Exception {
		County county = accounts.county();
		RequestPostProcessor officer = accounts.as(accounts.account("PARTY_OFFICER", county.bureau()));
		long branchA = branch(officer, county.schoolA().id(), "逾期测试甲支部");
		long branchB = branch(officer, county.schoolB().id(), "逾期测试乙支部");
		LocalDate today = party.today();
		int talkMonths = party.params(today).talkMonths();
		// The boundary: due today is not yet overdue (超过), due yesterday is.
		LocalDate dueToday = today.minusMonths(talkMonths);
		LocalDate dueYesterday = today.minusDays(1).minusMonths(talkMonths);
		List<Long> created = new ArrayList<>();
		created.add(apply(officer, branchA, "到期当天", dueToday));
		created.add(apply(officer, branchA, "昨日到期", dueYesterday));
		created.add(apply(officer, branchA, "早已逾期", today.minusMonths(talkMonths + 2L)));
		created.add(apply(officer, branchB, "乙校逾期", today.minusMonths(talkMonths + 3L)));
		created.add(apply(officer, branchA, "新近申请", today));

		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		List<Long> expected = new ArrayList<>();
		for (long id : created) {
			if (party.development(bureau, id).overdue()) {
				expected.add(id);
			}
		}
		List<Long> listed = party.overdue(bureau).stream().map(DevelopmentView::id).toList();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(listed).contains(created.get(1), created.get(2), created.get(3)).doesNotContain(created.get(4));
		if (!dueToday.plusMonths(talkMonths).isBefore(today)) {
			assertThat(listed).doesNotContain(created.get(0));
		}

		Page<DevelopmentView> second = party.overdue(bureau, 1, 2);
		assertThat(second.getTotalElements()).isEqualTo(listed.size());
		assertThat(second.getContent()).extracting(DevelopmentView::id)
			.containsExactlyElementsOf(listed.subList(2, Math.min(4, listed.size())));
		assertThat(party.overdue(DataScope.unit(county.schoolA().id()), 0, 50).getContent())
			.extracting(DevelopmentView::id)
			.doesNotContain(created.get(3))
			.contains(created.get(1), created.get(2));

		mvc.perform(get("/api/v1/party/development/overdue").param("size", "2").with(officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.totalElements").value(listed.size()))
			.andExpect(jsonPath("$.content.length()").value(2));
	}

}
