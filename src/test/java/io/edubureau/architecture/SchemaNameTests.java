package io.edubureau.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two types the API answers or takes must not share a schema name: the OpenAPI document
 * names schemas by simple class name, so two {@code ApplicationView}s (aid's and titles')
 * became one schema and a generated client read one of them with the other's fields.
 */
class SchemaNameTests {

	@Test
	void everyTypeTheApiAnswersOrTakesHasASchemaNameOfItsOwn() {
		Map<String, Set<String>> byName = new TreeMap<>();
		for (Class<?> type : apiTypes()) {
			if (type.isEnum()) {
				continue; // enums are written inline, not as named schemas
			}
			byName.computeIfAbsent(schemaName(type), n -> new TreeSet<>()).add(type.getName());
		}
		byName.values().removeIf(types -> types.size() < 2);
		assertThat(byName).as("schema names shared by different types: give each @Schema(name = \"<Module><Name>\")")
			.isEmpty();
	}

	static String schemaName(Class<?> type) {
		Schema schema = type.getAnnotation(Schema.class);
		return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
	}

	/**
	 * The project's own types reachable from the REST controllers' answers and bodies.
	 */
	static Set<Class<?>> apiTypes() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
		Deque<Type> todo = new ArrayDeque<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.edubureau")) {
			Class<?> controller = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
			for (Method method : controller.getDeclaredMethods()) {
				todo.add(method.getGenericReturnType());
				for (Parameter p : method.getParameters()) {
					if (p.isAnnotationPresent(RequestBody.class)) {
						todo.add(p.getParameterizedType());
					}
				}
			}
		}
		Set<Class<?>> seen = new HashSet<>();
		while (!todo.isEmpty()) {
			Type t = todo.pop();
			if (t instanceof ParameterizedType p) {
				todo.add(p.getRawType());
				todo.addAll(java.util.List.of(p.getActualTypeArguments()));
			}
			else if (t instanceof WildcardType w) {
				todo.addAll(java.util.List.of(w.getUpperBounds()));
			}
			else if (t instanceof Class<?> c) {
				Class<?> type = c.isArray() ? c.getComponentType() : c;
				if (!type.getName().startsWith("io.edubureau.") || !seen.add(type)) {
					continue;
				}
				if (type.isRecord()) {
					for (RecordComponent rc : type.getRecordComponents()) {
						todo.add(rc.getGenericType());
					}
				}
			}
		}
		assertThat(seen).as("the scan finds the API's types").isNotEmpty();
		return seen;
	}

}
