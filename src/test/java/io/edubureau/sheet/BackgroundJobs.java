package io.edubureau.sheet;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Test support: follows a background job the API accepted (202) or a page started. */
public final class BackgroundJobs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BackgroundJobs() {
	}

	/**
	 * Asserts the answer was 202 with the job in Location, then polls the job until it
	 * has finished; returns the finished job.
	 */
	public static JsonNode await(MockMvc mvc, MvcResult accepted, RequestPostProcessor user) throws Exception {
		assertThat(accepted.getResponse().getStatus())
			.as(accepted.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(202);
		String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).isNotNull();
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			JsonNode job = JSON.readTree(mvc.perform(get(location).with(user))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			String state = job.get("state").asString();
			if ("DONE".equals(state) || "FAILED".equals(state)) {
				return job;
			}
			assertThat(Instant.now()).as("job " + location + " still " + state).isBefore(until);
			Thread.sleep(100);
		}
	}

	/** {@link #await} and asserts the job ended DONE. */
	public static JsonNode awaitDone(MockMvc mvc, MvcResult accepted, RequestPostProcessor user) throws Exception {
		JsonNode job = await(mvc, accepted, user);
		assertThat(job.get("state").asString()).as(job.toString()).isEqualTo("DONE");
		return job;
	}

	/**
	 * Polls a job's page (the redirect after starting it) until it shows the result;
	 * returns that page.
	 */
	public static String awaitPage(MockMvc mvc, String jobPage, RequestPostProcessor user, java.util.Locale locale)
			throws Exception {
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (true) {
			MvcResult page = mvc.perform(get(jobPage).with(user).locale(locale)).andReturn();
			assertThat(page.getResponse().getStatus()).isEqualTo(200);
			String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			if (html.contains("id=\"action-result\"")) {
				return html;
			}
			assertThat(Instant.now()).as("job page " + jobPage).isBefore(until);
			Thread.sleep(100);
		}
	}

}
