package io.edubureau.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureContributor;
import io.edubureau.reports.FigureDefinition;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;

import org.springframework.stereotype.Component;

/**
 * The Party figures of the annual figure book, from the pipelines, organisations and
 * meetings in the scope. {@code party.members} and {@code party.newMembers} stay with
 * {@code staff}, which counts them from the personnel file.
 */
@Component
class PartyFigures implements FigureContributor {

	private static final String MODULE = "party";

	private final PartyManagement party;

	private final MemberRecords members;

	private final List<FigureDefinition> definitions = List.of(
			def("party.applicants", "入党申请人", "Applicants for membership", "people", false,
					"12月31日处于入党申请人阶段（已递交申请、尚未确定为入党积极分子）的人数。",
					"People who had applied and were not yet activists on 31 December."),
			def("party.activists", "入党积极分子", "Activists", "people", false, "12月31日处于入党积极分子阶段的人数。",
					"Activists (入党积极分子) on 31 December."),
			def("party.developmentTargets", "发展对象", "Development targets", "people", false,
					"12月31日已列为发展对象（含支部大会已通过、待上级党委审批）的人数。",
					"Development targets on 31 December, including those admitted by the branch meeting awaiting approval."),
			def("party.approved", "当年发展党员（审批为预备党员）", "Admitted as probationary members", "people", false,
					"上级党委审批日期在当年的预备党员人数（中国共产党发展党员工作细则）。",
					"People the higher committee approved as probationary members in the year."),
			def("party.probationary", "预备党员", "Probationary members", "people", false, "12月31日处于预备期的人数。",
					"Probationary members on 31 December."),
			def("party.converted", "按期转为正式党员", "Converted to full members", "people", false, "转正日期在当年的人数。",
					"Probationary members converted to full members in the year."),
			def("party.branches", "党支部", "Party branches", "branches", false, "现有党支部个数。", "Active Party branches."),
			def("party.meetings", "“三会一课”次数", "Meetings (三会一课)", "meetings", false,
					"当年召开的支部党员大会、支部委员会、党小组会和党课次数（不含主题党日活动）。",
					"Branch general, committee and group meetings and Party lectures held in the year (themed activities not counted)."),
			def("party.meetingCompliance", "“三会一课”达标率", "三会一课 compliance", "percent", true,
					"当年已结束的每个周期都达到规定频次的党支部占党支部数的百分比（支部党员大会每季度、支部委员会和党小组会每月、党课每季度，本地参数）。",
					"Branches that held each kind of meeting in every ended period of the year, in percent of branches (local parameters).")
				.goodWhenUp(),
			def("party.appraisal.byGrade.<GRADE>", "民主评议党员评定等次", "Members by appraisal grade", "people", false,
					"当年民主评议党员中支部评定为该等次（优秀、合格、基本合格、不合格）的党员人数。",
					"Members the branch graded so (excellent, qualified, basically qualified, unqualified) in the year's democratic appraisal."),
			def("party.duesArrears", "有欠交党费月份的党员", "Members with unpaid dues months", "people", false,
					"截至12月（当年截至本月），当年有未交党费月份的在职党员人数；仅统计当年在本系统登记党费的单位。",
					"Active members with at least one unpaid dues month in the year up to December (this month in the current year); counted only in the units whose dues of the year are kept here.")
				.goodWhenDown(),
			def("party.transfersIn", "组织关系转入", "Memberships transferred in", "people", false,
					"接收日期在当年、接收党支部在范围内的组织关系转接人次（含系统外转入和本系统其他党支部转来）。",
					"Transfers of organisational relationship received in the year by branches in scope, from outside or from another branch here."),
			def("party.transfersOut", "组织关系转出", "Memberships transferred out", "people", false,
					"转出日期在当年、转出党支部在范围内的组织关系转接人次（含转往系统外和转往本系统其他党支部）。",
					"Transfers of organisational relationship sent out in the year by branches in scope, outside or to another branch here."));

	private final Memberships memberships;

	PartyFigures(PartyManagement party, MemberRecords members, Memberships memberships) {
		this.party = party;
		this.members = members;
		this.memberships = memberships;
	}

	private static FigureDefinition def(String key, String zh, String en, String unit, boolean percent, String defZh,
			String defEn) {
		return new FigureDefinition(key, zh, en, unit, defZh, defEn, MODULE, percent, null);
	}

	@Override
	public List<FigureDefinition> definitions() {
		return definitions;
	}

	// Party records start in 2000; the book of an earlier year has none.
	private static boolean recorded(FigureQuery q) {
		return q.year() >= 2000 && q.year() <= 2100;
	}

