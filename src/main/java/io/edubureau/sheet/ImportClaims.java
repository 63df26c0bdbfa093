package io.edubureau.sheet;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The keys (identity numbers, unit codes) that running imports are writing, so a second
 * import of the same keys is refused at once, naming the first, instead of waiting on the
 * first's rows and failing at its commit. Held in memory for this node; the unique
 * indexes still guard against imports on other nodes.
 */
final class ImportClaims {

	private final Map<String, Holder> held = new HashMap<>();

	/**
	 * Claims every key for the holder, or none: the first holder of one of them, if
	 * another import holds it.
	 */
	synchronized Optional<Holder> claim(String kind, Collection<String> keys, Holder holder) {
		for (String key : keys) {
			Holder other = held.get(kind + ":" + key);
			if (other != null && other != holder) {
				return Optional.of(other);
			}
		}
		keys.forEach(key -> held.put(kind + ":" + key, holder));
		return Optional.empty();
	}

	synchronized void release(Holder holder) {
		held.values().removeIf(h -> h == holder);
	}

	/**
	 * A running import, as a conflict names it.
	 *
	 * @param filename the uploaded file's name
	 * @param user who started it
	 * @param startedAt when
	 */
	record Holder(String filename, String user, Instant startedAt) {
	}

}
