package io.edubureau.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.edubureau.EduBureauTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document clients are generated from: written to {@code target/openapi.json}
 * (CI lints it with Redocly), equal to the copy in {@code docs/openapi.json} the Java
 * client is generated from, and complete in what a client needs of every operation. After
 * changing the API, refresh the copy with {@code -Dedubureau.openapi.write=true}.
 */
@EduBureauTest
class ApiContractTests {

	static final Path COMMITTED = Path.of("docs/openapi.json");

	static final Path BUILT = Path.of("target/openapi.json");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ObjectMapper json;

	@Test
	void theDocumentIsWrittenAndMatchesTheCommittedCopy() throws Exception {
		String document = document();
		Files.createDirectories(BUILT.getParent());
		Files.writeString(BUILT, document, StandardCharsets.UTF_8);
		if (Boolean.getBoolean("edubureau.openapi.write")) {
			Files.writeString(COMMITTED, document, StandardCharsets.UTF_8);
		}
		assertThat(Files.exists(COMMITTED)).as("docs/openapi.json exists").isTrue();
		assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8).strip())
			.as("docs/openapi.json is the document the application serves; refresh it with "
					+ "./mvnw -o -q test -Dtest=ApiContractTests -Dedubureau.openapi.write=true")
			.isEqualTo(document.strip());
	}

	@Test
	void everyOperationSaysHowToSignInWhatItNeedsAndHowItFails() throws Exception {
		JsonNode doc = json.readTree(document());
		assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
		assertThat(doc.at("/components/securitySchemes/apiToken/scheme").asString()).isEqualTo("bearer");
		List<String> missing = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			JsonNode op = entry.getValue();
			String where = entry.getKey().toUpperCase() + " " + path.getKey();
			if (!op.isObject() || !op.has("responses")) {
				return;
			}
			if (op.path("summary").asString("").isBlank()) {
				missing.add(where + ": summary");
			}
			if (!op.path("description").asString("").contains("**Permission:**")) {
				missing.add(where + ": permission in the description");
			}
			if (op.path("security").size() != 2) {
				missing.add(where + ": security requirements");
			}
			if (!ids.add(op.path("operationId").asString("")) || op.path("operationId").asString("").contains("_")) {
				missing.add(where + ": a unique, readable operationId (" + op.path("operationId").asString("") + ")");
			}
			for (String status : List.of("401", "403")) {
				if (!op.path("responses").has(status)) {
					missing.add(where + ": response " + status);
				}
			}
		}));
		assertThat(missing).isEmpty();
		assertThat(ids).contains("search", "importUnits", "createUser", "summaryDocument");
	}

	@Test
	void thePermissionComesFromThePreAuthorizeExpression() throws Exception {
		JsonNode doc = json.readTree(document());
		JsonNode search = doc.at("/paths/~1api~1v1~1staff/get");
		assertThat(search.path("description").asString()).contains("**Permission:** `staff:person:read`.");
		assertThat(search.path("x-permissions").get(0).asString()).isEqualTo("staff:person:read");
		assertThat(ApiDocumentation.permissionSentence("hasAnyAuthority('a:b:c', 'd:e:f')"))
			.isEqualTo("**Permission:** any one of `a:b:c`, `d:e:f`.");
		assertThat(ApiDocumentation.permissionSentence("hasAuthority('a:b:c') and #x > 1"))
			.isEqualTo("**Permission:** `hasAuthority('a:b:c') and #x > 1`.");
	}

	@Test
	void importsDescribeTheirRefusedRowsAndProblemsAreSharedComponents() throws Exception {
		JsonNode doc = json.readTree(document());
		JsonNode units = doc.at("/paths/~1api~1v1~1units~1import/post");
		assertThat(units.at("/responses/422/content/application~1json/examples/oneBadRow/value/errors/0/row").asInt())
			.isEqualTo(3);
		assertThat(units.at("/responses/409/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/ImportAnswer");
		assertThat(doc.at("/paths/~1api~1v1~1units~1{id}/put/responses/409/$ref").asString())
			.isEqualTo("#/components/responses/Conflict");
		assertThat(doc.at("/paths/~1api~1v1~1units~1{id}/get/responses/409").isMissingNode()).isTrue();
		assertThat(units.at("/requestBody/content/multipart~1form-data/schema/properties/file/format").asString())
			.isEqualTo("binary");
		assertThat(doc.at("/components/responses/UnprocessableContent/content/application~1problem+json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(doc.at("/components/schemas/Problem/properties/errors/type").asString()).isEqualTo("array");
		for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict")) {
			assertThat(doc.at("/components/responses/" + name).isMissingNode()).as(name).isFalse();
		}
	}

	@Test
	void listsAnswerOnePageShapeAndTheFlatOneOnlyOnRequest() throws Exception {
		String admin = accounts.account("SYSTEM_ADMIN", accounts.county().bureau());
		mvc.perform(get("/api/v1/units").param("size", "2").with(TestAccounts.basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page.size").value(2))
			.andExpect(jsonPath("$.page.number").value(0))
			.andExpect(jsonPath("$.totalElements").doesNotExist())
			.andExpect(header().doesNotExist("Deprecation"));
		mvc.perform(get("/api/v1/units").param("size", "2")
			.header("EduBureau-Page-Shape", "flat")
			.with(TestAccounts.basic(admin)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.totalElements").isNumber())
			.andExpect(header().string("Deprecation", "true"));
	}

	private String document() throws Exception {
		String admin = accounts.account("SYSTEM_ADMIN", accounts.county().bureau());
		return mvc.perform(get("/v3/api-docs").with(TestAccounts.basic(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
