package io.edubureau.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import io.edubureau.org.EnrolmentView;
import io.edubureau.org.LoadedUnit;
import io.edubureau.org.Locality;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Ownership;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitSeed;
import io.edubureau.org.UnitType;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.AppraisalForm;
import io.edubureau.staff.AppraisalResult;
import io.edubureau.staff.EthicsResult;
import io.edubureau.staff.Degree;
import io.edubureau.staff.Education;
import io.edubureau.staff.EducationForm;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffEventKind;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffSeed;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.TitleForm;
import io.edubureau.staff.TitleLevel;

import org.springframework.stereotype.Component;

/**
 * Draws a bureau of a given scale from a seed and has org and staff bulk-load it. One
 * random stream, consumed in a fixed order, so a seed and a reference date always give
 * the same rows.
 */
@Component
class DatasetGenerator {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

	private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰萍红鹏辉斌宇浩凯晨欣怡梓涵子轩雨桐佳琪思远文博嘉怡一诺宏志海燕春梅晓东丹丹";

	private static final String[] TOWNSHIPS = { "城关", "东溪", "南塘", "西岭", "北坪", "青石", "白沙", "梅林" };

	private static final String[] PRIMARY_SUBJECTS = { "语文", "数学", "英语", "科学", "音乐", "体育", "美术", "道德与法治", "信息科技" };

	private static final String[] SECONDARY_SUBJECTS = { "语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "体育",
			"音乐", "美术", "信息技术" };

	private static final String[] UNIVERSITIES = { "江西师范大学", "赣南师范大学", "华东师范大学", "北京师范大学", "南昌大学", "上饶师范学院", "宜春学院",
			"九江学院" };

	private static final Stage[][] SCHOOL_STAGES = { { Stage.PRIMARY }, { Stage.PRIMARY }, { Stage.PRIMARY },
			{ Stage.JUNIOR }, { Stage.PRESCHOOL }, { Stage.PRIMARY, Stage.JUNIOR }, { Stage.SENIOR },
			{ Stage.JUNIOR, Stage.SENIOR }, { Stage.PRIMARY }, { Stage.JUNIOR } };

	private final OrgManagement org;

	private final StaffManagement staff;

	private final RulesManagement rules;

	DatasetGenerator(OrgManagement org, StaffManagement staff, RulesManagement rules) {
		this.org = org;
		this.staff = staff;
		this.rules = rules;
	}

	/** What was written. */
	record Summary(int units, int schools, long staff, double seconds) {
	}

	Summary generate(Scale scale, long seed, int staffCount, LocalDate asOf, Consumer<String> log) {
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(seed);
		Instant at = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
		int schoolYear = asOf.getMonthValue() >= 9 ? asOf.getYear() : asOf.getYear() - 1;
		List<UnitSeed> seeds = new ArrayList<>();
		List<Integer> schoolIndexes = new ArrayList<>();
		List<String> countyCodes = new ArrayList<>();
		tree(scale, random, schoolYear, seeds, schoolIndexes, countyCodes);
		List<LoadedUnit> units = org.bulkLoad(seeds, at);
		log.accept(String.format("Units: %,d (%,d schools) in %.1f s", units.size(), schoolIndexes.size(),
				(System.nanoTime() - started) / 1e9));
		List<School> schools = new ArrayList<>();
		for (int i : schoolIndexes) {
			UnitSeed s = seeds.get(i);
			schools.add(new School(units.get(i).id(), s.stages().toArray(Stage[]::new), countyCodes.get(i)));
		}
		int[] perSchool = share(staffCount, schools.size(), random);
		People people = new People(random, schools, perSchool, asOf);
		long loadStart = System.nanoTime();
		long written = staff.bulkLoad(people, at, n -> log
			.accept(String.format("Staff: %,d (%,.0f per second)", n, n / ((System.nanoTime() - loadStart) / 1e9))));
		return new Summary(units.size(), schools.size(), written, (System.nanoTime() - started) / 1e9);
	}

	// ---- the unit tree

