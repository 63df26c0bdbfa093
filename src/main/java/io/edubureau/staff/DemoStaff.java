package io.edubureau.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.rules.RulesManagement;
import io.edubureau.security.SecurityManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the demo county about 5,000 staff at first start: realistic ages, titles,
 * education and stages, deterministic, with a few file discrepancies for the
 * personnel-file audit to find.
 */
@Component
@Order(25)
class DemoStaff implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);

	static final String COUNTY_ADDRESS_CODE = "360721";

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰萍红鹏辉斌宇浩凯晨欣怡梓涵子轩雨桐佳琪思远文博嘉怡一诺宏志海燕春梅晓东丹丹";

	private static final String[] PRIMARY_SUBJECTS = { "语文", "数学", "英语", "科学", "音乐", "体育", "美术", "道德与法治", "信息科技" };

	private static final String[] SECONDARY_SUBJECTS = { "语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "体育",
			"音乐", "美术", "信息技术" };

	private final StaffRepository staff;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final SecurityManagement security;

	private final boolean enabled;

	DemoStaff(StaffRepository staff, OrgManagement org, RulesManagement rules, SecurityManagement security,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.security = security;
		this.staff = staff;
		this.org = org;
		this.rules = rules;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || staff.count() > 0) {
			return;
		}
		List<UnitView> schools = new ArrayList<>();
		for (UnitType type : new UnitType[] { UnitType.SCHOOL, UnitType.TEACHING_POINT }) {
			schools.addAll(org.listAll(DataScope.all(),
					new UnitFilter(null, type, null, null, null, UnitStatus.ACTIVE, null)));
		}
		if (schools.isEmpty()) {
			return;
		}
		Random random = new Random(42);
		Set<String> used = new HashSet<>();
		int count = 0;
		LocalDate today = LocalDate.now();
		for (UnitView school : schools) {
			int classes = org.enrolment(DataScope.all(), school.id())
				.stream()
				.filter(e -> e.schoolYear() == latestYear(school))
				.mapToInt(EnrolmentView::classes)
				.sum();
			int people = Math.max(2, (int) Math.round(classes * 3.2) + (school.type() == UnitType.SCHOOL ? 4 : 0));
			List<Stage> stages = new ArrayList<>(school.stages());
			for (int i = 0; i < people; i++) {
				staff.save(person(random, used, school, stages.get(random.nextInt(stages.size())), today, count));
				count++;
			}
		}
		log.info("Loaded {} demo staff", count);
		// The demo teacher account signs in as the first person of the first school.
		staff.findAll(PageRequest.of(0, 1, Sort.by("id")))
			.forEach(first -> security.linkStaff("teacher", first.getId()));
	}

	private int latestYear(UnitView school) {
		return org.enrolment(DataScope.all(), school.id())
			.stream()
			.mapToInt(EnrolmentView::schoolYear)
			.max()
			.orElse(LocalDate.now().getYear());
	}

	private StaffMember person(Random random, Set<String> used, UnitView school, Stage stage, LocalDate today, int n) {
		boolean female = random.nextInt(100) < (stage == Stage.PRESCHOOL ? 95 : stage == Stage.PRIMARY ? 72 : 55);
		PostCategory post = random.nextInt(100) < 86 ? PostCategory.PROFESSIONAL
				: random.nextInt(2) == 0 ? PostCategory.MANAGEMENT : PostCategory.SUPPORT;
		int age = age(random, StaffMember.defaultRetirementAge(female ? Sex.FEMALE : Sex.MALE, post));
		LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
		String idNumber;
		do {
			int sequence = random.nextInt(500) * 2 + (female ? 0 : 1);
			String first17 = COUNTY_ADDRESS_CODE
					+ String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
					+ String.format("%03d", sequence);
			idNumber = first17 + rules.checkCharacter(first17);
		}
		while (!used.add(idNumber));
		String name = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
				+ GIVEN.charAt(random.nextInt(GIVEN.length()))
				+ (random.nextBoolean() ? String.valueOf(GIVEN.charAt(random.nextInt(GIVEN.length()))) : "");
		Education education = education(random, age);
		LocalDate workStart = birth.plusYears(education.ordinal() <= 2 ? 23 + (education == Education.DOCTORATE ? 4 : 0)
				: education == Education.BACHELOR ? 22 : 20)
			.plusMonths(random.nextInt(12));
		if (n % 997 == 13) {
			// A discrepancy for the file audit: work started before age 16.
			workStart = birth.plusYears(15);
		}
		if (workStart.isAfter(today)) {
			// The newest recruits: hired on some day of the past year, not all on one.
			workStart = today.minusDays(30 + random.nextInt(330));
		}
		TitleLevel title = title(random, today.getYear() - workStart.getYear(), post);
		PoliticalStatus politics = random.nextInt(100) < 34 ? PoliticalStatus.PARTY_MEMBER
				: age < 28 && random.nextInt(3) == 0 ? PoliticalStatus.LEAGUE_MEMBER : PoliticalStatus.NONE;
		LocalDate partyJoin = politics == PoliticalStatus.PARTY_MEMBER
				? birth.plusYears(20 + random.nextInt(Math.max(1, age - 20))) : null;
		if (partyJoin != null && n % 1499 == 7) {
			// A discrepancy for the file audit: party join before 18.
			partyJoin = birth.plusYears(17);
		}
		if (partyJoin != null && partyJoin.isAfter(today)) {
			partyJoin = today.minusMonths(2);
		}
		HireChannel channel = channel(random, age);
		Sex sex = female ? Sex.FEMALE : Sex.MALE;
		String subject = stage == Stage.PRIMARY || stage == Stage.PRESCHOOL
				? (stage == Stage.PRESCHOOL ? "学前教育" : PRIMARY_SUBJECTS[random.nextInt(PRIMARY_SUBJECTS.length)])
				: SECONDARY_SUBJECTS[random.nextInt(SECONDARY_SUBJECTS.length)];
		EmploymentType employment = random.nextInt(100) < 91 ? EmploymentType.IN_ESTABLISHMENT
				: random.nextBoolean() ? EmploymentType.CONTRACT : EmploymentType.SUBSTITUTE;
		StaffForm form = StaffForm.builder()
			.idNumber(idNumber)
			.name(name)
			.sex(sex)
			.birthDate(birth)
			.ethnicity(random.nextInt(100) < 96 ? "汉族" : "畲族")
			.nativePlace("江西省示范县")
			.politicalStatus(politics)
			.partyJoinDate(partyJoin)
			.workStartDate(workStart)
			.phone("1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000)))
			.unitCode(school.code())
			.employmentType(employment)
			.postCategory(post)
			.fullTimeTeacher(post == PostCategory.PROFESSIONAL)
			.stage(stage)
			.subject(subject)
			.backbone(random.nextInt(100) < 8)
			.academicLeader(random.nextInt(100) < 3)
			.hireDate(workStart)
			.hireChannel(channel)
			.highestEducation(education)
			.graduateSchoolTier(education.ordinal() <= 2 ? tier(random) : SchoolTier.OTHER)
			.titleLevel(title)
			.titleDate(title == TitleLevel.NONE ? null : titleDate(random, workStart, title, today))
			.status(StaffStatus.ACTIVE)
			.build();
		StaffMember m = new StaffMember(idNumber);
		m.apply(form, sex, birth, school.id(), school.path());
		m.record(new StaffEvent(m, StaffEventKind.HIRE, workStart, null, school.id(), null, "demo"));
		return m;
	}

	/**
	 * An age like a county's teaching force: about a seventh under 30, a fifth in their
	 * 30s, a third in their 40s and the rest in their 50s, below the original statutory
	 * age (so that some retire every year, none is kept past it).
	 */
	static int age(Random random, int retirementAge) {
		int band = random.nextInt(100);
		int top = retirementAge - 1;
		if (band < 14) {
			return 22 + random.nextInt(8);
		}
		if (band < 36) {
			return 30 + random.nextInt(10);
		}
		if (band < 70) {
			return 40 + random.nextInt(10);
		}
		return top < 50 ? 40 + random.nextInt(top - 39) : 50 + random.nextInt(top - 49);
	}

	/**
	 * The day the title was granted: some day between the years it needs after starting
	 * work and five years later, never in the last month; spread over years and months.
	 */
	static LocalDate titleDate(Random random, LocalDate workStart, TitleLevel title, LocalDate today) {
		LocalDate latest = today.minusMonths(1);
		LocalDate earliest = workStart.plusYears(1 + (title.ordinal() - 1) * 4L);
		if (!earliest.isBefore(latest)) {
			// Promoted faster than usual: some day in the second half of their service.
			long served = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(workStart, latest));
			earliest = workStart.plusDays(served / 2);
		}
		long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(earliest, latest));
		return earliest.plusDays(random.nextInt((int) Math.min(span, 5 * 365L)));
	}

	private static Education education(Random random, int age) {
		int r = random.nextInt(100);
		if (age < 35) {
			return r < 8 ? Education.MASTER : r < 80 ? Education.BACHELOR : Education.ASSOCIATE;
		}
		if (age < 50) {
			return r < 3 ? Education.MASTER
					: r < 65 ? Education.BACHELOR : r < 92 ? Education.ASSOCIATE : Education.SECONDARY_NORMAL;
		}
		return r < 40 ? Education.BACHELOR
				: r < 75 ? Education.ASSOCIATE : r < 97 ? Education.SECONDARY_NORMAL : Education.HIGH_SCHOOL_OR_BELOW;
	}

	private static TitleLevel title(Random random, int years, PostCategory post) {
		if (post != PostCategory.PROFESSIONAL || years < 1) {
			return TitleLevel.NONE;
		}
		int r = random.nextInt(100);
		if (years < 3) {
			return r < 70 ? TitleLevel.SECOND : TitleLevel.THIRD;
		}
		if (years < 10) {
			return r < 55 ? TitleLevel.SECOND : TitleLevel.FIRST;
		}
		if (years < 20) {
			return r < 60 ? TitleLevel.FIRST : r < 95 ? TitleLevel.SENIOR : TitleLevel.SECOND;
		}
		return r < 45 ? TitleLevel.SENIOR : r < 47 ? TitleLevel.PROFESSOR_SENIOR : TitleLevel.FIRST;
	}

	private static HireChannel channel(Random random, int age) {
		int r = random.nextInt(100);
		if (age < 30) {
			return r < 55 ? HireChannel.OPEN_RECRUITMENT : r < 75 ? HireChannel.SPECIAL_POST
					: r < 88 ? HireChannel.FREE_NORMAL : r < 94 ? HireChannel.DIRECTIONAL : HireChannel.TALENT;
		}
		return r < 60 ? HireChannel.OPEN_RECRUITMENT : r < 80 ? HireChannel.TRANSFER_IN : HireChannel.OTHER;
	}

	private static SchoolTier tier(Random random) {
		int r = random.nextInt(100);
		return r < 3 ? SchoolTier.PROJECT_985 : r < 10 ? SchoolTier.PROJECT_211 : SchoolTier.OTHER;
	}

}
