package io.edubureau.platform;

import java.util.List;

/**
 * Tables a module declares append-only (a bean of this type): on the embedded PostgreSQL
 * the platform hands them to the superuser after the migrations, so the application's
 * role may only read and insert them. The module protects them on every database with
 * triggers of its own.
 *
 * @param names the tables, lower-case
 */
public record AppendOnlyTables(List<String> names) {

	public AppendOnlyTables {
		names = List.copyOf(names);
	}

}
