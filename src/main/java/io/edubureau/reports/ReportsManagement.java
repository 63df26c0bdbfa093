package io.edubureau.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Rejection;
import io.edubureau.sheet.BackgroundAction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figure book's public face: computes a year's figures for the user's scope or a unit
 * subtree from every {@link FigureContributor}, with the previous year, the records
 * behind each figure, and frozen snapshots.
 */
@Service
public class ReportsManagement {

	/** The first year the records can hold. */
	public static final int FIRST_YEAR = 1949;

	static final String ENTITY = "reports.frozenBook";

	/** Audit entity of reads of a figure's lineage (the records it counted). */
	static final String LINEAGE = "reports.lineage";

	private final List<FigureContributor> contributors;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final FrozenBookRepository frozenBooks;

	private final MessageSource messages;

	private final PersonLinks links;

	ReportsManagement(List<FigureContributor> contributors, OrgManagement org, AuditManagement audit,
			FrozenBookRepository frozenBooks, MessageSource messages, ObjectProvider<PersonLinks> links) {
		this.links = links.getIfAvailable();
		this.contributors = List.copyOf(contributors);
		this.org = org;
		this.audit = audit;
		this.frozenBooks = frozenBooks;
		this.messages = messages;
	}

	// ---- wording shared by the pages, the dashboard and the narrative

	// Family placeholders whose enum is named differently from the placeholder.
	private static final Map<String, String> MEMBER_ENUMS = Map.of("HIGHEST_EDUCATION", "Education");

	/** A concrete figure's label: the definition's, with the family member's label. */
	public String label(FigureValue figure, Locale locale) {
		String base = figure.definition().label(chinese(locale));
		String member = figure.member();
		return member == null ? base : base + " · " + memberLabel(figure.definition(), member, locale);
	}

	/** The label of a family member code ({@code PRIMARY} → 小学) in the language. */
	public String memberLabel(FigureDefinition definition, String member, Locale locale) {
		String placeholder = definition.key()
			.substring(definition.key().lastIndexOf(".<") + 2, definition.key().length() - 1);
		String type = MEMBER_ENUMS.getOrDefault(placeholder, camel(placeholder));
		return messages.getMessage("enum." + type + "." + member, null, member, locale);
	}

	/** "9 more than last year" / "比上年增加9" and the like, in the language. */
	public String differenceText(FigureValue figure, Locale locale) {
		int sign = figure.difference().signum();
		String amount = figure.difference().abs().toPlainString();
		String kind = figure.definition().percent() ? "points" : "count";
		String key = sign > 0 ? "reports.diff." + kind + ".more"
				: sign < 0 ? "reports.diff." + kind + ".fewer" : "reports.diff.same";
		// A school-year figure compares with the previous school year.
		String suffix = figure.definition().perSchoolYear() ? ".schoolYear" : "";
		return messages.getMessage(key + suffix, new Object[] { amount }, locale);
	}

	/** "2026–2027学年" / "school year 2026–2027": a school year by its first year. */
	public String schoolYearLabel(int schoolYear, Locale locale) {
		return messages.getMessage("reports.schoolYear", new Object[] { schoolYear, schoolYear + 1 }, locale);
	}

	/**
	 * The period a definition counts in the book of a year: the school year for a
	 * school-year figure, else the calendar year.
	 */
	public String periodLabel(FigureDefinition definition, int year, Locale locale) {
		return definition.perSchoolYear() ? schoolYearLabel(year, locale)
				: messages.getMessage("reports.calendarYear", new Object[] { year }, locale);
	}

	private static boolean chinese(Locale locale) {
		return locale != null && "zh".equals(locale.getLanguage());
	}

	private static String camel(String placeholder) {
		StringBuilder out = new StringBuilder();
		for (String part : placeholder.toLowerCase(Locale.ROOT).split("_")) {
			if (!part.isEmpty()) {
				out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
			}
		}
		return out.toString();
	}

	/** Every figure definition of every contributor, in contribution order. */
	public List<FigureDefinition> definitions() {
		return contributors.stream().flatMap(c -> c.definitions().stream()).toList();
	}

	/** The definition a concrete or family key belongs to. */
	public Optional<FigureDefinition> definition(String key) {
		return definitions().stream().filter(d -> d.key().equals(key) || d.covers(key)).findFirst();
	}

	/** The last year a book can be asked for (next year, for plans in progress). */
	public static int lastYear() {
		return LocalDate.now().getYear() + 1;
	}