	private void tree(Scale scale, SplittableRandom random, int schoolYear, List<UnitSeed> seeds,
			List<Integer> schoolIndexes, List<String> countyCodes) {
		int[] serial = new int[1];
		String province = null;
		if (scale.cities > 1) {
			province = add(seeds, countyCodes, null, bureauCode(serial), "示范省教育厅", UnitType.BUREAU, Set.of(), null,
					null, List.of());
		}
		for (int c = 0; c < scale.cities; c++) {
			String city = province;
			if (scale.countiesPerCity > 1) {
				city = add(seeds, countyCodes, null, bureauCode(serial), "示范市" + (c + 1) + "教育局", UnitType.BUREAU,
						Set.of(), null, null, List.of());
				fixParent(seeds, province);
			}
			for (int k = 0; k < scale.countiesPerCity; k++) {
				int countyNumber = c * scale.countiesPerCity + k;
				String address = "36" + two(c + 1) + two(21 + k % 79);
				String county = add(seeds, countyCodes, address, bureauCode(serial),
						"示范" + (c + 1) + "市第" + (k + 1) + "县教育局", UnitType.BUREAU, Set.of(), null, null, List.of());
				fixParent(seeds, city);
				List<String> offices = new ArrayList<>();
				int townships = Math.min(TOWNSHIPS.length, Math.max(1, scale.schoolsPerCounty / 8));
				for (int t = 0; t < townships; t++) {
					offices.add(add(seeds, countyCodes, address, "36" + eight(countyNumber * 10 + t),
							"县" + (countyNumber + 1) + TOWNSHIPS[t] + "教育办", UnitType.TOWNSHIP_OFFICE, Set.of(), null,
							null, List.of()));
					fixParent(seeds, county);
				}
				for (int s = 0; s < scale.schoolsPerCounty; s++) {
					boolean town = s < scale.schoolsPerCounty / 5;
					String parent = town ? county : offices.get(s % offices.size());
					Stage[] stages = SCHOOL_STAGES[random.nextInt(SCHOOL_STAGES.length)];
					Set<Stage> set = EnumSet.noneOf(Stage.class);
					for (Stage st : stages) {
						set.add(st);
					}
					Locality locality = town ? Locality.URBAN : random.nextInt(3) == 0 ? Locality.TOWN : Locality.RURAL;
					String name = (town ? "县" + (countyNumber + 1) + "城区" : TOWNSHIPS[s % TOWNSHIPS.length] + "镇") + "第"
							+ (s + 1) + schoolKind(set);
					List<EnrolmentView> enrolment = new ArrayList<>();
					for (Stage st : set) {
						int classes = (town ? 12 : 4) + random.nextInt(town ? 30 : 12);
						int perClass = st == Stage.PRESCHOOL ? 30 : 45;
						for (int y = 0; y < 3; y++) {
							int yearClasses = Math.max(1, classes - y + random.nextInt(3));
							enrolment.add(new EnrolmentView(schoolYear - y, st,
									yearClasses * (perClass - random.nextInt(10)), yearClasses));
						}
					}
					schoolIndexes.add(seeds.size());
					add(seeds, countyCodes, address, "21" + eight(countyNumber * 100 + s), name, UnitType.SCHOOL, set,
							locality, random.nextInt(20) == 0 ? Ownership.PRIVATE : Ownership.PUBLIC, enrolment);
					fixParent(seeds, parent);
				}
			}
		}
	}

	private static String add(List<UnitSeed> seeds, List<String> countyCodes, String address, String code, String name,
			UnitType type, Set<Stage> stages, Locality locality, Ownership ownership, List<EnrolmentView> enrolment) {
		seeds.add(new UnitSeed(code, name, type, null, stages, locality, ownership,
				LocalDate.of(1950 + seeds.size() % 60, 9, 1), enrolment));
		countyCodes.add(address);
		return code;
	}

