package io.edubureau.sheet;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the servlet container's multipart limit (60 MB), sent over a real
 * connection: the container refuses it before any controller runs, and the caller still
 * gets a clear answer.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SheetUploadLimitTests {

	static final String BOUNDARY = "----edubureau-test-boundary";

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void apiUploadOverTheServletLimitIsA413ProblemDetail() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units/import"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((officer + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(multipart(61L * 1024 * 1024))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("at most 50 MB").doesNotContain("Exception");
	}

	@Test
	void pageUploadOverTheServletLimitShowsAMessage() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String token = find(login, "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + officer + "&password="
					+ URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String form = client
			.send(HttpRequest.newBuilder(URI.create(base + "/org/units/import"))
				.header("Accept-Language", "zh-CN")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		String action = find(form, "id=\"import-form\"[^>]*action=\"([^\"]+)\"").replace("&amp;", "&");
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + action))
			.header("Accept-Language", "zh-CN")
			.header("Accept", "text/html")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(multipart(61L * 1024 * 1024))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("id=\"upload-too-large\"").contains("最多可导入 50 MB");
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	/**
	 * A multipart body with a CSV part of {@code size} bytes, generated while it is sent
	 * (with its length declared, as a browser sends it) rather than written to disk
	 * first.
	 */
	private static HttpRequest.BodyPublisher multipart(long size) {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		HttpRequest.BodyPublisher csv = HttpRequest.BodyPublishers
			.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new CsvLines(size)), size);
		return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head), csv,
				HttpRequest.BodyPublishers.ofString(tail));
	}

	/**
	 * {@code 0000000000,a} lines up to exactly {@code size} bytes, served a block at a
	 * time.
	 */
	private static final class CsvLines extends InputStream {

		private static final byte[] BLOCK = "0000000000,a\n".repeat(5041).getBytes(StandardCharsets.US_ASCII);

		private final long size;

		private long sent;

		CsvLines(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : one[0];
		}

		@Override
		public int read(byte[] into, int offset, int length) {
			if (this.sent == this.size) {
				return -1;
			}
			int position = (int) (this.sent % BLOCK.length);
			int n = (int) Math.min(Math.min(length, BLOCK.length - position), this.size - this.sent);
			System.arraycopy(BLOCK, position, into, offset, n);
			this.sent += n;
			return n;
		}

	}

}