	/**
	 * The book of a year for the unit subtree ({@code null}: the user's whole scope); a
	 * frozen year shows its frozen values, with the live value where it differs.
	 * @throws Rejection for a year outside 1949 … next year
	 * @throws AccessDeniedException for a unit outside the user's scope
	 * @throws NotFound for a unit code that names no unit
	 */
	@Transactional(readOnly = true)
	public FigureBook book(DataScope scope, int year, String unitCode) {
		checkYear(year);
		Target target = target(scope, unitCode);
		FigureQuery query = query(target, year);
		Optional<FrozenBook> frozen = frozenBook(year, target);
		Optional<FrozenBook> frozenPrevious = frozenBook(year - 1, target);
		// Both years in one call, so a contributor can count them in one pass.
		List<Map<String, BigDecimal>> computed = compute(
				frozenPrevious.isPresent() ? List.of(query) : List.of(query, query.previousYear()));
		Map<String, BigDecimal> live = computed.get(0);
		Map<String, BigDecimal> previous = frozenPrevious.map(FrozenBook::values).orElseGet(() -> computed.get(1));
		Map<String, BigDecimal> shown = frozen.map(FrozenBook::values).orElse(live);
		List<FigureValue> figures = new ArrayList<>();
		for (String key : orderedKeys(live, shown, previous)) {
			FigureDefinition d = definition(key).orElse(null);
			if (d == null) {
				continue;
			}
			BigDecimal value = normal(d, shown.getOrDefault(key, BigDecimal.ZERO));
			BigDecimal before = normal(d, previous.getOrDefault(key, BigDecimal.ZERO));
			BigDecimal now = normal(d, live.getOrDefault(key, BigDecimal.ZERO));
			BigDecimal drift = frozen.isPresent() && now.compareTo(value) != 0 ? now : null;
			figures.add(new FigureValue(key, d, value, before, value.subtract(before), drift));
		}
		return new FigureBook(year, target.unit == null ? null : target.unit.code(),
				target.unit == null ? null : target.unit.name(), Instant.now(), frozen.isPresent(),
				frozen.map(FrozenBook::getFrozenAt).orElse(null), figures);
	}

	/**
	 * Lineage: one page of the live records a concrete key counted, within the scope.
	 * @throws NotFound for a key no contributor defines
	 */
	@Transactional(readOnly = true)
	public FigureRecords records(DataScope scope, int year, String unitCode, String key, int page, int size) {
		checkYear(year);
		if (page < 0 || page > 100_000) {
			throw Rejection.malformed("page", "reports.page.range");
		}
		if (size < 1 || size > 5_000) {
			throw Rejection.malformed("size", "reports.size.range", 1, 5_000);
		}
		FigureContributor contributor = contributors.stream()
			.filter(c -> c.definitions().stream().anyMatch(d -> d.covers(key)))
			.findFirst()
			.orElseThrow(() -> new NotFound("figure " + key));
		Target target = target(scope, unitCode);
		FigureRecords records = contributor.records(key, query(target, year), page, size);
		Set<Long> named = records.people();
		// One rule for every module's people: a name links where the reader may open it.
		return records.linkingOnly(named.isEmpty() || links == null ? Set.of() : links.openable(scope, named));
	}

	/** Freezes the year's book for the user's whole scope. */
	@Transactional
	public FigureBook freeze(DataScope scope, int year) {
		return freeze(scope, year, null);
	}

	/**
	 * Freezes the year's book for the unit subtree; a year already frozen for it must be
	 * unfrozen first. Audited.
	 */
	@Transactional
	public FigureBook freeze(DataScope scope, int year, String unitCode) {
		return freeze(scope, year, unitCode, BackgroundAction.Progress.NONE);
	}

	/**
	 * Freezes as {@link #freeze(DataScope, int, String)} does, telling {@code progress}
	 * each contributor computed (the background freeze's progress bar).
	 */
	@Transactional
	public FigureBook freeze(DataScope scope, int year, String unitCode, BackgroundAction.Progress progress) {
		Target target = checkFreezable(scope, year, unitCode);
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		compute(List.of(query(target, year)), progress).get(0)
			.forEach((k, v) -> definition(k).ifPresent(d -> values.put(k, normal(d, v))));
		// Another freeze of the same book may have ended while this one computed.
		if (frozenBook(year, target).isPresent()) {
			throw new Rejection("year", "reports.freeze.already", String.valueOf(year));
		}
		FrozenBook book = frozenBooks
			.save(new FrozenBook(year, target.key, target.unit == null ? null : target.unit.code(),
					target.unit == null ? null : target.unit.name(), values, Actor.current()));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("year", year);
		after.put("scope", target.key);
		after.put("figures", values.size());
		audit.record(AuditAction.CREATE, ENTITY, book.getId(), "frozen " + year + " " + target.key,
				Change.created(after));
		FigureBook frozen = book(scope, year, unitCode);
		progress.update(contributors.size() + 1, contributors.size() + 1);
		return frozen;
	}

	/**
	 * Refuses a freeze before it starts: a year outside the range or already frozen for
	 * the unit subtree (422), a unit outside the scope (403) or unknown (404).
	 */
	@Transactional(readOnly = true)
	public void checkFreeze(DataScope scope, int year, String unitCode) {
		checkFreezable(scope, year, unitCode);
	}

