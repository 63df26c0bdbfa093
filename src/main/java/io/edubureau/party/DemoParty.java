package io.edubureau.party;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo-county Party records: the bureau's Party committee and one branch per school,
 * about three pipelines per school whose applications are spread over three years (so
 * every stage is present and about 60 are approved as probationary members a year, as
 * seed 003 counts), an applicant or two whose talk is overdue, and a year of 三会一课 with a
 * few missed months.
 */
@Component
@Order(41)
class DemoParty implements ApplicationRunner {

	private static final String BY = "demo";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };

	private static final String[] GIVEN = { "晓燕", "志强", "丽娟", "建华", "海燕", "国庆", "文静", "春梅", "永刚", "红霞", "子涵", "雨萱" };

	private static final String[] TOPICS = { "学习贯彻党的二十大精神", "师德师风专题学习", "学习《中国共产党章程》", "党员教育管理工作部署", "发展党员工作讨论",
			"主题教育专题党课", "落实全面从严治党主体责任", "学习党史，传承红色基因" };

	private final OrgManagement org;

	private final PartyOrganisationRepository organisations;

	private final PartyDevelopmentRepository developments;

	private final PartyMeetingRepository meetings;

	private final boolean enabled;

	DemoParty(OrgManagement org, PartyOrganisationRepository organisations, PartyDevelopmentRepository developments,
			PartyMeetingRepository meetings, @Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.organisations = organisations;
		this.developments = developments;
		this.meetings = meetings;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || organisations.count() > 0) {
			return;
		}
		List<UnitView> bureaus = org.listAll(DataScope.all(),
				new UnitFilter(null, UnitType.BUREAU, null, null, null, UnitStatus.ACTIVE, null));
		List<UnitView> schools = org.listAll(DataScope.all(),
				new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null));
		if (bureaus.isEmpty() || schools.isEmpty()) {
			return;
		}
		seed(bureaus.get(0), schools, LocalDate.now());
	}

	/**
	 * Seeds the committee of the bureau and the schools' branches, pipelines and
	 * meetings.
	 */
	void seed(UnitView bureau, List<UnitView> schools, LocalDate today) {
		PartyOrganisation committee = organisations
			.save(new PartyOrganisation(bureau.name() + "党委", OrganisationKind.COMMITTEE, null, bureau.id(),
					bureau.path(), null, null, LocalDate.of(today.getYear() + 2, 6, 30), BY));
		for (int s = 0; s < schools.size(); s++) {
			UnitView school = schools.get(s);
			PartyOrganisation branch = organisations.save(new PartyOrganisation(school.name() + "党支部",
					OrganisationKind.BRANCH, committee.getId(), school.id(), school.path(), null, school.principal(),
					LocalDate.of(today.getYear() + 1 + s % 3, 9, 1), BY));
			for (int k = 0; k < 3; k++) {
				int n = s * 3 + k;
				// Applications spread from 10 days to three years back.
				LocalDate applied = today.minusDays(10 + (n * 373L) % 1090);
				pipeline(branch, n, applied, today);
			}
			meetings(branch, s, today);
		}
	}

	private void pipeline(PartyOrganisation branch, int n, LocalDate applied, LocalDate today) {
		String name = SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length];
		LocalDate birth = LocalDate.of(1985 + n % 15, 1 + n % 12, 1 + n % 28);
		PartyDevelopment d = new PartyDevelopment(null, name, birth, branch, applied, BY);
		LocalDate talk = applied.plusDays(15);
		LocalDate activist = applied.plusMonths(2);
		LocalDate target = activist.plusMonths(12);
		LocalDate noticeFrom = target.plusDays(40).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		LocalDate noticeTo = noticeFrom.plusDays(4);
		LocalDate vote = noticeTo.plusDays(3);
		LocalDate approval = vote.plusDays(40);
		LocalDate full = vote.plusMonths(12);
		// Every fourth applicant still waits for the talk, overdue once a month has
		// passed.
		boolean talkWaits = n % 4 == 0;
		List<Object[]> steps = List.of(new Object[] { DevelopmentStepKind.TALK, talk },
				new Object[] { DevelopmentStepKind.ACTIVIST, activist },
				new Object[] { DevelopmentStepKind.ASSESSMENT, activist.plusMonths(6) },
				new Object[] { DevelopmentStepKind.ASSESSMENT, activist.plusMonths(12).minusDays(5) },
				new Object[] { DevelopmentStepKind.DEVELOPMENT_TARGET, target },
				new Object[] { DevelopmentStepKind.POLITICAL_REVIEW, target.plusDays(20) },
				new Object[] { DevelopmentStepKind.TRAINING, target.plusDays(30) },
				new Object[] { DevelopmentStepKind.PUBLIC_NOTICE, noticeFrom },
				new Object[] { DevelopmentStepKind.BRANCH_VOTE, vote },
				new Object[] { DevelopmentStepKind.PROBATIONARY, approval },
				new Object[] { DevelopmentStepKind.FULL_MEMBER, full });
		for (Object[] step : steps) {
			DevelopmentStepKind kind = (DevelopmentStepKind) step[0];
			LocalDate on = (LocalDate) step[1];
			if (on.isAfter(today)
					|| (kind == DevelopmentStepKind.TALK && talkWaits && applied.isAfter(today.minusDays(120)))) {
				break;
			}
			d.apply(new DevelopmentRule.Request(kind, on, kind == DevelopmentStepKind.PUBLIC_NOTICE ? noticeTo : null,
					kind == DevelopmentStepKind.TRAINING ? 3 : null, null, 24 + n % 10, 20 + n % 5, 19 + n % 5, null,
					null), vote.plusMonths(12), BY);
		}
		developments.save(d);
	}

	// The last twelve months: committee and group meetings monthly, the general meeting
	// and the lecture quarterly; every seventh branch missed one month's committee
	// meeting.
	void meetings(PartyOrganisation branch, int s, LocalDate today) {
		YearMonth first = YearMonth.from(today).minusMonths(11);
		for (int m = 0; m < 12; m++) {
			YearMonth month = first.plusMonths(m);
			LocalDate day = month.atDay(Math.min(month.lengthOfMonth(), 5 + s % 20));
			if (day.isAfter(today)) {
				continue;
			}
			int present = 12 + s % 15;
			if (!(s % 7 == 3 && m == 4)) {
				save(branch, MeetingKind.COMMITTEE_MEETING, day, s + m, 5, 0);
			}
			save(branch, MeetingKind.GROUP_MEETING, day.plusDays(2).isAfter(today) ? day : day.plusDays(2), s + m + 1,
					present / 2, 0);
			if (month.getMonthValue() % 3 == 0) {
				save(branch, MeetingKind.GENERAL_MEETING, day, s + m + 2, present, (s + m) % 3 == 0 ? 1 : 0);
				save(branch, MeetingKind.LECTURE, day, s + m + 3, present, 0);
			}
		}
	}

	private void save(PartyOrganisation branch, MeetingKind kind, LocalDate day, int n, int present, int absent) {
		meetings.save(new PartyMeeting(branch, kind, day, TOPICS[n % TOPICS.length], present, absent,
				absent > 0 ? "外出参加培训（已请假）" : null, BY));
	}

}
