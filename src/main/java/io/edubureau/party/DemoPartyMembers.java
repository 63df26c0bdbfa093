package io.edubureau.party;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.staff.StaffView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo-county members' records in the first three schools' branches: last year's
 * democratic appraisal (mostly 合格, some 优秀, one 基本合格 and one 不合格 under 限期改正) and this
 * year's dues up to last month, one member six months behind.
 */
@Component
@Order(42)
class DemoPartyMembers implements ApplicationRunner {

	private static final String BY = "demo";

	private final PartyOrganisationRepository organisations;

	private final AppraisalRepository appraisals;

	private final AppraisalStepRepository steps;

	private final DuesRepository dues;

	private final MemberRecords members;

	private final io.edubureau.org.OrgManagement org;

	private final boolean enabled;

	DemoPartyMembers(PartyOrganisationRepository organisations, AppraisalRepository appraisals,
			AppraisalStepRepository steps, DuesRepository dues, MemberRecords members,
			io.edubureau.org.OrgManagement org, @Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.organisations = organisations;
		this.appraisals = appraisals;
		this.steps = steps;
		this.dues = dues;
		this.members = members;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || appraisals.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now();
		int lastYear = today.getYear() - 1;
		List<PartyOrganisation> branches = organisations.findAll()
			.stream()
			.filter(o -> o.getKind() == OrganisationKind.BRANCH)
			.sorted(java.util.Comparator.comparing(PartyOrganisation::getId))
			.limit(3)
			.toList();
		int n = 0;
		for (PartyOrganisation branch : branches) {
			List<StaffView> people = members.members(DataScope.unitAndBelow(branch.getUnitId()));
			for (StaffView p : people) {
				AppraisalGrade grade = n == 3 ? AppraisalGrade.UNQUALIFIED : n == 7 ? AppraisalGrade.BASICALLY_QUALIFIED
						: n % 5 == 0 ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED;
				int voters = 20 + n % 7;
				int[] tallies = switch (grade) {
					case EXCELLENT -> new int[] { voters - 4, 4, 0, 0 };
					case QUALIFIED -> new int[] { 3, voters - 4, 1, 0 };
					case BASICALLY_QUALIFIED -> new int[] { 1, 8, voters - 12, 3 };
					case UNQUALIFIED -> new int[] { 0, 4, 6, voters - 10 };
				};
				LocalDate graded = LocalDate.of(lastYear, 12, 20);
				MemberAppraisal a = appraisals.save(new MemberAppraisal(branch.getId(), p.unitId(), pathOf(branch, p),
						p.id(), p.name(), lastYear, "对照党员标准，认真查找不足。", tallies, grade, graded, BY));
				if (grade == AppraisalGrade.UNQUALIFIED) {
					steps.save(a.step(null, graded, null, BY));
					a.correction(LocalDate.of(today.getYear(), 1, 10), LocalDate.of(today.getYear(), 7, 10),
							"支部谈话，限期半年改正。");
					steps.save(a.step(FollowUp.DUE, LocalDate.of(today.getYear(), 1, 10), "支部谈话，限期半年改正。", BY));
				}
				// This year's dues up to last month; the fourth member stopped paying
				// after
				// January.
				long base = 450_000 + (n % 6) * 100_000;
				DuesRule.Due due = DuesRule.decide(base, false);
				for (YearMonth m = YearMonth.of(today.getYear(), 1); m
					.isBefore(YearMonth.from(today)); m = m.plusMonths(1)) {
					if (n == 4 && m.getMonthValue() > 1) {
						break;
					}
					dues.save(new PartyDues(p.id(), p.name(), p.unitId(), pathOf(branch, p), MemberRecords.key(m),
							false, base, due.dueFen(), due.dueFen(), m.atDay(Math.min(25, m.lengthOfMonth())), BY));
				}
				n++;
			}
		}
	}

	private String pathOf(PartyOrganisation branch, StaffView p) {
		return org.pathOf(p.unitId()).orElse(branch.getUnitPath());
	}

}
