package io.edubureau.recruitment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.recruitment.EmploymentContract.ContractView;
import io.edubureau.recruitment.PostAppointment.PostView;
import io.edubureau.recruitment.PostSetting.UnitLine;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.staff.StaffView;

import org.springframework.stereotype.Component;

/**
 * Post setting and contract figures: posts held by grade and posts vacant (today's state
 * of the plans in force), contracts signed in the year, current contracts ending within
 * 90 days, in-establishment staff without a contract, and candidates unplaced (落聘) in the
 * year's competitive appointments.
 */
@Component
class PostFigures implements FigureContributor {

	private static final String MODULE = "recruitment";

	static final int EXPIRING_DAYS = 90;

	private final PostSetting posts;

	private final Contracts contracts;

	private final List<FigureDefinition> definitions = List.of(
			new FigureDefinition("posts.byGrade.<GRADE>", "按岗位等级聘用人数", "People appointed by post grade", "people",
					"现行岗位设置方案下，各岗位等级当前聘用的人数。", "People currently appointed to a post at each grade.", MODULE, false),
			new FigureDefinition("posts.vacant", "空缺岗位数", "Vacant posts", "posts",
					"现行岗位设置方案核定的岗位数减去已聘人数，按单位和等级相加（不为负）。",
					"Posts of the plans in force minus the people appointed, per unit and grade (never negative).",
					MODULE, false)
				.goodWhenDown(),
			new FigureDefinition("contracts.signed", "签订聘用合同数", "Contracts signed", "contracts", "起始日期在当年的聘用合同（含续订）份数。",
					"Employment contracts starting in the year, renewals included.", MODULE, false)
				.goodWhenUp(),
			new FigureDefinition("contracts.expiring", "即将到期合同数", "Contracts expiring", "contracts",
					"履行中的聘用合同中，90天内（含第90天）到期的份数。", "Current contracts ending within 90 days (the 90th day included).",
					MODULE, false),
			new FigureDefinition("contracts.missing", "未签聘用合同人数", "Staff without a contract", "people",
					"在职在编人员中没有履行中聘用合同的人数。", "Active in-establishment staff without a current contract.", MODULE, false)
				.goodWhenDown(),
			new FigureDefinition("appointment.unplaced", "竞聘落聘人数", "Unplaced in competitive appointment", "people",
					"当年竞聘上岗中落聘的人数。", "Candidates not appointed in the year's competitive appointments.", MODULE, false)
				.goodWhenDown());

	PostFigures(PostSetting posts, Contracts contracts) {
		this.posts = posts;
		this.contracts = contracts;
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (q.year() < 2000 || q.year() > 2100) {
			return values;
		}
		posts.totals(q.scope())
			.forEach((grade, n) -> values.put("posts.byGrade." + grade.name(), BigDecimal.valueOf(n[1])));
		values.put("posts.vacant",
				BigDecimal.valueOf(posts.unitLines(q.scope()).stream().mapToInt(l -> l.line().vacant()).sum()));
		values.put("contracts.signed", BigDecimal.valueOf(contracts.signedIn(q.scope(), q.year()).size()));
		values.put("contracts.expiring", BigDecimal.valueOf(contracts.expiring(q.scope(), EXPIRING_DAYS).size()));
		values.put("contracts.missing", BigDecimal.valueOf(contracts.missing(q.scope()).size()));
		values.put("appointment.unplaced", BigDecimal.valueOf(posts.unplaced(q.scope(), q.year()).size()));
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<List<String>> rows = new ArrayList<>();
		if (key.startsWith("posts.byGrade.")) {
			PostGrade grade;
			try {
				grade = PostGrade.valueOf(key.substring("posts.byGrade.".length()));
			}
			catch (IllegalArgumentException ex) {
				throw new NotFound("figure " + key);
			}
			List<PostView> found = posts.holders(q.scope(), grade);
			List<PostView> shown = found.stream().skip((long) page * size).limit(size).toList();
			shown.forEach(
					p -> rows.add(List.of(p.staffName(), "enum.PostGrade." + p.grade().name(), p.from().toString())));
			return new FigureRecords(List.of("recruitment.name", "recruitment.grade", "recruitment.from"), rows,
					found.size(), shown.stream().map(PostView::staffId).toList());
		}
		if ("posts.vacant".equals(key)) {
			List<UnitLine> found = posts.unitLines(q.scope()).stream().filter(l -> l.line().vacant() > 0).toList();
			found.stream()
				.skip((long) page * size)
				.limit(size)
				.forEach(l -> rows
					.add(List.of(l.unitName(), l.line().grade().name(), Integer.toString(l.line().vacant()))));
			// The figure counts posts, not lines: the total is their number.
			return new FigureRecords(List.of("recruitment.unit", "recruitment.grade", "recruitment.vacant"), rows,
					found.stream().mapToLong(l -> l.line().vacant()).sum());
		}
		if ("contracts.missing".equals(key)) {
			List<StaffView> found = contracts.missing(q.scope());
			List<StaffView> shown = found.stream().skip((long) page * size).limit(size).toList();
			shown.forEach(p -> rows.add(List.of(p.unitName(), p.name())));
			return new FigureRecords(List.of("recruitment.unit", "recruitment.name"), rows, found.size(),
					shown.stream().map(StaffView::id).toList(), 1);
		}
		if ("appointment.unplaced".equals(key)) {
			var found = posts.unplaced(q.scope(), q.year());
			found.stream()
				.skip((long) page * size)
				.limit(size)
				.forEach(c -> rows.add(
						List.of(c.name(), c.handling() == null ? "" : "enum.UnplacedHandling." + c.handling().name())));
			return new FigureRecords(List.of("recruitment.name", "recruitment.handling"), rows, found.size());
		}
		List<ContractView> found = "contracts.signed".equals(key) ? contracts.signedIn(q.scope(), q.year())
				: contracts.expiring(q.scope(), EXPIRING_DAYS);
		List<ContractView> shown = found.stream().skip((long) page * size).limit(size).toList();
		shown.forEach(c -> rows
			.add(List.of(c.staffName(), c.startsOn().toString(), c.endsOn() == null ? "" : c.endsOn().toString())));
		return new FigureRecords(List.of("recruitment.name", "recruitment.startsOn", "recruitment.endsOn"), rows,
				found.size(), shown.stream().map(ContractView::staffId).toList());
	}

}
