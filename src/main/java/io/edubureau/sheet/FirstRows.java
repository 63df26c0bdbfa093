package io.edubureau.sheet;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The first row of each key in one imported file (a person, a person and year, a unit and
 * name), so that a later row with the same key is refused naming the row that had it
 * first, with the import's own message.
 *
 * @param <K> the key that may stand only once in a file
 */
public final class FirstRows<K> {

	private final ImportContext context;

	private final String messageKey;

	private final Map<K, Integer> rows = new HashMap<>();

	/**
	 * @param context the import's context, to which a repeated row is reported
	 * @param messageKey the message of a repeated row; its last argument is the earlier
	 * row
	 */
	public FirstRows(ImportContext context, String messageKey) {
		this.context = context;
		this.messageKey = messageKey;
	}

	/**
	 * Whether no earlier row of the file had the key (it is then remembered as this
	 * row's); otherwise refuses this row in {@code column} with the message, its
	 * arguments {@code args} followed by the earlier row.
	 */
	public boolean admit(int row, K key, String column, Object... args) {
		Integer earlier = rows.putIfAbsent(key, row);
		if (earlier == null) {
			return true;
		}
		Object[] withEarlier = Arrays.copyOf(args, args.length + 1);
		withEarlier[args.length] = earlier;
		context.error(row, column, messageKey, withEarlier);
		return false;
	}

	/** The keys met so far, each once. */
	public Set<K> keys() {
		return rows.keySet();
	}

}
