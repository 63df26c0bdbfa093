package io.edubureau.architecture;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list under {@code /api/v1} whose length grows with the data scope answers the one
 * page shape ({@code PagedModel}, docs/api.md, Paging). A GET that answers a plain JSON
 * array must be listed below with the reason its length is bounded; a new unbounded array
 * fails here.
 */
class ListEndpointShapeTests {

	/** Arrays bounded by nature, each with why. */
	static final Map<String, String> BOUNDED = Map.ofEntries(
			// Parameter, rate and catalogue tables: a handful of rows set by the bureau.
			entry("GET /api/v1/aid/programmes", "the catalogue of aid programmes"),
			entry("GET /api/v1/aid/standards/history", "a parameter table: the dated aid standards"),
			entry("GET /api/v1/pay/rates", "a rate table"), entry("GET /api/v1/rules/parameters", "a parameter table"),
			entry("GET /api/v1/exams/{exam}/{year}/lines", "one exam's score lines of one year"),
			entry("GET /api/v1/reports/figures", "the catalogue of figure definitions"),
			entry("GET /api/v1/security/roles", "the roles"),
			entry("GET /api/v1/training/programmes", "one year's training programmes, set by the bureau"),
			entry("GET /api/v1/registration/cycles", "the registration cycles, one a year"),
			entry("GET /api/v1/cadres/rounds", "the bureau's appointment rounds, a few a year"),
			entry("GET /api/v1/awards/rounds", "the bureau's commendation rounds, a few a year"),
			entry("GET /api/v1/titles/rounds", "the bureau's title review rounds, one or two a year"),
			entry("GET /api/v1/pay/parity", "one line per pay comparison group of a year"),
			// The org tree is walked one level at a time.
			entry("GET /api/v1/units/tree", "the org tree's top levels"),
			entry("GET /api/v1/units/{id:\\d+}/children", "one unit's direct children"),
			// Bounded by one record.
			entry("GET /api/v1/units/{id:\\d+}/history", "one record's history"),
			entry("GET /api/v1/units/{id:\\d+}/enrolment", "one school's enrolment by year"),
			entry("GET /api/v1/establishment/{unitId}/approvals", "one unit's approvals history"),
			entry("GET /api/v1/supervision/visits/{id}/items", "one visit's rectification items"),
			entry("GET /api/v1/key-teachers/designations", "one person's designations (staffId is required)"),
			entry("GET /api/v1/key-teachers/{id}/history", "one record's history"),
			entry("GET /api/v1/key-teacher-studios/{id}/history", "one record's history"),
			entry("GET /api/v1/key-teacher-studios/{id}/members", "one studio's members"),
			entry("GET /api/v1/key-teacher-studios/{id}/records", "one studio's goals and activities"),
			entry("GET /api/v1/mentoring-pairs/{id}/history", "one record's history"),
			entry("GET /api/v1/cadres/units/{unitId}/leadership", "one unit's leadership-team grades, one a year"),
			entry("GET /api/v1/pay/staff/{staffId:\\d+}/rewards", "one person's reward shares, one a year"),
			entry("GET /api/v1/safety/inspections/{id}/hazards", "one inspection's hazards"),
			entry("GET /api/v1/aid/students/{studentId}", "one student's applications"),
			entry("GET /api/v1/exchange/postings/{id}/history", "one record's history"),
			entry("GET /api/v1/exchange/people/{staffId}/postings", "one person's postings"),
			entry("GET /api/v1/exchange/people/{staffId}/exemptions", "one person's exemptions"),
			entry("GET /api/v1/party/dues/staff/{staffId}", "one person's dues"),
			entry("GET /api/v1/cadres/staff/{staffId}/appointments", "one person's appointments"),
			entry("GET /api/v1/posts/units/{unitId}", "one unit's posts"),
			entry("GET /api/v1/posts/units/{unitId}/plans", "one unit's plans"),
			entry("GET /api/v1/posts/staff/{staffId}", "one person's post appointments"),
			entry("GET /api/v1/contracts", "one person's contracts (staffId is required)"),
			entry("GET /api/v1/recruitment/rounds/{id}/vacancies", "one round's vacancies, as its quotas"),
			entry("GET /api/v1/recruitment/rounds/{id}/ranking",
					"one position's ranking, computed whole: each rank depends on every score"),
			entry("GET /api/v1/students/promotions", "one school's promotions, one a school year"),
			entry("GET /api/v1/awards/rounds/{id}/history", "one record's history"),
			entry("GET /api/v1/awards/rounds/{id}/quotas", "one round's quotas"),
			entry("GET /api/v1/ethics/cases/{id}/history", "one record's history"),
			entry("GET /api/v1/titles/rounds/{id}/quotas", "one round's quotas"),
			entry("GET /api/v1/staff/{id}/transfers", "one person's transfer requests"),
			entry("GET /api/v1/staff/{id}/history", "one record's history"),
			entry("GET /api/v1/staff/{id}/retirements", "one person's retirement proposals"),
			entry("GET /api/v1/staff/{id}/sanctions", "one person's sanctions"),
			entry("GET /api/v1/staff/{id}/{category}", "one person's file entries of one category"),
			entry("GET /api/v1/reports/summary/{year}/blocks", "one year's summary text blocks"),
			entry("GET /api/v1/reports/summary/{year}/blocks/{section}/{language}/versions",
					"one text block's versions"));

