package io.edubureau.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One changed field of an audited record.
 *
 * @param field the field's identifier
 * @param before its value before, or {@code null}
 * @param after its value after, or {@code null}
 */
public record Change(String field, String before, String after) {

	/**
	 * The fields whose values differ between two snapshots, in the order of
	 * {@code after}.
	 */
	public static List<Change> between(Map<String, ?> before, Map<String, ?> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			String b = text(before.get(field));
			String a = text(after.get(field));
			if (!Objects.equals(b, a)) {
				changes.add(new Change(field, b, a));
			}
		}
		return changes;
	}

	/** Every field of a new record, as changed from nothing. */
	public static List<Change> created(Map<String, ?> after) {
		return between(new LinkedHashMap<>(), after);
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		String s = value.toString();
		return s.isEmpty() ? null : s;
	}

}