	// Parents are known only after the child is drawn; patched here so add stays short.
	private static void fixParent(List<UnitSeed> seeds, String parent) {
		UnitSeed s = seeds.get(seeds.size() - 1);
		seeds.set(seeds.size() - 1, new UnitSeed(s.code(), s.name(), s.type(), parent, s.stages(), s.locality(),
				s.ownership(), s.foundedDate(), s.enrolment()));
	}

	private static String bureauCode(int[] serial) {
		return "10" + eight(serial[0]++);
	}

	private static String schoolKind(Set<Stage> stages) {
		if (stages.contains(Stage.PRESCHOOL)) {
			return "幼儿园";
		}
		if (stages.contains(Stage.SENIOR)) {
			return stages.contains(Stage.JUNIOR) ? "完全中学" : "高级中学";
		}
		if (stages.contains(Stage.JUNIOR)) {
			return stages.contains(Stage.PRIMARY) ? "九年一贯制学校" : "初级中学";
		}
		return "小学";
	}

	/** {@code total} split over {@code parts} by random weights, summing exactly. */
	private static int[] share(int total, int parts, SplittableRandom random) {
		double[] weights = new double[parts];
		double sum = 0;
		for (int i = 0; i < parts; i++) {
			weights[i] = 0.4 + random.nextDouble() * 1.2;
			sum += weights[i];
		}
		int[] counts = new int[parts];
		int given = 0;
		for (int i = 0; i < parts; i++) {
			counts[i] = (int) Math.floor(total * weights[i] / sum);
			given += counts[i];
		}
		for (int i = 0; given < total; i = (i + 1) % parts) {
			counts[i]++;
			given++;
		}
		return counts;
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : Integer.toString(n % 100);
	}

	private static String eight(int n) {
		String s = Integer.toString(n);
		return "00000000".substring(s.length()) + s;
	}

	record School(long id, Stage[] stages, String address) {
	}

	// ---- the people, drawn one at a time as the staff module asks for them

	private final class People implements Iterator<StaffSeed> {

		private final SplittableRandom random;

		private final List<School> schools;

		private final int[] perSchool;

		private final LocalDate asOf;

		private final long firstDay;

		// Serial numbers used per birth day and sex, so identity numbers never repeat.
		private final short[][] serials;

		private int school;

		private int inSchool;

		private long n;

		People(SplittableRandom random, List<School> schools, int[] perSchool, LocalDate asOf) {
			this.random = random;
			this.schools = schools;
			this.perSchool = perSchool;
			this.asOf = asOf;
			this.firstDay = asOf.minusYears(70).toEpochDay();
			this.serials = new short[(int) (asOf.toEpochDay() - firstDay) + 1][2];
		}

		@Override
		public boolean hasNext() {
			while (school < schools.size() && inSchool >= perSchool[school]) {
				school++;
				inSchool = 0;
			}
			return school < schools.size();
		}

		@Override
		public StaffSeed next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			inSchool++;
			return person(schools.get(school), n++);
		}

