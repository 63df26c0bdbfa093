package io.edubureau.cadres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The cadre figures of the annual figure book, each with the records it counted. Every
 * figure reads a handful of scoped lists of the module's own rows (posts, appointments,
 * tallies, reserves, elections), never one query per person.
 */
@Component
class CadresFigures implements FigureContributor {

	private static final String MODULE = "cadres";

	private static final List<String> APPOINTMENT_COLUMNS = List.of("cadres.figures.name", "cadres.figures.unit",
			"cadres.figures.post", "cadres.figures.date", "cadres.figures.document");

	private static final List<String> TALLY_COLUMNS = List.of("cadres.figures.name", "cadres.figures.unit",
			"cadres.figures.year", "cadres.figures.outcome", "cadres.figures.date");

	private static final List<String> RESERVE_COLUMNS = List.of("cadres.figures.name", "cadres.figures.unit",
			"cadres.figures.post", "cadres.figures.date", "cadres.figures.birthDate");

	private static final List<String> POST_COLUMNS = List.of("cadres.figures.unit", "cadres.figures.post",
			"cadres.figures.kind");

	private static final List<String> ELECTION_COLUMNS = List.of("cadres.figures.unit", "cadres.figures.election",
			"cadres.figures.date", "cadres.figures.outcome");

	private static final List<String> TEAM_COLUMNS = List.of("cadres.figures.unit", "cadres.figures.team",
			"cadres.figures.year", "cadres.figures.grade");

	private final CadresManagement cadres;

	private final List<FigureDefinition> definitions = List.of(
			def("cadres.posts", "领导职位数", "Leadership posts", "posts", "12月31日已设置且在用的领导职位数。",
					"Leadership posts set up by 31 December and in use."),
			def("cadres.appointed", "任职干部人数", "Cadres appointed", "people", "当年任职（任职日期在当年）的干部人次。",
					"Appointments to leadership posts that started in the year."),
			def("cadres.exchanged", "交流干部人数", "Cadres exchanged", "people", "当年因交流结束任职的干部人次。",
					"Appointments that ended in the year because the cadre was exchanged."),
			def("cadres.removed", "免职干部人数", "Cadres removed", "people", "当年被免职（结束原因为免职）的干部人次。",
					"Appointments that ended in the year with removal (免职)."),
			def("cadres.admonished", "诫勉谈话人数", "Admonishment talks", "people", "当年进行诫勉谈话的干部人数（按谈话日期）。",
					"Cadres given an admonishment talk in the year, by the date of the talk."),
			def("cadres.evaluated", "民主测评干部人数", "Cadres evaluated", "people", "当年民主测评已录入票数的干部人数。",
					"Cadres whose democratic evaluation tallies of the year were entered."),
			def("cadres.reserve", "后备干部人数", "Reserve cadres", "people", "12月31日在册的后备干部人数（推荐日期不晚于当日）。",
					"Reserve cadres on the list on 31 December (nominated by then)."),
			def("cadres.reserve.women", "女性后备干部人数", "Women reserve cadres", "people", "12月31日在册的女性后备干部人数。",
					"Women among the reserve cadres on 31 December."),
			def("cadres.reserve.under35", "未满35周岁的后备干部人数", "Reserve cadres under 35", "people",
					"12月31日在册、当日未满35周岁的后备干部人数。", "Reserve cadres on 31 December who were under 35 on that day."),
			def("cadres.elections", "校长民主选举场次", "Principal elections", "elections", "当年结束计票的校长选举场次（含第二轮投票）。",
					"Principal elections counted and closed in the year (run-off rounds included)."),
			def("cadres.teams.assessed", "考核领导班子数", "Leadership teams assessed", "teams", "当年民主测评中等次已确认的领导班子数（班子考核）。",
					"Leadership teams whose grade in the year's democratic evaluation was confirmed."),
			def("cadres.teams.good", "班子考核等次为好的班子数", "Leadership teams graded good", "teams", "当年等次已确认为“好”的领导班子数。",
					"Leadership teams whose confirmed grade of the year is good."),
			def("cadres.teams.fairlyGood", "班子考核等次为较好的班子数", "Leadership teams graded fairly good", "teams",
					"当年等次已确认为“较好”的领导班子数。", "Leadership teams whose confirmed grade of the year is fairly good."),
			def("cadres.teams.average", "班子考核等次为一般的班子数", "Leadership teams graded average", "teams",
					"当年等次已确认为“一般”的领导班子数。", "Leadership teams whose confirmed grade of the year is average."),
			def("cadres.teams.poor", "班子考核等次为差的班子数", "Leadership teams graded poor", "teams", "当年等次已确认为“差”的领导班子数。",
					"Leadership teams whose confirmed grade of the year is poor."));

