package io.edubureau.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document as clients are generated from it: both ways to sign in as security
 * schemes, each operation's permission read from its {@code @PreAuthorize}, readable
 * operation ids, and the RFC 9457 problem answers as shared components (see docs/api.md).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basicAuth";

	static final String TOKEN = "apiToken";

	static final String PROBLEM = "Problem";

	// Working notes between the two customizers, removed before the document is served.
	private static final String METHOD = "x-edubureau-method";

	private static final String SUBJECT = "x-edubureau-subject";

	private static final String REF = "#/components/";

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	static {
		// Resolved from the signed-in user, never sent by a client.
		org.springdoc.core.utils.SpringDocUtils.getConfig()
			.addRequestWrapperToIgnore(io.edubureau.org.DataScope.class, BureauUser.class);
	}

	@Bean
	OpenAPI eduBureauOpenApi() {
		return new OpenAPI()
			.info(new Info().title("EduBureau API")
				.version("v1")
				.description("The REST API of EduBureau under `/api/v1`. Sign in with HTTP Basic or a personal "
						+ "API token; every operation states the permission it needs. Lists are paged in one "
						+ "shape (`content` and `page`); errors are RFC 9457 problem details. See docs/api.md.")
				.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("/").description("The EduBureau server that serves this document")))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("User name and password of an account (a password that must be "
									+ "changed first is refused with 403)."))
				.addSecuritySchemes(TOKEN,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.bearerFormat("ebt_…")
							.description("A personal API token (`ebt_…`) made on the page Account › API tokens; "
									+ "it acts with its owner's permissions and data scope until it expires "
									+ "or is revoked."))
				.addSchemas("ProblemError", problemError())
				.addSchemas(PROBLEM, problem())
				.addResponses("BadRequest",
						problemResponse("The request cannot be read: a parameter of the "
								+ "wrong type, a page or size out of range, a malformed body.", 400))
				.addResponses("Unauthorized",
						problemResponse("No credentials, or wrong or expired ones.", 401).addHeaderObject(
								"WWW-Authenticate",
								new io.swagger.v3.oas.models.headers.Header()
									.description("`Basic realm=\"EduBureau\", Bearer`")
									.schema(new StringSchema())))
				.addResponses("Forbidden",
						problemResponse("Signed in, but without the permission this "
								+ "operation needs (or a password that must be changed first).", 403))
				.addResponses("NotFound", problemResponse("No such record, or none in the caller's data scope.", 404))
				.addResponses("Conflict",
						problemResponse("Another change to the same records came first; "
								+ "nothing was written. Read again and retry.", 409))
				.addResponses("UnprocessableContent", problemResponse("The input is refused by a rule; one "
						+ "entry per refused field under `errors`, in the caller's language. Nothing was written.",
						422)));
	}

	/**
	 * Per operation: the security requirement, the permission in its description, a
	 * readable operation id and the problem answers it can give.
	 */
	@Bean
	GlobalOperationCustomizer permissionsInTheDocument() {
		return ApiDocumentation::describe;
	}

	/**
	 * Tags in name order, so the document reads the same on every build; operation ids
	 * made unique.
	 */
	@Bean
	GlobalOpenApiCustomizer orderedTags() {
		return openApi -> {
			Map<String, Tag> tags = new java.util.TreeMap<>();
			if (openApi.getTags() != null) {
				openApi.getTags().forEach(t -> tags.put(t.getName(), t));
			}
			if (openApi.getPaths() != null) {
				openApi.getPaths()
					.values()
					.forEach(p -> p.readOperations()
						.forEach(o -> o.getTags().forEach(t -> tags.putIfAbsent(t, new Tag().name(t)))));
			}
			openApi.setTags(new ArrayList<>(tags.values()));
			operationIds(openApi);
		};
	}

	static Operation describe(Operation operation, HandlerMethod handler) {
		Method method = handler.getMethod();
		String expression = permissionExpression(handler);
		boolean open = expression.equals("permitAll()");
		if (!open) {
			operation.setSecurity(
					List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(TOKEN)));
		}
		String needs = permissionSentence(expression);
		String description = operation.getDescription();
		if (description != null && description.contains("**Permission:**")) {
			return operation;
		}
		operation.setDescription(description == null || description.isBlank() ? needs : description + "\n\n" + needs);
		List<String> permissions = permissions(expression);
		if (!permissions.isEmpty()) {
			operation.addExtension("x-permissions", permissions);
		}
		var annotated = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
		if (annotated == null || annotated.operationId().isBlank()) {
			operation.addExtension(METHOD, method.getName());
			operation.addExtension(SUBJECT,
					handler.getBeanType().getSimpleName().replaceFirst("(Sheet)?(Api)?Controller$", ""));
		}
		if (org.springframework.data.web.PagedModel.class.isAssignableFrom(method.getReturnType())) {
			operation.addParametersItem(
					new io.swagger.v3.oas.models.parameters.HeaderParameter().name("EduBureau-Page-Shape")
						.deprecated(true)
						.description("`flat` answers the page shape of before 0.2 (`content`, `page`, `size`, "
								+ "`totalElements`, `totalPages` side by side), with a `Deprecation` header; "
								+ "kept for one release.")
						.schema(new StringSchema()._enum(List.of("flat"))));
		}
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		boolean hasInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (hasInput) {
			responses.computeIfAbsent("400", k -> ref("BadRequest"));
		}
		if (!open) {
			responses.computeIfAbsent("401", k -> ref("Unauthorized"));
			responses.computeIfAbsent("403", k -> ref("Forbidden"));
		}
		if (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
			responses.computeIfAbsent("404", k -> ref("NotFound"));
		}
		if (isImport(operation)) {
			importAnswers(operation, responses);
		}
		else if (changes(method)) {
			responses.computeIfAbsent("409", k -> ref("Conflict"));
		}
		if (hasInput) {
			responses.computeIfAbsent("422", k -> ref("UnprocessableContent"));
		}
		operation.setResponses(responses);
		return operation;
	}

	/**
	 * The {@code @PreAuthorize} of the method, else of its class; a bare mapping needs a
	 * signed-in user.
	 */
	static String permissionExpression(HandlerMethod handler) {
		PreAuthorize pre = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (pre == null) {
			pre = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		return pre == null ? "isAuthenticated()" : pre.value().strip();
	}

	/**
	 * The expression as a sentence: the common forms in words, anything else quoted as it
	 * is.
	 */
	static String permissionSentence(String expression) {
		if (expression.equals("permitAll()")) {
			return "**Permission:** none (open to everyone).";
		}
		if (expression.equals("isAuthenticated()")) {
			return "**Permission:** any signed-in account.";
		}
		List<String> codes = permissions(expression);
		if (expression.matches("hasAuthority\\('[^']*'\\)")) {
			return "**Permission:** `" + codes.get(0) + "`.";
		}
		if (expression.matches("hasAnyAuthority\\(\\s*'[^']*'(\\s*,\\s*'[^']*')*\\s*\\)")) {
			return "**Permission:** any one of " + String.join(", ", codes.stream().map(c -> "`" + c + "`").toList())
					+ ".";
		}
		return "**Permission:** `" + expression + "`.";
	}

	static List<String> permissions(String expression) {
		List<String> codes = new ArrayList<>();
		Matcher m = QUOTED.matcher(expression);
		while (m.find()) {
			codes.add(m.group(1));
		}
		return codes;
	}

	/**
	 * The handler's method name when no other operation has it ({@code searchStaff}),
	 * else followed by its controller's subject ({@code get} of {@code UnitApiController}
	 * → {@code getUnit}); an id set in {@code @Operation} is kept.
	 */
	static void operationIds(OpenAPI openApi) {
		if (openApi.getPaths() == null) {
			return;
		}
		List<Operation> operations = openApi.getPaths()
			.values()
			.stream()
			.flatMap(p -> p.readOperations().stream())
			.toList();
		Map<String, Long> counts = operations.stream()
			.filter(o -> o.getExtensions() != null && o.getExtensions().containsKey(METHOD))
			.collect(java.util.stream.Collectors.groupingBy(o -> (String) o.getExtensions().get(METHOD),
					java.util.stream.Collectors.counting()));
		for (Operation o : operations) {
			if (o.getExtensions() == null || !o.getExtensions().containsKey(METHOD)) {
				continue;
			}
			String method = (String) o.getExtensions().remove(METHOD);
			String subject = (String) o.getExtensions().remove(SUBJECT);
			o.setOperationId(counts.get(method) > 1 ? method + subject : method);
			if (o.getExtensions().isEmpty()) {
				o.setExtensions(null);
			}
		}
	}

	/**
	 * Whether the handler answers anything but GET: a change, which a concurrent one can
	 * beat.
	 */
	private static boolean changes(Method method) {
		var mapping = AnnotatedElementUtils.findMergedAnnotation(method,
				org.springframework.web.bind.annotation.RequestMapping.class);
		return mapping != null && java.util.Arrays.stream(mapping.method())
			.anyMatch(m -> m != org.springframework.web.bind.annotation.RequestMethod.GET);
	}

	/**
	 * Imports take a file and {@code dryRun} and answer 409 and 422 in their own shape.
	 */
	private static boolean isImport(Operation operation) {
		boolean dryRun = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "dryRun".equals(p.getName()));
		return dryRun && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
	}

	private static void importAnswers(Operation operation, ApiResponses responses) {
		ApiResponse ok = responses.get("200");
		MediaType okType = ok == null || ok.getContent() == null ? null
				: ok.getContent().values().stream().findFirst().orElse(null);
		if (okType == null || okType.getSchema() == null) {
			return;
		}
		Schema<?> answer = okType.getSchema();
		ok.setDescription("Every row accepted: `imported` rows written (or that would be, with `dryRun`).");
		okType.addExamples("accepted",
				new Example().summary("All rows accepted").value(Map.of("imported", 12, "errors", List.of())));
		Map<String, Object> rowError = new LinkedHashMap<>();
		rowError.put("row", 3);
		rowError.put("column", "code");
		rowError.put("message", "第3行 代码：须为10位数字");
		responses.computeIfAbsent("422", k -> new ApiResponse()
			.description(
					"Some rows refused: every refused cell under `errors` (row 1 is the header); nothing was written.")
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(answer)
						.addExamples("oneBadRow", new Example().summary("One bad row")
							.value(Map.of("imported", 0, "errors", List.of(rowError)))))));
		responses
			.computeIfAbsent("409",
					k -> new ApiResponse().description(
							"Another import was writing the same records at the same time; nothing was written. Retry.")
						.content(new Content().addMediaType("application/json", new MediaType().schema(answer))));
		io.swagger.v3.oas.models.media.MediaType multipart = operation.getRequestBody()
			.getContent()
			.get("multipart/form-data");
		if (multipart.getSchema() != null && multipart.getSchema().getProperties() != null) {
			Schema<?> file = (Schema<?>) multipart.getSchema().getProperties().get("file");
			if (file != null) {
				file.setDescription(
						"The filled-in template: .xlsx (or .csv in UTF-8), at most the configured upload size.");
			}
		}
		operation.getParameters()
			.stream()
			.filter(p -> "dryRun".equals(p.getName()))
			.forEach(p -> p.description("Check every row and answer as the import would, but write nothing.")
				.example(true));
	}

	private static ApiResponse ref(String name) {
		return new ApiResponse().$ref(REF + "responses/" + name);
	}

	private static ApiResponse problemResponse(String description, int status) {
		Map<String, Object> example = new LinkedHashMap<>();
		example.put("type", "about:blank");
		example.put("title", switch (status) {
			case 400 -> "Bad Request";
			case 401 -> "Unauthorized";
			case 403 -> "Forbidden";
			case 404 -> "Not Found";
			case 409 -> "Conflict";
			default -> "Unprocessable Content";
		});
		example.put("status", status);
		example.put("detail", description);
		if (status == 422 || status == 400) {
			example.put("errors", List.of(Map.of("field", "name", "message", "不能为空")));
		}
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref(REF + "schemas/" + PROBLEM)).example(example)));
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 problem details, in the caller's language (Accept-Language).")
			.addProperty("type", new StringSchema().format("uri-reference").description("Always `about:blank`."))
			.addProperty("title", new StringSchema().description("The status in words."))
			.addProperty("status", new IntegerSchema().format("int32").description("The HTTP status."))
			.addProperty("detail", new StringSchema().description("What went wrong, for a person to read."))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The path asked for."))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref(REF + "schemas/ProblemError"))
						.description("One entry per refused field (400 and 422 only)."))
			.required(List.of("title", "status"));
	}

	private static Schema<?> problemError() {
		return new ObjectSchema().description("One refused field.")
			.addProperty("field", new StringSchema().description("The field or parameter; empty for the whole input."))
			.addProperty("message", new StringSchema().description("Why, in the caller's language."))
			.required(List.of("field", "message"));
	}

}
