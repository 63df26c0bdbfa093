package io.edubureau.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.edubureau.apiclient.ApiClient;
import io.edubureau.apiclient.api.ReportsAnnualSummaryApi;
import io.edubureau.apiclient.api.StaffApi;
import io.edubureau.apiclient.api.UnitsApi;
import io.edubureau.apiclient.model.ImportAnswer;
import io.edubureau.apiclient.model.PagedModelStaffView;
import io.edubureau.apiclient.model.Problem;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClientResponseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client generated from docs/openapi.json (openapi-generator, see pom.xml)
 * driving the running application over HTTP, as an outside system would: a personal
 * token, a staff search, a units import with one bad row, the annual summary as PDF.
 */
@Tag("db")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	SecurityManagement security;

	@Autowired
	UserAccountRepository users;

	@Autowired
	StaffManagement staff;

	@Test
	void anOutsideSystemWorksThroughTheGeneratedClient() throws IOException {
		County county = accounts.county();
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		long officerId = users.findByUsername(officer).orElseThrow().getId();
		String token = accounts.asSystem(() -> security.issueToken(officerId, "province platform", 30)).secret();
		String name = "客户端" + TestAccounts.uniqueCode().substring(6);
		accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1984, 3, 9), true), name, county.schoolA().code())));

		ApiClient client = new ApiClient().setBasePath("http://localhost:" + port);
		client.setBearerToken(token);

		// sign in with the token and search staff: one page shape, the person found
		PagedModelStaffView found = new StaffApi(client).search(name, null, null, null, null, null, null, null, null,
				null, 0, 20, null, null);
		assertThat(found.getPage().getTotalElements()).isEqualTo(1L);
		assertThat(found.getPage().getNumber()).isZero();
		assertThat(found.getContent()).singleElement().satisfies(p -> assertThat(p.getName()).isEqualTo(name));

		// a small units file with one bad row: 422, the row named, nothing written
		String good = TestAccounts.uniqueCode();
		String csv = "code,name,type,parent_code,stages,locality,ownership\n" + good + ",客户端小学,SCHOOL,"
				+ county.office().code() + ",PRIMARY,RURAL,PUBLIC\n" + "12ab,坏行小学,SCHOOL," + county.office().code()
				+ ",PRIMARY,RURAL,PUBLIC\n";
		UnitsApi units = new UnitsApi(client);
		RestClientResponseException refused = catchThrowableOfType(RestClientResponseException.class,
				() -> units.importUnits(false, file("units.csv", csv)));
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		ImportAnswer answer = JsonMapper.builder()
			.build()
			.readValue(refused.getResponseBodyAsString(), ImportAnswer.class);
		assertThat(answer.getImported()).isZero();
		assertThat(answer.getErrors()).isNotEmpty().allSatisfy(e -> assertThat(e.getRow()).isEqualTo(3));
		assertThat(answer.getErrors().get(0).getMessage()).isNotBlank();
		RestClientResponseException absent = catchThrowableOfType(RestClientResponseException.class,
				() -> units.byCode(good));
		assertThat(absent.getStatusCode().value()).isEqualTo(404);
		Problem notFound = JsonMapper.builder().build().readValue(absent.getResponseBodyAsString(), Problem.class);
		assertThat(notFound.getStatus()).isEqualTo(404);

		// the annual summary as PDF
		Resource pdf = new ReportsAnnualSummaryApi(client).summaryDocument(LocalDate.now().getYear(), "pdf", null,
				"zh");
		try (InputStream in = pdf.getInputStream()) {
			byte[] bytes = in.readAllBytes();
			assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			assertThat(bytes.length).isGreaterThan(1000);
		}

		// a wrong token: 401 as a problem detail
		ApiClient wrong = new ApiClient().setBasePath("http://localhost:" + port);
		wrong.setBearerToken("ebt_not-a-token");
		RestClientResponseException unauthorized = catchThrowableOfType(RestClientResponseException.class,
				() -> new StaffApi(wrong).search(name, null, null, null, null, null, null, null, null, null, 0, 20,
						null, null));
		assertThat(unauthorized.getStatusCode().value()).isEqualTo(401);
		assertThat(JsonMapper.builder()
			.build()
			.readValue(unauthorized.getResponseBodyAsString(), Problem.class)
			.getStatus()).isEqualTo(401);
	}

	private static Resource file(String name, String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return name;
			}
		};
	}

}