	CadresFigures(CadresManagement cadres) {
		this.cadres = cadres;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, String defZh, String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, false);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery query) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (FigureDefinition d : definitions) {
			values.put(d.key(), BigDecimal.valueOf(rows(d.key(), query, new ArrayList<>()).size()));
		}
		return values;
	}

	@Override
	public FigureRecords records(String key, FigureQuery query, int page, int size) {
		List<Long> people = new ArrayList<>();
		List<List<String>> all = rows(key, query, people);
		List<List<String>> shown = all.stream().skip((long) page * size).limit(size).toList();
		return new FigureRecords(columns(key), shown, all.size(),
				people.isEmpty() ? List.of() : people.stream().skip((long) page * size).limit(size).toList());
	}

	private static List<String> columns(String key) {
		return switch (key) {
			case "cadres.posts" -> POST_COLUMNS;
			case "cadres.evaluated", "cadres.admonished" -> TALLY_COLUMNS;
			case "cadres.reserve", "cadres.reserve.women", "cadres.reserve.under35" -> RESERVE_COLUMNS;
			case "cadres.elections" -> ELECTION_COLUMNS;
			case "cadres.teams.assessed", "cadres.teams.good", "cadres.teams.fairlyGood", "cadres.teams.average",
					"cadres.teams.poor" ->
				TEAM_COLUMNS;
			default -> APPOINTMENT_COLUMNS;
		};
	}

	// The records behind a key: the figure is their number.
	// The rows of a key; for rows about people, each row's person is added to people.
	private List<List<String>> rows(String key, FigureQuery query, List<Long> people) {
		LocalDate from = query.from();
		LocalDate to = query.to();
		List<List<String>> rows = new ArrayList<>();
		switch (key) {
			case "cadres.posts" -> {
				List<CadrePost> list = cadres.postsIn(query.scope())
					.stream()
					.filter(p -> p.isActive() && !p.getCreatedOn().isAfter(to))
					.toList();
				Map<Long, String> units = cadres.unitNamesOf(list.stream().map(CadrePost::getUnitId).toList());
				list.forEach(p -> rows.add(List.of(String.valueOf(units.get(p.getUnitId())), p.getTitle(),
						"enum.PostKind." + p.getKind().name())));
			}
			case "cadres.appointed" -> appointments(query, a -> within(a.getStartDate(), from, to), rows, people);
			case "cadres.exchanged" -> appointments(query,
					a -> a.getEndReason() == EndReason.EXCHANGED && within(a.getEndDate(), from, to), rows, people);
			case "cadres.removed" -> appointments(query,
					a -> a.getEndReason() == EndReason.REMOVED && within(a.getEndDate(), from, to), rows, people);
			case "cadres.evaluated" -> tallies(query, t -> t.getYear() == query.year(), false, rows, people);
			case "cadres.admonished" -> tallies(query, t -> within(t.getAdmonishedOn(), from, to), true, rows, people);
			case "cadres.reserve" -> reserves(query, r -> true, rows, people);
			case "cadres.reserve.women" -> reserves(query, Reserve::isFemale, rows, people);
			case "cadres.reserve.under35" ->
				reserves(query, r -> r.getBirthDate() != null && Period.between(r.getBirthDate(), to).getYears() < 35,
						rows, people);
			case "cadres.elections" -> {
				List<Election> list = cadres.electionsIn(query.scope())
					.stream()
					.filter(e -> e.getStatus() == ElectionStatus.CLOSED && within(e.getClosedOn(), from, to))
					.toList();
				Map<Long, String> units = cadres.unitNamesOf(list.stream().map(Election::getUnitId).toList());
				list.forEach(e -> rows.add(List.of(String.valueOf(units.get(e.getUnitId())), e.getTitle(),
						String.valueOf(e.getClosedOn()), String.valueOf(e.getValid()))));
			}
			case "cadres.teams.assessed" -> teams(query, null, rows);
			case "cadres.teams.good" -> teams(query, TeamGrade.GOOD, rows);
			case "cadres.teams.fairlyGood" -> teams(query, TeamGrade.FAIRLY_GOOD, rows);
			case "cadres.teams.average" -> teams(query, TeamGrade.AVERAGE, rows);
			case "cadres.teams.poor" -> teams(query, TeamGrade.POOR, rows);
			default -> throw new NotFound("figure " + key);
		}
		return rows;
	}

	private void appointments(FigureQuery query, Predicate<Appointment> counted, List<List<String>> rows,
			List<Long> people) {
		List<Appointment> list = cadres.appointmentsIn(query.scope()).stream().filter(counted).toList();
		Map<Long, String> units = cadres.unitNamesOf(list.stream().map(Appointment::getUnitId).toList());
		Map<Long, String> titles = new LinkedHashMap<>();
		cadres.postsIn(query.scope()).forEach(p -> titles.put(p.getId(), p.getTitle()));
		list.forEach(a -> rows.add(List.of(a.getStaffName(), String.valueOf(units.get(a.getUnitId())),
				String.valueOf(titles.get(a.getPostId())),
				String.valueOf(a.getEndDate() != null && a.getEndReason() != null ? a.getEndDate() : a.getStartDate()),
				a.getDocumentNo())));
		list.forEach(a -> people.add(a.getStaffId()));
	}

	private void tallies(FigureQuery query, Predicate<Tally> counted, boolean admonished, List<List<String>> rows,
			List<Long> people) {
		// An admonishment talk may follow the evaluation of the year before.
		int fromYear = admonished ? query.year() - 1 : query.year();
		List<Tally> list = cadres.talliesIn(query.scope(), fromYear, query.year()).stream().filter(counted).toList();
		Map<Long, String> units = cadres.unitNamesOf(list.stream().map(Tally::getUnitId).toList());
		Map<Long, String> names = cadres.staffNamesOfAppointments(list.stream().map(Tally::getAppointmentId).toList());
		list.forEach(t -> rows
			.add(List.of(String.valueOf(names.get(t.getAppointmentId())), String.valueOf(units.get(t.getUnitId())),
					Integer.toString(t.getYear()), "enum.CadreOutcome." + t.getOutcome().name(),
					String.valueOf(admonished ? t.getAdmonishedOn() : null))));
		list.forEach(t -> people.add(t.getStaffId()));
	}

	// Confirmed grades of the year's rounds only: an entered grade may still be
	// corrected.
	private void teams(FigureQuery query, TeamGrade grade, List<List<String>> rows) {
		List<TeamAssessment> list = cadres.teamAssessmentsIn(query.scope(), query.year())
			.stream()
			.filter(a -> a.getStatus() == TeamAssessmentStatus.CONFIRMED)
			.filter(a -> grade == null || a.getGrade() == grade)
			.toList();
		Map<Long, String> units = cadres.unitNamesOf(list.stream().map(TeamAssessment::getUnitId).toList());
		Map<Long, String> teams = cadres.teamNamesOf(list.stream().map(TeamAssessment::getTeamId).toList());
		list.forEach(a -> rows
			.add(List.of(String.valueOf(units.get(a.getUnitId())), String.valueOf(teams.get(a.getTeamId())),
					Integer.toString(a.getYear()), "enum.TeamGrade." + a.getGrade().name())));
	}

	private void reserves(FigureQuery query, Predicate<Reserve> counted, List<List<String>> rows, List<Long> people) {
		List<Reserve> list = cadres.reservesIn(query.scope())
			.stream()
			.filter(r -> !r.getNominatedOn().isAfter(query.to()))
			.filter(counted)
			.toList();
		Map<Long, String> units = cadres.unitNamesOf(list.stream().map(Reserve::getUnitId).toList());
		list.forEach(r -> rows.add(List.of(r.getStaffName(), String.valueOf(units.get(r.getUnitId())),
				"enum.PostKind." + r.getPostKind().name(), String.valueOf(r.getNominatedOn()),
				String.valueOf(r.getBirthDate()))));
		list.forEach(r -> people.add(r.getStaffId()));
	}

	private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
		return day != null && !day.isBefore(from) && !day.isAfter(to);
	}

}