	private Target checkFreezable(DataScope scope, int year, String unitCode) {
		checkYear(year);
		Target target = target(scope, unitCode);
		if (frozenBook(year, target).isPresent()) {
			throw new Rejection("year", "reports.freeze.already", String.valueOf(year));
		}
		return target;
	}

	/** Archives the year's frozen book so it can be frozen again. Audited. */
	@Transactional
	public FigureBook unfreeze(DataScope scope, int year, String unitCode) {
		checkYear(year);
		Target target = target(scope, unitCode);
		FrozenBook book = frozenBook(year, target)
			.orElseThrow(() -> new Rejection("year", "reports.freeze.notFrozen", String.valueOf(year)));
		book.unfreeze(Actor.current());
		audit.record(AuditAction.ARCHIVE, ENTITY, book.getId(), "unfrozen " + year + " " + target.key,
				List.of(new Change("state", "FROZEN", "UNFROZEN")));
		return book(scope, year, unitCode);
	}

	/** Parses a year parameter: malformed → 400, outside the data range → 422. */
	public static int year(String text) {
		if (text == null || text.isBlank()) {
			throw Rejection.malformed("year", "reports.year.missing");
		}
		try {
			return Integer.parseInt(text.strip());
		}
		catch (NumberFormatException ex) {
			throw Rejection.malformed("year", "reports.year.malformed", text);
		}
	}

	// ---- helpers

	/** Refuses (422) a year before {@link #FIRST_YEAR} or after {@link #lastYear()}. */
	static void checkYear(int year) {
		if (year < FIRST_YEAR || year > lastYear()) {
			throw new Rejection("year", "reports.year.range", String.valueOf(year), String.valueOf(FIRST_YEAR),
					String.valueOf(lastYear()));
		}
	}

	/** The scope narrowed to a unit subtree, and the key frozen books are filed under. */
	private record Target(DataScope scope, UnitView unit, String key) {
	}

	private Target target(DataScope scope, String unitCode) {
		if (unitCode == null || unitCode.isBlank()) {
			return new Target(scope, null, key(scope));
		}
		String code = unitCode.strip();
		if (!code.matches("\\d{1,20}")) {
			throw Rejection.malformed("unit", "reports.unit.malformed", code);
		}
		UnitView unit = org.findByCode(scope, code).orElse(null);
		if (unit == null) {
			if (org.findByCode(DataScope.all(), code).isPresent()) {
				throw new AccessDeniedException("unit " + code + " lies outside the data scope");
			}
			throw new NotFound("unit " + code);
		}
		DataScope narrowed = scope.kind() == ScopeKind.UNIT || scope.kind() == ScopeKind.SELF ? scope
				: DataScope.unitAndBelow(unit.id());
		return new Target(narrowed, unit, key(narrowed));
	}

	private static String key(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> "ALL";
			case SELF -> "SELF:" + scope.staffId();
			default -> scope.kind() + ":" + scope.unitId();
		};
	}

	private static FigureQuery query(Target target, int year) {
		return new FigureQuery(target.scope, year, LocalDate.of(year, 12, 31),
				target.unit == null ? target.scope.unitId() : Long.valueOf(target.unit.id()));
	}

	private Optional<FrozenBook> frozenBook(int year, Target target) {
		return frozenBooks.findFirstByYearAndScopeKeyAndStateOrderByIdDesc(year, target.key, FrozenBook.State.FROZEN);
	}

	// One map per query, in the queries' order.
	private List<Map<String, BigDecimal>> compute(List<FigureQuery> queries) {
		return compute(queries, BackgroundAction.Progress.NONE);
	}

	// Progress counts contributors done, of all of them and the saving step.
	private List<Map<String, BigDecimal>> compute(List<FigureQuery> queries, BackgroundAction.Progress progress) {
		List<Map<String, BigDecimal>> values = new ArrayList<>();
		queries.forEach(q -> values.add(new LinkedHashMap<>()));
		if (queries.get(0).scope().seesNothing()) {
			return values;
		}
		int done = 0;
		progress.update(done, contributors.size() + 1);
		for (FigureContributor c : contributors) {
			List<Map<String, BigDecimal>> computed = c.compute(queries);
			for (int i = 0; i < queries.size(); i++) {
				values.get(i).putAll(computed.get(i));
			}
			progress.update(++done, contributors.size() + 1);
		}
		return values;
	}

	// Definition order, then the order the contributor returned its family members.
	private List<String> orderedKeys(Map<String, BigDecimal> live, Map<String, BigDecimal> shown,
			Map<String, BigDecimal> previous) {
		Set<String> all = new LinkedHashSet<>(live.keySet());
		all.addAll(shown.keySet());
		all.addAll(previous.keySet());
		List<String> ordered = new ArrayList<>();
		for (FigureDefinition d : definitions()) {
			all.stream().filter(d::covers).forEach(ordered::add);
		}
		return ordered;
	}

	private static BigDecimal normal(FigureDefinition d, BigDecimal v) {
		return v.setScale(d.percent() ? 1 : 0, RoundingMode.HALF_UP);
	}

}