		private StaffSeed person(School at, long n) {
			Stage stage = at.stages()[random.nextInt(at.stages().length)];
			boolean female = random.nextInt(100) < (stage == Stage.PRESCHOOL ? 95 : stage == Stage.PRIMARY ? 72 : 55);
			int age = 22 + (random.nextInt(38) + random.nextInt(38)) / 2;
			LocalDate birth = asOf.minusYears(age).minusDays(random.nextInt(365));
			Sex sex = female ? Sex.FEMALE : Sex.MALE;
			String idNumber = idNumber(at.address(), birth, female);
			StringBuilder name = new StringBuilder(3).append(SURNAMES.charAt(random.nextInt(SURNAMES.length())))
				.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
			if (random.nextBoolean()) {
				name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
			}
			int r = random.nextInt(100);
			PostCategory post = r < 86 ? PostCategory.PROFESSIONAL
					: r < 93 ? PostCategory.MANAGEMENT : PostCategory.SUPPORT;
			Education education = education(age);
			int studyYears = education == Education.DOCTORATE ? 27
					: education == Education.MASTER ? 24 : education == Education.BACHELOR ? 22 : 20;
			LocalDate workStart = birth.plusYears(studyYears).plusMonths(random.nextInt(12));
			if (workStart.isAfter(asOf)) {
				workStart = asOf.minusMonths(1);
			}
			int years = asOf.getYear() - workStart.getYear();
			TitleLevel title = title(years, post);
			PoliticalStatus politics = random.nextInt(100) < 34 ? PoliticalStatus.PARTY_MEMBER
					: age < 28 && random.nextInt(3) == 0 ? PoliticalStatus.LEAGUE_MEMBER : PoliticalStatus.NONE;
			LocalDate partyJoin = null;
			if (politics == PoliticalStatus.PARTY_MEMBER) {
				partyJoin = birth.plusYears(20 + random.nextInt(Math.max(1, age - 20)));
				if (partyJoin.isAfter(asOf)) {
					partyJoin = asOf.minusMonths(2);
				}
			}
			String subject = stage == Stage.PRESCHOOL ? "学前教育"
					: stage == Stage.PRIMARY ? PRIMARY_SUBJECTS[random.nextInt(PRIMARY_SUBJECTS.length)]
							: SECONDARY_SUBJECTS[random.nextInt(SECONDARY_SUBJECTS.length)];
			r = random.nextInt(100);
			EmploymentType employment = r < 91 ? EmploymentType.IN_ESTABLISHMENT
					: r < 96 ? EmploymentType.CONTRACT : EmploymentType.SUBSTITUTE;
			SchoolTier tier = tier(education);
			LocalDate titleDate = null;
			List<TitleForm> titles = new ArrayList<>(2);
			if (title != TitleLevel.NONE) {
				for (int level = TitleLevel.THIRD.ordinal(); level <= title.ordinal(); level++) {
					LocalDate obtained = workStart.plusYears(1 + (level - 1) * 5L).plusDays(random.nextInt(200));
					if (obtained.isAfter(asOf)) {
						obtained = asOf.minusMonths(1);
					}
					if (level >= TitleLevel.SECOND.ordinal() || title == TitleLevel.THIRD) {
						titles.add(new TitleForm(TitleLevel.values()[level], obtained, obtained.plusMonths(3)));
					}
					titleDate = obtained;
				}
			}
			List<EducationForm> schooling = new ArrayList<>(2);
			String university = UNIVERSITIES[random.nextInt(UNIVERSITIES.length)];
			if (education == Education.MASTER || education == Education.DOCTORATE) {
				schooling.add(new EducationForm(Education.BACHELOR, Degree.BACHELOR, university, tier, subject, true,
						birth.plusYears(18).withMonth(9).withDayOfMonth(1),
						birth.plusYears(22).withMonth(7).withDayOfMonth(1)));
			}
			schooling.add(new EducationForm(education, degree(education), university, tier, subject, true,
					birth.plusYears(studyYears - (education == Education.ASSOCIATE ? 3 : 4))
						.withMonth(9)
						.withDayOfMonth(1),
					birth.plusYears(studyYears).withMonth(7).withDayOfMonth(1)));
			List<StaffSeed.Event> events = new ArrayList<>(2);
			if (years > 6 && random.nextInt(100) < 20) {
				School first = schools.get(random.nextInt(schools.size()));
				LocalDate moved = workStart.plusYears(2 + random.nextInt(years - 4));
				events.add(new StaffSeed.Event(StaffEventKind.HIRE, workStart, null, first.id()));
				events.add(new StaffSeed.Event(StaffEventKind.TRANSFER, moved, first.id(), at.id()));
			}
			else {
				events.add(new StaffSeed.Event(StaffEventKind.HIRE, workStart, null, at.id()));
			}
			List<AppraisalForm> appraisals = new ArrayList<>(5);
			for (int y = Math.max(workStart.getYear() + 1, asOf.getYear() - 5); y < asOf.getYear(); y++) {
				int a = random.nextInt(100);
				AppraisalResult result = a < 20 ? AppraisalResult.EXCELLENT : a < 98 ? AppraisalResult.COMPETENT
						: a < 99 ? AppraisalResult.BASICALLY_COMPETENT : AppraisalResult.INCOMPETENT;
				// An ethics assessment failed makes the year 不合格 (policy §7), never the
				// other way round.
				appraisals.add(new AppraisalForm(y, result, result == AppraisalResult.INCOMPETENT && a % 2 == 1
						? EthicsResult.FAILED : EthicsResult.PASSED));
			}
			String phone = "1" + (3 + random.nextInt(6)) + nine(random.nextInt(1_000_000_000));
			int retirementAge = !female ? 60 : post == PostCategory.SUPPORT ? 50 : 55;
			return new StaffSeed(idNumber, name.toString(), sex, birth, random.nextInt(100) < 96 ? "汉族" : "畲族", "江西省",
					politics, partyJoin, workStart, phone, at.id(), employment, post, post == PostCategory.PROFESSIONAL,
					stage, subject, random.nextInt(100) < 8, random.nextInt(100) < 3, workStart, channel(age),
					education, tier, title, titleDate, retirementAge, StaffStatus.ACTIVE, null, events, schooling,
					titles, appraisals);
		}

