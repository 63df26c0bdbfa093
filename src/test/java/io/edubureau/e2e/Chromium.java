package io.edubureau.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Opens browser sessions on the running application for one test: each in a fresh
 * Chromium with an empty profile, in the language given, its screenshots under
 * {@code target/e2e/<test class>/<test method>/}.
 */
public final class Chromium {

	/** The Debian package's browser; Playwright never downloads one of its own here. */
	static final Path EXECUTABLE = Path.of(System.getProperty("edubureau.e2e.chromium", "/usr/bin/chromium"));

	static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private final Playwright playwright;

	private final String baseUrl;

	private final Path screenshots;

	private final List<BrowserSession> sessions = new ArrayList<>();

	private Chromium(Playwright playwright, String baseUrl, Path screenshots) {
		this.playwright = playwright;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
	}

	/**
	 * A new browser whose language (Accept-Language, navigator.language) is the locale's.
	 */
	public BrowserSession open(Locale locale) {
		try {
			Path profile = Files.createTempDirectory("edubureau-chromium-");
			BrowserContext context = playwright.chromium()
				.launchPersistentContext(profile,
						new BrowserType.LaunchPersistentContextOptions().setExecutablePath(EXECUTABLE)
							.setHeadless(true)
							.setArgs(ARGS)
							.setLocale(locale.toLanguageTag())
							.setTimezoneId("Asia/Shanghai")
							.setViewportSize(1280, 860));
			// Six engineers share two cores: the first dashboard after sign-in may take
			// more than 15 s.
			context.setDefaultTimeout(30_000);
			Path dir = screenshots.resolve(String.valueOf(sessions.size() + 1));
			BrowserSession session = new BrowserSession(context, profile, baseUrl,
					sessions.isEmpty() ? screenshots : dir);
			sessions.add(session);
			return session;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void finish(boolean failed) {
		for (BrowserSession session : sessions) {
			if (failed) {
				session.screenshotQuietly("failure");
			}
			session.close();
		}
		sessions.clear();
	}

	/**
	 * Skips browser tests without Chromium, hands each test its {@link Chromium}, and
	 * closes the sessions after it (with a screenshot when it failed).
	 */
	static class Extension implements ExecutionCondition, ParameterResolver, AfterEachCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(EXECUTABLE)) {
				return ConditionEvaluationResult.enabled("Chromium found at " + EXECUTABLE);
			}
			return ConditionEvaluationResult.disabled("Browser tests skipped: no Chromium at " + EXECUTABLE
					+ " (install it with: apt-get install -y chromium fonts-noto-cjk)");
		}

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Chromium.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			// One Playwright driver for the whole run; the store closes it at the end.
			Playwright playwright = context.getRoot()
				.getStore(NAMESPACE)
				.computeIfAbsent("playwright",
						key -> Playwright.create(
								new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))),
						Playwright.class);
			String port = SpringExtension.getApplicationContext(context)
				.getEnvironment()
				.getRequiredProperty("local.server.port");
			Path screenshots = Path.of("target", "e2e", context.getRequiredTestClass().getSimpleName(),
					context.getRequiredTestMethod().getName());
			Chromium chromium = new Chromium(playwright, "http://localhost:" + port, screenshots);
			context.getStore(NAMESPACE).put("chromium", chromium);
			return chromium;
		}

		@Override
		public void afterEach(ExtensionContext context) {
			Chromium chromium = context.getStore(NAMESPACE).remove("chromium", Chromium.class);
			if (chromium != null) {
				chromium.finish(context.getExecutionException().isPresent());
			}
		}

	}

}