	@Override
	public Map<String, BigDecimal> compute(FigureQuery q) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		if (!recorded(q)) {
			return values;
		}
		values.put("party.applicants", count(stage(q, DevelopmentStage.APPLICANT)));
		values.put("party.activists", count(stage(q, DevelopmentStage.ACTIVIST)));
		values.put("party.developmentTargets", count(targets(q)));
		values.put("party.approved",
				count(party.steppedBetween(q.scope(), DevelopmentStepKind.PROBATIONARY, q.from(), q.to())));
		values.put("party.probationary", count(stage(q, DevelopmentStage.PROBATIONARY)));
		values.put("party.converted",
				count(party.steppedBetween(q.scope(), DevelopmentStepKind.FULL_MEMBER, q.from(), q.to())));
		values.put("party.branches", BigDecimal.valueOf(party.countOrganisations(q.scope(), OrganisationKind.BRANCH)));
		values.put("party.meetings", BigDecimal.valueOf(party.countMeetings(q.scope(), q.from(), q.to())));
		members.byGrade(q.scope(), q.year())
			.forEach((grade, found) -> values.put("party.appraisal.byGrade." + grade, count(found)));
		if (members.duesKept(q.scope(), q.year())) {
			values.put("party.duesArrears", count(members.arrearsWhereKept(q.scope(), duesUpTo(q))));
		}
		values.put("party.transfersIn", count(memberships.receivedBetween(q.scope(), q.from(), q.to())));
		values.put("party.transfersOut", count(memberships.sentBetween(q.scope(), q.from(), q.to())));
		List<MeetingCompliance> compliance = compliance(q);
		if (!compliance.isEmpty()) {
			long met = compliance.stream().filter(MeetingCompliance::compliant).count();
			long tenths = (met * 2000L + compliance.size()) / (2L * compliance.size());
			values.put("party.meetingCompliance", BigDecimal.valueOf(tenths, 1));
		}
		return values;
	}

	private static BigDecimal count(List<?> list) {
		return BigDecimal.valueOf(list.size());
	}

	private List<PartyDevelopment> stage(FigureQuery q, DevelopmentStage stage) {
		return party.atStageOn(q.scope(), stage, q.asOf());
	}

	private List<PartyDevelopment> targets(FigureQuery q) {
		List<PartyDevelopment> found = new ArrayList<>(stage(q, DevelopmentStage.DEVELOPMENT_TARGET));
		found.addAll(stage(q, DevelopmentStage.ADMITTED));
		return found;
	}

	// Periods ended by 31 December, or by today in the current year.
	private List<MeetingCompliance> compliance(FigureQuery q) {
		LocalDate today = party.today();
		return party.compliance(q.scope(), q.year(), today.isBefore(q.asOf()) ? today : q.asOf().plusDays(1));
	}

	// December, or this month in the current year.
	private java.time.YearMonth duesUpTo(FigureQuery q) {
		java.time.YearMonth now = java.time.YearMonth.from(party.today());
		java.time.YearMonth december = java.time.YearMonth.of(q.year(), 12);
		return now.isBefore(december) && now.getYear() == q.year() ? now : december;
	}

	@Override
	public FigureRecords records(String key, FigureQuery q, int page, int size) {
		if (definitions.stream().noneMatch(d -> d.covers(key))) {
			throw new NotFound("figure " + key);
		}
		List<String> people = List.of("party.development.person", "party.organisation", "party.development.stage",
				"party.step.date");
		if (!recorded(q)) {
			return FigureRecords.empty(people);
		}
		List<List<String>> rows = new ArrayList<>();
		// The person each row is about, so the figure book links the name (non-staff:
		// none).
		List<Long> ids = new ArrayList<>();
		switch (key) {
			case "party.applicants", "party.activists", "party.developmentTargets", "party.probationary",
					"party.approved", "party.converted" -> {
				List<PartyDevelopment> found = switch (key) {
					case "party.applicants" -> stage(q, DevelopmentStage.APPLICANT);
					case "party.activists" -> stage(q, DevelopmentStage.ACTIVIST);
					case "party.developmentTargets" -> targets(q);
					case "party.probationary" -> stage(q, DevelopmentStage.PROBATIONARY);
					case "party.approved" ->
						party.steppedBetween(q.scope(), DevelopmentStepKind.PROBATIONARY, q.from(), q.to());
					default -> party.steppedBetween(q.scope(), DevelopmentStepKind.FULL_MEMBER, q.from(), q.to());
				};
				Map<Long, String> names = party
					.organisationNamesOf(found.stream().map(PartyDevelopment::getOrganisationId).toList());
				found.stream().skip((long) page * size).limit(size).forEach(d -> {
					LocalDate day = switch (key) {
						case "party.approved" -> d.getApprovedOn();
						case "party.converted" -> d.getConvertedOn();
						default -> d.getAppliedOn();
					};
					rows.add(List.of(d.getPersonName(), names.getOrDefault(d.getOrganisationId(), ""),
							stageKey(PartyManagement.stageOn(d, q.asOf())), String.valueOf(day)));
					ids.add(d.getStaffId());
				});
				return new FigureRecords(people, rows, found.size(), ids, 0);
			}
			case "party.branches" -> {
				List<OrganisationView> found = party.organisations(q.scope())
					.stream()
					.filter(o -> o.kind() == OrganisationKind.BRANCH && o.active())
					.toList();
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(o -> rows.add(List.of(o.name(), o.unitName() == null ? "" : o.unitName(),
							o.secretaryName() == null ? "" : o.secretaryName())));
				return new FigureRecords(List.of("party.organisation", "party.unit", "party.organisation.secretary"),
						rows, found.size());
			}
			case "party.meetings" -> {
				List<MeetingView> found = party.meetings(q.scope(), null, q.year())
					.stream()
					.filter(m -> m.kind() != MeetingKind.THEMED_ACTIVITY)
					.toList();
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(m -> rows.add(List.of(m.organisationName(), "enum.MeetingKind." + m.kind().name(),
							m.heldOn().toString(), m.topic(), Integer.toString(m.present()))));
				return new FigureRecords(List.of("party.organisation", "party.meeting.kind", "party.meeting.heldOn",
						"party.meeting.topic", "party.meeting.present"), rows, found.size());
			}
			case "party.meetingCompliance" -> {
				List<MeetingCompliance> found = compliance(q);
				found.stream()
					.skip((long) page * size)
					.limit(size)
					.forEach(c -> rows.add(List.of(c.organisationName(),
							c.kinds().stream().mapToLong(MeetingCompliance.KindPeriods::met).sum() + "/"
									+ c.kinds().stream().mapToInt(k -> k.periods().size()).sum(),
							c.compliant() ? "✓" : "✗")));
				return new FigureRecords(
						List.of("party.organisation", "party.compliance.periodsMet", "party.compliance.compliant"),
						rows, found.size());
			}
			case "party.transfersIn", "party.transfersOut" -> {
				boolean in = key.equals("party.transfersIn");
				List<MembershipTransfer> found = in ? memberships.receivedBetween(q.scope(), q.from(), q.to())
						: memberships.sentBetween(q.scope(), q.from(), q.to());
				Map<Long, String> names = memberships.namesOf(found);
				found.stream().skip((long) page * size).limit(size).forEach(t -> {
					TransferView v = t.toView(names);
					String other = in
							? (v.fromOrganisationName() != null ? v.fromOrganisationName() : v.outsideOrganisation())
							: (v.toOrganisationName() != null ? v.toOrganisationName() : v.outsideOrganisation());
					rows.add(List.of(v.personName(), in ? v.toOrganisationName() : v.fromOrganisationName(),
							other == null ? "" : other, v.letterNo(), String.valueOf(in ? v.receivedOn() : v.outOn())));
					ids.add(v.staffId());
				});
				return new FigureRecords(List.of("party.appraisal.person", "party.organisation",
						"party.transfer.otherEnd", "party.transfer.letterNo", "party.step.date"), rows, found.size(),
						ids, 0);
			}
			case "party.duesArrears" -> {
				List<DuesArrears> found = members.duesKept(q.scope(), q.year())
						? members.arrearsWhereKept(q.scope(), duesUpTo(q)) : List.of();
				found.stream().skip((long) page * size).limit(size).forEach(a -> {
					rows.add(List.of(a.personName(), a.unitName() == null ? "" : a.unitName(),
							String.join("、", a.unpaidMonths()), Integer.toString(a.consecutive())));
					ids.add(a.staffId());
				});
				return new FigureRecords(
						List.of("party.appraisal.person", "party.unit", "party.dues.unpaid", "party.dues.consecutive"),
						rows, found.size(), ids, 0);
			}
			default -> {
				if (key.startsWith("party.appraisal.byGrade.")) {
					AppraisalGrade grade;
					try {
						grade = AppraisalGrade.valueOf(key.substring("party.appraisal.byGrade.".length()));
					}
					catch (IllegalArgumentException ex) {
						throw new NotFound("figure " + key);
					}
					List<AppraisalView> found = members.byGrade(q.scope(), q.year()).get(grade);
					found.stream().skip((long) page * size).limit(size).forEach(a -> {
						rows.add(List.of(a.personName(), a.organisationName(),
								"enum.AppraisalGrade." + a.grade().name(), a.gradedOn().toString()));
						ids.add(a.staffId());
					});
					return new FigureRecords(List.of("party.appraisal.person", "party.organisation",
							"party.appraisal.grade", "party.appraisal.gradedOn"), rows, found.size(), ids, 0);
				}
				throw new NotFound("figure " + key);
			}
		}
	}

	// The stage's message key, translated on the page (no bare code on a Chinese page).
	private static String stageKey(DevelopmentStage stage) {
		return stage == null ? "" : "enum.DevelopmentStage." + stage.name();
	}

}
