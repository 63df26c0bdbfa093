package io.edubureau.awards;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.FileCategory;
import io.edubureau.staff.HonourLevel;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo county's commendation of the year, run through {@link AwardsManagement} so
 * every rule decides: the county's excellent teachers of the year before Teachers' Day
 * (the last one passed), places shared by headcount (3% of the full-time teachers on 1
 * June), each school nominating teachers in service three years or more whose three
 * previous appraisals it records (one excellent), one nomination rejected at review for
 * incomplete material, the public notice in late August and conferral on 9 September with
 * a payment of 1,000 yuan each.
 */
@Component
@Order(60)
class DemoAwards implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAwards.class);

	private static final String[] MERITS = { "教学成绩突出，所带班级学业质量监测连续位居全县前列。", "扎根乡村教学一线，关爱留守儿童，家长满意度高。",
			"积极参与教研教改，主持县级课题一项，指导青年教师成长。", "爱岗敬业，班级管理规范，所带班级获评县级先进班集体。", "承担送教上门任务，帮扶残疾儿童坚持学业。" };

	private final AwardsManagement awards;

	private final AwardRoundRepository rounds;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final KeyTeacherRegister keyTeachers;

	private final StudioRegister studios;

	private final boolean enabled;

	DemoAwards(AwardsManagement awards, AwardRoundRepository rounds, OrgManagement org, StaffManagement staff,
			KeyTeacherRegister keyTeachers, StudioRegister studios, @Value("${edubureau.demo:true}") boolean enabled) {
		this.awards = awards;
		this.rounds = rounds;
		this.org = org;
		this.staff = staff;
		this.keyTeachers = keyTeachers;
		this.studios = studios;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || rounds.count() > 0) {
			return;
		}
		Long bureau = org.owningUnit(DataScope.all()).orElse(null);
		if (bureau == null) {
			return;
		}
		LocalDate today = LocalDate.now();
		// The last Teachers' Day that has passed names the year.
		int year = MonthDay.from(today).isAfter(MonthDay.of(9, 9)) ? today.getYear() : today.getYear() - 1;
		load(DataScope.unitAndBelow(bureau), year);
	}

	/** Runs the year's round for the scope's bureau, acting as its officer. */
	void load(DataScope scope, int year) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		// The demo acts as the bureau's officer, who records appraisals in the files.
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo", null,
				List.of(new SimpleGrantedAuthority("staff:file:update"),
						new SimpleGrantedAuthority("staff:appraisal:update"))));
		SecurityContextHolder.setContext(context);
		try {
			long round = round(scope, year);
			studio(scope, year, round);
		}
		catch (Rejection ex) {
			// Every step is dated in the past; a refusal means a rule changed, not a
			// crash.
			log.warn("Demo commendation of {} not completed: {}", year, ex.getMessage());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Key teachers and a studio: the first commended teachers who pass the selection
	 * check are designated county backbone teachers from 10 September (认定文号 of the
	 * bureau); the first leads a 名师工作室 with the others as members, a goal, two activities
	 * and one mentoring pair (名师带徒) for the school year.
	 */
	private void studio(DataScope scope, int year, long round) {
		LocalDate from = LocalDate.of(year, 9, 10);
		List<Views.KeyTeacherView> designated = new java.util.ArrayList<>();
		for (Views.NominationView n : awards.nominations(scope, round)) {
			if (designated.size() == 4) {
				break;
			}
			try {
				designated.add(keyTeachers.designate(scope, new Forms.DesignationForm(n.staffId(),
						KeyTeacherKind.BACKBONE, KeyTeacherLevel.COUNTY, null, from, "示范县教字〔" + year + "〕52号")));
			}
			catch (Rejection ex) {
				log.warn("Demo designation of {} not made: {}", n.staffId(), ex.getMessage());
			}
		}
		if (designated.size() < 2) {
			log.info("Demo key teachers {}: {} designated, no studio", year, designated.size());
			return;
		}
		Views.KeyTeacherView leader = designated.get(0);
		Views.StudioView s = studios.open(scope,
				new Forms.StudioForm(leader.staffName() + "名师工作室", leader.id(), null, from.plusDays(5)));
		for (Views.KeyTeacherView member : designated.subList(1, designated.size())) {
			studios.join(scope, s.id(), new Forms.MemberForm(member.staffId(), from.plusDays(5)));
		}
		studios.record(scope, s.id(),
				new Forms.StudioRecordForm(false, year, from.plusDays(6), "本学年开展送教下乡 4 次、公开课 6 节", null));
		studios.record(scope, s.id(),
				new Forms.StudioRecordForm(true, year, from.plusDays(20), "工作室集体备课：小学数学单元整体教学", designated.size()));
		studios.record(scope, s.id(),
				new Forms.StudioRecordForm(true, year, from.plusDays(40), "送教下乡：乡村学校示范课", designated.size() + 12));
		studios.pair(scope, new Forms.PairForm(leader.staffId(), designated.get(1).staffId(), s.id(), from.plusDays(5),
				LocalDate.of(year + 1, 7, 10)));
		log.info("Demo key teachers {}: {} designated, studio {}", year, designated.size(), s.name());
	}

	private long round(DataScope scope, int year) {
		long round = awards
			.open(scope,
					new Forms.RoundForm(year + "年度全县优秀教师", AwardKind.EXCELLENT_TEACHER, HonourLevel.COUNTY, year,
							100_000L))
			.id();
		Views.AllocationView allocation = awards.allocateByHeadcount(scope, round, LocalDate.of(year, 6, 1));
		LocalDate nominatedOn = LocalDate.of(year, 6, 10);
		int made = 0;
		for (Views.QuotaView quota : allocation.quotas()) {
			List<StaffView> people = staff
				.search(DataScope.unit(quota.unitId()),
						new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null),
						PageRequest.of(0, Math.max(10, quota.places() * 4), Sort.by("id")))
				.getContent();
			int nominated = 0;
			for (StaffView p : people) {
				if (nominated == quota.places()) {
					break;
				}
				if (!p.fullTimeTeacher() || p.workStartDate() == null
						|| p.workStartDate().isAfter(nominatedOn.minusYears(3))) {
					continue;
				}
				try {
					for (int y = year - 3; y < year; y++) {
						AppraisalResult result = y == year - 1 ? AppraisalResult.EXCELLENT : AppraisalResult.COMPETENT;
						staff.addFileEntry(DataScope.all(), p.id(), FileCategory.APPRAISALS, Map.of("year", y, "result",
								result.name(), "ethics", "PASSED", "appraisedBy", quota.unitName()));
					}
					awards.nominate(scope, round,
							new Forms.NominationForm(p.id(), nominatedOn, MERITS[made % MERITS.length]), nominatedOn);
					nominated++;
					made++;
				}
				catch (Rejection ex) {
					log.warn("Demo nomination of {} not made: {}", p.id(), ex.getMessage());
				}
			}
		}
		awards.closeNominations(scope, round, LocalDate.of(year, 6, 20));
		boolean rejected = false;
		for (Views.NominationView n : awards.nominations(scope, round)) {
			// One nomination goes back for incomplete material, as reviews find.
			boolean approve = rejected || made < 5;
			awards.review(scope, n.id(), new Forms.ReviewForm(approve, approve ? null : "事迹材料不完整，未附年度考核表。"));
			rejected = true;
		}
		LocalDate posted = LocalDate.of(year, 8, 26);
		Views.RoundView notice = awards.publish(scope, round, posted);
		LocalDate conferred = LocalDate.of(year, 9, 9);
		if (!conferred.isAfter(notice.noticeUntil())) {
			conferred = notice.noticeUntil().plusDays(1);
		}
		awards.confer(scope, round, new Forms.DayForm(conferred, "示范县教〔" + year + "〕45号", null));
		log.info("Demo commendation {}: {} nominated, conferred on {}", year, made, conferred);
		return round;
	}

}
