package io.edubureau.platform;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Until the application is ready (the demo county loaded) a page answers "still loading"
 * in the user's language and the API a 503 problem with Retry-After; afterwards both
 * pass.
 */
class StartupGateTests {

	private static StartupGate gate(Locale locale) {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames("classpath:messages/platform");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new StartupGate(messages, new FixedLocaleResolver(locale), new StandardEnvironment());
	}

	private static MockHttpServletResponse get(StartupGate gate, String path, MockFilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, chain);
		return response;
	}

	@Test
	void whileLoadingAPageSaysSoInChineseAndRefreshesItself() throws Exception {
		StartupGate gate = gate(Locale.SIMPLIFIED_CHINESE);
		MockFilterChain chain = new MockFilterChain();
		MockHttpServletResponse page = get(gate, "/staff", chain);
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("5");
		assertThat(page.getContentAsString()).contains("正在启动", "系统正在加载数据", "http-equiv=\"refresh\"")
			.doesNotContain("loading");
		assertThat(chain.getRequest()).as("the application is not reached").isNull();
	}

	@Test
	void whileLoadingTheApiAnswersAProblemInEnglishForAnEnglishClient() throws Exception {
		MockHttpServletResponse api = get(gate(Locale.ENGLISH), "/api/v1/units", new MockFilterChain());
		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("\"status\":503", "still loading",
				"\"instance\":\"/api/v1/units\"");
	}

	@Test
	void healthProbesPassWhileLoadingAndEverythingPassesOnceReady() throws Exception {
		StartupGate gate = gate(Locale.SIMPLIFIED_CHINESE);
		MockFilterChain health = new MockFilterChain();
		assertThat(get(gate, "/actuator/health", health).getStatus()).isEqualTo(200);
		assertThat(health.getRequest()).isNotNull();

		gate.open();
		MockFilterChain page = new MockFilterChain();
		assertThat(get(gate, "/staff", page).getStatus()).isEqualTo(200);
		assertThat(page.getRequest()).as("the application is reached once ready").isNotNull();
	}

}
