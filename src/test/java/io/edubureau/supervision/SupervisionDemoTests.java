package io.edubureau.supervision;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.edubureau.DemoInstallation;
import io.edubureau.org.DataScope;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo county's year of supervision (seed 004: the balanced-development inspection of
 * 39 schools): 39 balanced-development visits, standardised-running and 双减 visits, and
 * rectification items in every state of the closed loop, overdue ones included; the
 * inspector reads them on the pages (in Chinese, without codes).
 */
@Tag("db")
@ExtendWith(DemoInstallation.Shared.class)
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+")
class SupervisionDemoTests {

	@Test
	void aYearOfSupervisionInTheDemoCounty(DemoInstallation demo) throws Exception {
		SupervisionManagement supervision = demo.app().getBean(SupervisionManagement.class);
		int year = LocalDate.now().getYear();
		List<VisitView> visits = new java.util.ArrayList<>(supervision.visits(DataScope.all(), year, null));
		visits.addAll(supervision.visits(DataScope.all(), year - 1, null));
		Map<SupervisionProgramme, Long> byProgramme = visits.stream()
			.collect(Collectors.groupingBy(VisitView::programme, Collectors.counting()));
		assertThat(byProgramme.get(SupervisionProgramme.BALANCED_DEVELOPMENT)).isEqualTo(39);
		assertThat(byProgramme.get(SupervisionProgramme.STANDARD_RUNNING)).isPositive();
		assertThat(byProgramme.get(SupervisionProgramme.DOUBLE_REDUCTION)).isPositive();
		assertThat(visits).allMatch(v -> v.scores().size() == v.programme().indicators().size());
		List<ItemView> items = supervision.items(DataScope.all(), null, false);
		assertThat(items.stream().map(ItemView::status).distinct())
			.containsExactlyInAnyOrder(RectificationStatus.values());
		assertThat(items).anyMatch(ItemView::overdue);

		MockHttpSession session = (MockHttpSession) demo.mvc()
			.perform(post("/login").param("username", "inspector")
				.param("password", DemoInstallation.PASSWORD)
				.with(csrf()))
			.andReturn()
			.getRequest()
			.getSession(false);
		String page = demo.mvc()
			.perform(get("/supervision").session(session).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// Codes only as the values of the programme choices, never as text.
		assertThat(page).contains("义务教育优质均衡").doesNotContain(">BALANCED_DEVELOPMENT", ">DOUBLE_REDUCTION");
		String report = demo.mvc()
			.perform(get(
					"/supervision/schools/" + visits.get(0).unitId() + "?year=" + visits.get(0).visitedOn().getYear())
				.session(session)
				.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("督导报告")
			.doesNotContain(">STANDARD_RUNNING", ">DOUBLE_REDUCTION", "OPEN<", "CLOSED<");
	}

}
