package io.edubureau.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/**
 * One browser with one tab on the application, and the steps every flow needs. The
 * {@link Chromium} extension closes it after the test, with a screenshot if it failed.
 */
public final class BrowserSession {

	private final BrowserContext context;

	private final Path profile;

	private final String baseUrl;

	private final Path screenshots;

	private final Page page;

	private int step;

	private boolean closed;

	BrowserSession(BrowserContext context, Path profile, String baseUrl, Path screenshots) {
		this.context = context;
		this.profile = profile;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
		this.page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
	}

	public Page page() {
		return page;
	}

	public Locator find(String selector) {
		return page.locator(selector);
	}

	/** Goes to a path of the application, e.g. {@code "/"} or {@code "/login"}. */
	public BrowserSession go(String path) {
		page.navigate(baseUrl + path);
		return this;
	}

	/**
	 * Goes to a path and answers the page's HTTP status, for flows that expect an error
	 * page.
	 */
	public int status(String path) {
		return page.navigate(baseUrl + path).status();
	}

	/** The path and query the browser shows now. */
	public String location() {
		return page.url().substring(baseUrl.length());
	}

	/** The path the browser shows now, without the query. */
	public String path() {
		String location = location();
		int query = location.indexOf('?');
		return query < 0 ? location : location.substring(0, query);
	}

	/** Fills the sign-in form and submits it, starting from the sign-in page. */
	public BrowserSession signIn(String username, String password) {
		go("/login");
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForLoadState();
		return this;
	}

	/** Clicks "sign out" in the header. */
	public BrowserSession signOut() {
		page.locator("form[action$='/logout'] button[type=submit]").click();
		page.waitForLoadState();
		return this;
	}

	/** Saves the whole page as {@code NN-name.png} in this test's screenshot folder. */
	public Path screenshot(String name) {
		step++;
		Path file = screenshots.resolve(String.format("%02d-%s.png", step, name));
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	void screenshotQuietly(String name) {
		try {
			screenshot(name);
		}
		catch (PlaywrightException ex) {
			// The page may be gone with the failure; the test's own error says more.
		}
	}

	void close() {
		if (closed) {
			return;
		}
		closed = true;
		context.close();
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
