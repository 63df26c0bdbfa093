package io.edubureau.personnelfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.staff.StaffManagement;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file audit's figure: of the people in post on 31 December (as {@code staff.active}
 * counts them, at the unit they were at that day), the share with a conclusion signed by
 * the end of the year. The conclusions are read here, the people through
 * {@link StaffManagement}; no query joins a staff table.
 */
@Component
class FileAuditFigures implements FigureContributor {

	static final String COVERAGE = "fileAudit.coverage";

	// Shown in the staff section of the figure book, where it was before the split.
	private static final String SECTION = "staff";

	private final FileAuditRepository conclusions;

	private final StaffManagement staff;

	private final List<FigureDefinition> definitions = List.of(new FigureDefinition(COVERAGE, "干部人事档案专项审核覆盖率",
			"Personnel file audit coverage", "percent", "截至12月31日在职的教职工中，当年年底前已签署档案审核结论的比例（百分比，保留一位小数）；明细列出已审核的人员。",
			"Share of active staff on 31 December with a file-audit conclusion signed by the end of the year (percent, one decimal); its records are the audited people.",
			SECTION, true)
		.goodWhenUp());

	FileAuditFigures(FileAuditRepository conclusions, StaffManagement staff) {
		this.conclusions = conclusions;
		this.staff = staff;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> compute(FigureQuery q) {
		return compute(List.of(q)).get(0);
	}

	/** Every query's coverage from one read of the first signatures. */
	@Override
	@Transactional(readOnly = true)
	public List<Map<String, BigDecimal>> compute(List<FigureQuery> queries) {
		Instant last = queries.stream().map(FileAuditFigures::yearEnd).max(Instant::compareTo).orElseThrow();
		Map<Long, Instant> first = firstSignatures(last);
		List<Map<String, BigDecimal>> values = new ArrayList<>();
		for (FigureQuery q : queries) {
			long active = staff.inPostOn(q.scope(), q.asOf());
			long audited = staff.inPostIdsOn(q.scope(), signedBy(first, yearEnd(q)), q.asOf()).size();
			Map<String, BigDecimal> v = new LinkedHashMap<>();
			v.put(COVERAGE, active == 0 ? BigDecimal.ZERO.setScale(1)
					: BigDecimal.valueOf(audited * 100).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP));
			values.add(v);
		}
		return values;
	}

	/** The audited people counted, listed as the staff figures list people. */
	@Override
	@Transactional(readOnly = true)
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (!key.equals(COVERAGE)) {
			throw new NotFound("figure " + key);
		}
		Instant end = yearEnd(q);
		var audited = staff.inPostIdsOn(q.scope(), signedBy(firstSignatures(end), end), q.asOf());
		return staff.figureRecords(q.scope(), audited, q.asOf(), page, size);
	}

	private Map<Long, Instant> firstSignatures(Instant before) {
		Map<Long, Instant> first = new HashMap<>();
		for (Object[] r : conclusions.firstSignatures(before)) {
			first.put((Long) r[0], (Instant) r[1]);
		}
		return first;
	}

	private static List<Long> signedBy(Map<Long, Instant> first, Instant end) {
		return first.entrySet().stream().filter(e -> e.getValue().isBefore(end)).map(Map.Entry::getKey).toList();
	}

	// The first instant after the year, as the figure counts signatures.
	private static Instant yearEnd(FigureQuery q) {
		return q.to().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
	}

}
