package io.edubureau.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureQuery;

import org.springframework.stereotype.Component;

/**
 * Grouped reads of the staff figures for several years at once (the book's year and the
 * year before): each year's count is a conditional sum of its own, with the data scope
 * applied on that count's day as {@link StaffPostings} splits it, so the person records
 * are read once for both years instead of once per year and figure.
 */
@Component
class StaffYearCounts {

	private static final Pattern PER_YEAR = Pattern.compile(":(asOf|from|to|yearEnd)\\b");

	private final EntityManager em;

	private final StaffPostings postings;

	StaffYearCounts(EntityManager em, StaffPostings postings) {
		this.em = em;
		this.postings = postings;
	}

	/**
	 * One counted condition: the day whose unit the person is counted at and the
	 * condition, each for a year's position in the queries.
	 */
	record Count(IntFunction<String> day, IntFunction<String> condition) {

		/** A condition written for one year (":asOf", ":from", ":to"), on a day. */
		static Count of(String day, String condition) {
			String c = condition.strip().startsWith("and ") ? condition.strip().substring(4) : condition.strip();
			return new Count(i -> perYear(day, i), i -> perYear(c, i));
		}

	}

	/**
	 * The year's parameters numbered by the year's position: ":asOf" becomes ":asOf0".
	 */
	static String perYear(String jpql, int i) {
		return PER_YEAR.matcher(jpql).replaceAll(":$1" + i);
	}

	/**
	 * The rows of {@code select} with, after its own columns, one value per year and
	 * count (year-major: year 0's counts, then year 1's), as a sum when {@code groupBy}
	 * aggregates or as 1/0 per row when it is {@code null}; one query per part of the
	 * scope and distinct scope condition, the rows of all together (the parts are
	 * disjoint; a row's values of counts another query read are {@code null}).
	 * @param where further conditions, starting with " and ", true of every counted row
	 * @param parameters values of further named parameters
	 */
	List<Object[]> read(DataScope scope, List<FigureQuery> queries, String select, String from, String where,
			String groupBy, List<Count> counts, Map<String, Object> parameters) {
		int years = queries.size();
		List<List<StaffPostings.Part>> parts = new ArrayList<>();
		for (int i = 0; i < years; i++) {
			for (Count c : counts) {
				parts.add(postings.on(scope, c.day().apply(i), false));
			}
		}
		int columns = columns(select);
		int values = years * counts.size();
		List<Object[]> rows = new ArrayList<>();
		for (int k = 0; k < parts.get(0).size(); k++) {
			// Counts whose scope condition on their day reads the same share one query;
			// the whole installation is one condition for every day, so one query.
			Map<String, List<Integer>> byWhere = new LinkedHashMap<>();
			String join = parts.get(0).get(k).join();
			for (int v = 0; v < values; v++) {
				List<StaffPostings.Part> p = parts.get(v);
				if (p.size() != parts.get(0).size() || !p.get(k).join().equals(join)) {
					throw new IllegalStateException("scope parts differ between days");
				}
				byWhere.computeIfAbsent(p.get(k).where(), w -> new ArrayList<>()).add(v);
			}
			for (Map.Entry<String, List<Integer>> e : byWhere.entrySet()) {
				StringBuilder jpql = new StringBuilder(select);
				for (int v : e.getValue()) {
					String value = "case when " + counts.get(v % counts.size()).condition().apply(v / counts.size())
							+ " then 1 else 0 end";
					jpql.append(", ").append(groupBy == null ? value : "sum(" + value + ")");
				}
				jpql.append(" from ")
					.append(from)
					.append(join)
					.append(" where (")
					.append(e.getKey())
					.append(")")
					.append(where)
					.append(groupBy == null ? "" : groupBy);
				TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
				bind(query, jpql.toString(), parts.get(0).get(k).parameters());
				bind(query, jpql.toString(), parameters);
				bind(query, jpql.toString(), constants(queries));
				for (Object[] r : query.getResultList()) {
					Object[] row = new Object[columns + values];
					System.arraycopy(r, 0, row, 0, columns);
					for (int j = 0; j < e.getValue().size(); j++) {
						row[columns + e.getValue().get(j)] = r[columns + j];
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

	// The columns of a select clause: its commas outside parentheses, plus one.
	private static int columns(String select) {
		int depth = 0;
		int columns = 1;
		for (char c : select.toCharArray()) {
			depth += c == '(' ? 1 : c == ')' ? -1 : 0;
			columns += c == ',' && depth == 0 ? 1 : 0;
		}
		return columns;
	}

	/** A count or sum column of a row as a number, 0 for none. */
	static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	private static void bind(TypedQuery<?> query, String jpql, Map<String, Object> values) {
		values.forEach((name, value) -> {
			if (Pattern.compile(":" + name + "\\b").matcher(jpql).find()) {
				query.setParameter(name, value);
			}
		});
	}

	// The vocabulary of the staff figures' conditions, and each year's days.
	private static Map<String, Object> constants(List<FigureQuery> queries) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("active", StaffStatus.ACTIVE);
		values.put("ended", List.of(StaffStatus.RETIRED, StaffStatus.LEFT, StaffStatus.DECEASED));
		values.put("merged", StaffStatus.MERGED);
		values.put("retired", StaffStatus.RETIRED);
		values.put("transferIn", HireChannel.TRANSFER_IN);
		values.put("elite", List.of(SchoolTier.PROJECT_985, SchoolTier.PROJECT_211));
		values.put("party", List.of(PoliticalStatus.PARTY_MEMBER, PoliticalStatus.PROBATIONARY_MEMBER));
		values.put("none", TitleLevel.NONE);
		for (int i = 0; i < queries.size(); i++) {
			FigureQuery q = queries.get(i);
			values.put("asOf" + i, q.asOf());
			values.put("from" + i, q.from());
			values.put("to" + i, q.to());
			values.put("yearEnd" + i, yearEnd(q));
		}
		values.put("fromAll", queries.stream().map(FigureQuery::from).min(LocalDate::compareTo).orElseThrow());
		values.put("toAll", queries.stream().map(FigureQuery::to).max(LocalDate::compareTo).orElseThrow());
		values.put("yearEndAll", queries.stream().map(StaffYearCounts::yearEnd).max(Instant::compareTo).orElseThrow());
		return values;
	}

	/** The first instant after the year, as the file-audit figure counts signatures. */
	static Instant yearEnd(FigureQuery q) {
		return q.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

}