		private String idNumber(String address, LocalDate birth, boolean female) {
			int day = (int) (birth.toEpochDay() - firstDay);
			int sexIndex = female ? 0 : 1;
			int serial = serials[day][sexIndex]++;
			if (serial >= 500) {
				throw new IllegalStateException("More than 500 people of one sex born on " + birth);
			}
			StringBuilder b = new StringBuilder(18).append(address).append(birth.getYear());
			int month = birth.getMonthValue();
			int dom = birth.getDayOfMonth();
			b.append(month < 10 ? "0" : "").append(month).append(dom < 10 ? "0" : "").append(dom);
			int sequence = serial * 2 + sexIndex;
			b.append(sequence < 100 ? "0" : "").append(sequence < 10 ? "0" : "").append(sequence);
			return b.append(rules.checkCharacter(b.toString())).toString();
		}

		private Education education(int age) {
			int r = random.nextInt(100);
			if (age < 35) {
				return r < 8 ? Education.MASTER : r < 80 ? Education.BACHELOR : Education.ASSOCIATE;
			}
			if (age < 50) {
				return r < 3 ? Education.MASTER
						: r < 65 ? Education.BACHELOR : r < 92 ? Education.ASSOCIATE : Education.SECONDARY_NORMAL;
			}
			return r < 40 ? Education.BACHELOR : r < 75 ? Education.ASSOCIATE
					: r < 97 ? Education.SECONDARY_NORMAL : Education.HIGH_SCHOOL_OR_BELOW;
		}

		private TitleLevel title(int years, PostCategory post) {
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

		private HireChannel channel(int age) {
			int r = random.nextInt(100);
			if (age < 30) {
				return r < 55 ? HireChannel.OPEN_RECRUITMENT : r < 75 ? HireChannel.SPECIAL_POST
						: r < 88 ? HireChannel.FREE_NORMAL : r < 94 ? HireChannel.DIRECTIONAL : HireChannel.TALENT;
			}
			return r < 60 ? HireChannel.OPEN_RECRUITMENT : r < 80 ? HireChannel.TRANSFER_IN : HireChannel.OTHER;
		}

		private SchoolTier tier(Education education) {
			if (education.ordinal() > Education.BACHELOR.ordinal()) {
				return SchoolTier.OTHER;
			}
			int r = random.nextInt(100);
			return r < 3 ? SchoolTier.PROJECT_985 : r < 10 ? SchoolTier.PROJECT_211 : SchoolTier.OTHER;
		}

		private static Degree degree(Education education) {
			return switch (education) {
				case DOCTORATE -> Degree.DOCTORATE;
				case MASTER -> Degree.MASTER;
				case BACHELOR -> Degree.BACHELOR;
				default -> Degree.NONE;
			};
		}

		private static String nine(int n) {
			String s = Integer.toString(n);
			return "000000000".substring(s.length()) + s;
		}

	}

}