	/**
	 * Lists that grow with the scope but are computed outside the query: their rows are
	 * chosen in Java. Known debt: each is to be paged in its query, not sliced in memory;
	 * none may be added. The last one, the dues arrears, is paged over party's roster
	 * (issue 23).
	 */
	static final Map<String, String> NOT_YET_PAGED_IN_THE_QUERY = Map.of();

	@Test
	void everyUnboundedListUnderApiV1AnswersThePageShape() {
		Set<String> arrays = arrayEndpoints();
		Set<String> unlisted = new TreeSet<>(arrays);
		unlisted.removeAll(BOUNDED.keySet());
		unlisted.removeAll(NOT_YET_PAGED_IN_THE_QUERY.keySet());
		assertThat(unlisted)
			.as("GET endpoints under /api/v1 answering a JSON array: page them "
					+ "(PagedModel, paged in the query) or list them with the reason they are bounded")
			.isEmpty();
	}

	@Test
	void everyListedArrayStillExists() {
		Set<String> stale = new TreeSet<>(BOUNDED.keySet());
		stale.addAll(NOT_YET_PAGED_IN_THE_QUERY.keySet());
		stale.removeAll(arrayEndpoints());
		assertThat(stale).as("listed but no longer a GET answering an array: remove from the list").isEmpty();
		assertThat(BOUNDED.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
		assertThat(NOT_YET_PAGED_IN_THE_QUERY).as("known debt only shrinks").isEmpty();
	}

	/**
	 * "GET path" of every REST GET handler under /api/v1 whose answer is a JSON array.
	 */
	static Set<String> arrayEndpoints() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		Set<String> found = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.edubureau")) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
			String[] prefixes = (onType == null || onType.path().length == 0) ? new String[] { "" } : onType.path();
			for (Method method : type.getDeclaredMethods()) {
				RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
				boolean get = mapping != null
						&& (mapping.method().length == 0 || Set.of(mapping.method()).contains(RequestMethod.GET));
				if (!get || !isArray(method.getGenericReturnType())) {
					continue;
				}
				String[] paths = mapping.path().length == 0 ? new String[] { "" } : mapping.path();
				for (String prefix : prefixes) {
					for (String path : paths) {
						String full = prefix + path;
						if (full.startsWith("/api/v1/")) {
							found.add("GET " + full);
						}
					}
				}
			}
		}
		assertThat(found).as("the scan finds the API's arrays").isNotEmpty();
		return found;
	}

	/** A collection or array answered as JSON (a byte[] body is a file, not a list). */
	static boolean isArray(Type answer) {
		Type body = answer;
		if (answer instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
				&& HttpEntity.class.isAssignableFrom(raw)) {
			body = p.getActualTypeArguments()[0];
		}
		Class<?> raw = body instanceof ParameterizedType p ? (Class<?>) p.getRawType()
				: body instanceof Class<?> c ? c : Object.class;
		return Collection.class.isAssignableFrom(raw) || (raw.isArray() && raw != byte[].class);
	}

}
