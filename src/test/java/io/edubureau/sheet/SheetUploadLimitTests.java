package io.edubureau.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

	@TempDir
	Path dir;

	@Test
	void apiUploadOverTheServletLimitIsA413ProblemDetail() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		Path big = bigFile(61L * 1024 * 1024);
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/units/import"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((officer + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept-Language", "en")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(multipart(big))
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
			.POST(multipart(bigFile(61L * 1024 * 1024)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("id=\"upload-too-large\"").contains("最多可导入 50 MB");
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
		assertThat(m.find()).as(regex).isTrue();
		return m.group(1);
	}

	private Path bigFile(long size) throws IOException {
		Path file = dir.resolve("big.csv");
		byte[] line = "0000000000,a\n".getBytes(StandardCharsets.UTF_8);
		try (OutputStream out = Files.newOutputStream(file)) {
			for (long written = 0; written < size; written += line.length) {
				out.write(line);
			}
		}
		return file;
	}

	private static HttpRequest.BodyPublisher multipart(Path file) throws IOException {
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		return HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
				HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail));
	}

}
