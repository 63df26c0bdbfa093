package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.cadres.Forms.AdmonishForm;
import io.edubureau.cadres.Forms.AppointmentForm;
import io.edubureau.cadres.Forms.ElectionForm;
import io.edubureau.cadres.Forms.PaperTallyForm;
import io.edubureau.cadres.Forms.PostForm;
import io.edubureau.cadres.Forms.ReserveForm;
import io.edubureau.cadres.Forms.RoundForm;
import io.edubureau.cadres.Forms.TallyForm;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.CandidateView;
import io.edubureau.cadres.Views.ElectionView;
import io.edubureau.cadres.Views.PostView;
import io.edubureau.cadres.Views.RoundView;
import io.edubureau.cadres.Views.TallyView;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.rules.CadreOutcome;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county's cadres: principals and vice principals of the first schools, last
 * year's democratic evaluation (one cadre at 22% → an admonishment talk recorded), a
 * paper principal election counted, a reserve list, and the leadership-team assessment
 * (班子考核) of the evaluated schools by one assessment team.
 */
@Component
@Order(40)
class DemoCadres implements ApplicationRunner {

	private final CadresManagement cadres;

	private final PostRepository posts;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final boolean enabled;

	DemoCadres(CadresManagement cadres, PostRepository posts, OrgManagement org, StaffManagement staff,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.cadres = cadres;
		this.posts = posts;
		this.org = org;
		this.staff = staff;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || posts.count() > 0) {
			return;
		}
		DataScope all = DataScope.all();
		List<UnitView> schools = org
			.listAll(all, new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.limit(4)
			.toList();
		if (schools.size() < 4) {
			return;
		}
		int lastYear = cadres.today().getYear() - 1;
		LocalDate appointed = LocalDate.of(lastYear - 2, 9, 1);
		List<Long> evaluated = schools.subList(0, 3).stream().map(UnitView::id).toList();
		RoundView round = cadres.openRound(all, new RoundForm(lastYear, lastYear + "年度干部民主测评", evaluated));
		int[][] tallies = { { 30, 8, 9, 2 }, { 28, 16, 3, 1 }, { 35, 10, 2, 1 }, { 25, 18, 4, 1 }, { 31, 12, 3, 2 },
				{ 27, 17, 3, 1 } };
		int row = 0;
		for (int i = 0; i < schools.size(); i++) {
			UnitView school = schools.get(i);
			List<StaffView> people = staff
				.search(DataScope.unitAndBelow(school.id()),
						new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null),
						PageRequest.of(0, 8, Sort.by("id")))
				.getContent();
			if (people.size() < 6) {
				continue;
			}
			PostView principal = cadres.createPost(all, new PostForm(school.id(), PostKind.PRINCIPAL, "校长"));
			PostView vice = cadres.createPost(all, new PostForm(school.id(), PostKind.VICE_PRINCIPAL, "副校长"));
			if (i == 3) {
				election(principal, people);
			}
			else {
				AppointmentView p = cadres.appoint(all, new AppointmentForm(principal.id(), people.get(0).id(),
						appointed, "示范县教任〔" + appointed.getYear() + "〕" + (i + 1) + "号"));
				AppointmentView v = cadres.appoint(all, new AppointmentForm(vice.id(), people.get(1).id(), appointed,
						"示范县教任〔" + appointed.getYear() + "〕" + (i + 11) + "号"));
				for (AppointmentView a : List.of(p, v)) {
					int[] t = tallies[row++];
					TallyView entered = cadres.enterTally(all, round.id(),
							new TallyForm(a.id(), t[0], t[1], t[2], t[3]));
					if (entered.outcome() != CadreOutcome.NONE) {
						cadres.admonish(all, entered.id(), new AdmonishForm(LocalDate.of(lastYear, 12, 20), "县教育局党组书记",
								"就测评中反映的问题进行诫勉谈话，要求限期整改。"));
					}
				}
			}
			for (StaffView reserve : people.subList(2, 4)) {
				cadres.nominate(all, new ReserveForm(school.id(), PostKind.VICE_PRINCIPAL, reserve.id(),
						"民主推荐得票较高，教学管理能力强，群众基础好。", LocalDate.of(lastYear, 11, 15)));
			}
		}
		leadership(round, evaluated, schools.get(3));
		cadres.closeRound(round.id());
	}

	// 班子考核: one assessment team of the bureau's (or the fourth school's) staff grades the
	// evaluated schools' leadership teams, confirmed.
	private void leadership(RoundView round, List<Long> evaluated, UnitView spare) {
		DataScope all = DataScope.all();
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		List<StaffView> assessors = org
			.listAll(all, new UnitFilter(null, UnitType.BUREAU, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.findFirst()
			.map(b -> staff.search(DataScope.unit(b.id()), active, PageRequest.of(0, 3, Sort.by("id"))).getContent())
			.filter(found -> found.size() >= 2)
			.orElseGet(
					() -> staff.search(DataScope.unitAndBelow(spare.id()), active, PageRequest.of(0, 8, Sort.by("id")))
						.getContent()
						.stream()
						.skip(5)
						.toList());
		if (assessors.size() < 2) {
			return;
		}
		cadres.createTeam(all, round.id(),
				new Forms.TeamForm("第一考核组", assessors.stream().map(StaffView::id).toList(), evaluated));
		int[][] ballots = { { 30, 12, 5, 1 }, { 24, 16, 6, 2 }, { 18, 14, 12, 4 } };
		for (int i = 0; i < evaluated.size() && i < ballots.length; i++) {
			int[] b = ballots[i];
			Views.TeamAssessmentView a = cadres.enterTeamAssessment(all, round.id(),
					new Forms.TeamAssessmentForm(evaluated.get(i), null, b[0], b[1], b[2], b[3], null));
			cadres.confirmTeamAssessment(all, a.id());
		}
	}

	// A paper election last autumn: three candidates, one with more than half.
	private void election(PostView principal, List<StaffView> people) {
		DataScope all = DataScope.all();
		LocalDate day = LocalDate.of(cadres.today().getYear() - 1, 10, 12);
		// Candidates as preselection leaves them: only people who meet the conditions.
		List<Long> eligible = staff
			.search(DataScope.unitAndBelow(principal.unitId()),
					new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null),
					PageRequest.of(0, 200, Sort.by("id")))
			.getContent()
			.stream()
			.filter(p -> cadres.eligibility(all, p.id(), day).eligible())
			.map(StaffView::id)
			.limit(3)
			.toList();
		if (eligible.size() < 3) {
			return;
		}
		ElectionView e = cadres.createElection(all,
				new ElectionForm(principal.id(), "校长民主选举", day, ElectionMode.PAPER, eligible));
		cadres.openElection(all, e.id());
		List<CandidateView> c = e.candidates();
		cadres.enterPaperTally(all, e.id(),
				new PaperTallyForm(52, 48, java.util.Map.of(c.get(0).id(), 29, c.get(1).id(), 12, c.get(2).id(), 7)));
		ElectionView closed = cadres.closeElection(all, e.id());
		if (closed.electedStaffId() != null) {
			// The result is posted publicly today; the appointment waits for the notice's
			// end.
			cadres.postNotice(all, e.id(), new Forms.NoticeForm(cadres.today()));
		}
	}

}
