package io.edubureau.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitView;
import io.edubureau.rules.IdNumberCheck.Sex;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.Education;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.HireChannel;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.SchoolTier;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual summary as the 公文 a unit hands in: it speaks for its unit (title, voice),
 * has the parts of a real summary (problems and next year's plans pre-filled from the
 * work plan, a signature with the date), and its numbers read like a person wrote them.
 */
@EduBureauTest
class SummaryAsOfficialDocumentTests {

	// Texts and plans belong to a year: every test writes to years of its own.
	private static final AtomicInteger YEARS = new AtomicInteger(1990 + (int) (System.nanoTime() % 10));

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	OrgManagement org;

	@Autowired
	SummaryWriter writer;

	@Autowired
	WorkPlans plans;

	private static int year() {
		return YEARS.getAndAdd(3);
	}

	private void hire(UnitView unit, LocalDate hired, Stage stage, Education education, HireChannel channel,
			PoliticalStatus politics, LocalDate partyJoined) {
		LocalDate birth = hired.minusYears(28);
		boolean female = hired.getDayOfMonth() % 2 == 0;
		StaffForm form = new StaffForm(accounts.idNumber(birth, female), "测试教师", null, female ? Sex.FEMALE : Sex.MALE,
				birth, null, null, politics, partyJoined, null, null, unit.code(), EmploymentType.IN_ESTABLISHMENT,
				PostCategory.PROFESSIONAL, true, stage, "语文", false, false, hired, channel, education, SchoolTier.OTHER,
				TitleLevel.SECOND, null, null, null);
		accounts.asSystem(() -> staff.create(DataScope.all(), form));
	}

	private void hire(UnitView unit, LocalDate hired, Stage stage) {
		hire(unit, hired, stage, Education.BACHELOR, HireChannel.OPEN_RECRUITMENT, PoliticalStatus.NONE, null);
	}

	private void enrol(UnitView unit, int schoolYear, Stage stage, int students, int classes) {
		accounts.asSystem(() -> org.recordEnrolment(DataScope.all(), unit.id(),
				new EnrolmentView(schoolYear, stage, students, classes)));
	}

	private SummaryDocument write(County county, int year, String unitCode, String lang) {
		return accounts
			.asSystem(() -> writer.write(DataScope.unitAndBelow(county.bureau().id()), year, unitCode, lang));
	}

	/** Everything a reader sees: title, headings, paragraphs, items and the signature. */
	private static String allText(SummaryDocument doc) {
		StringBuilder out = new StringBuilder(doc.title()).append('\n');
		for (SummaryDocument.Part p : doc.parts()) {
			out.append(p.heading()).append('\n');
			p.paragraphs().forEach(t -> out.append(t).append('\n'));
			p.items().forEach(t -> out.append(t).append('\n'));
		}
		return out.append(doc.signature()).append('\n').append(doc.date()).toString();
	}

	private static String part(SummaryDocument doc, SummarySection section) {
		return doc.parts()
			.stream()
			.filter(p -> p.section() == section)
			.map(p -> String.join("\n", p.paragraphs()))
			.findFirst()
			.orElse("");
	}

	@Test
	void theTitleNamesTheUnitAndYearAndTheVoiceFitsTheScope() {
		County county = accounts.county();
		int year = year();
		hire(county.schoolA(), LocalDate.of(year - 1, 3, 1), Stage.PRIMARY);
		hire(county.schoolA(), LocalDate.of(year, 3, 2), Stage.PRIMARY);

		SummaryDocument bureauZh = write(county, year, null, "zh");
		assertThat(bureauZh.title()).isEqualTo("测试教育局" + year + "年工作总结");
		assertThat(allText(bureauZh)).contains("全县");
		SummaryDocument bureauEn = write(county, year, null, "en");
		assertThat(bureauEn.title()).isEqualTo("测试教育局: Work Summary " + year);
		assertThat(allText(bureauEn)).contains("the county");

		SummaryDocument schoolZh = write(county, year, county.schoolA().code(), "zh");
		assertThat(schoolZh.title()).isEqualTo("测试甲小学" + year + "年工作总结");
		assertThat(allText(schoolZh)).contains("全校").doesNotContain("我局", "全县", "全系统", "教育局");
		SummaryDocument schoolEn = write(county, year, county.schoolA().code(), "en");
		assertThat(schoolEn.title()).isEqualTo("测试甲小学: Work Summary " + year);
		assertThat(allText(schoolEn)).contains("the school")
			.doesNotContainIgnoringCase("bureau")
			.doesNotContainIgnoringCase("county");

		// A school administrator's own summary speaks for the school too.
		SummaryDocument own = accounts
			.asSystem(() -> writer.write(DataScope.unit(county.schoolA().id()), year, null, "zh"));
		assertThat(own.title()).isEqualTo("测试甲小学" + year + "年工作总结");
		assertThat(allText(own)).doesNotContain("我局", "全县");
	}

	@Test
	void problemsAndNextYearArePrefilledFromTheWorkPlansAndTheDocumentIsSigned() {
		County county = accounts.county();
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		int year = year();
		hire(county.schoolA(), LocalDate.of(year, 3, 1), Stage.PRIMARY);
		hire(county.schoolB(), LocalDate.of(year, 4, 1), Stage.JUNIOR);
		accounts.asSystem(() -> plans.replace(scope, year,
				List.of(new WorkPlanTarget("recruitment.total", ">=", new BigDecimal("5"), null),
						new WorkPlanTarget("staff.active", "<=", new BigDecimal("100"), null))));
		accounts.asSystem(() -> plans.replace(scope, year + 1,
				List.of(new WorkPlanTarget("recruitment.total", ">=", new BigDecimal("8"), "补充紧缺学科教师"))));

		SummaryDocument zh = write(county, year, null, "zh");
		List<SummarySection> order = zh.parts().stream().map(SummaryDocument.Part::section).toList();
		assertThat(order).first().isEqualTo(SummarySection.OVERVIEW);
		assertThat(order.subList(order.size() - 2, order.size())).containsExactly(SummarySection.PROBLEMS,
				SummarySection.NEXT_YEAR);
		assertThat(zh.parts().get(order.size() - 2).heading()).endsWith("存在的问题");
		assertThat(zh.parts().get(order.size() - 1).heading()).endsWith("下一年工作打算");
		// Only the target that was missed is a problem, with what was reached.
		assertThat(part(zh, SummarySection.PROBLEMS)).contains("新招聘教师", "2人", "5人").doesNotContain("在职教职工");
		assertThat(part(zh, SummarySection.NEXT_YEAR)).contains(String.valueOf(year + 1), "新招聘教师", "8人", "补充紧缺学科教师");
		assertThat(zh.signature()).isEqualTo("测试教育局");
		assertThat(zh.date()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日");

		// Both are text blocks: the default is the pre-filled text, an edit replaces it.
		TextBlock problems = accounts.asSystem(() -> writer.blocks(scope, year, "zh").get(SummarySection.PROBLEMS));
		assertThat(problems.isDefault()).isTrue();
		assertThat(problems.text()).contains("新招聘教师");
		accounts.asSystem(() -> writer.save(scope, year, SummarySection.PROBLEMS, "zh", "学科结构性缺编问题仍然突出。"));
		assertThat(part(write(county, year, null, "zh"), SummarySection.PROBLEMS)).isEqualTo("学科结构性缺编问题仍然突出。");

		SummaryDocument en = write(county, year, null, "en");
		assertThat(en.parts()).extracting(SummaryDocument.Part::heading)
			.anyMatch(h -> h.endsWith("Problems"))
			.anyMatch(h -> h.endsWith("Plans for next year"));
		assertThat(part(en, SummarySection.PROBLEMS)).contains("Newly recruited staff", "5");
		assertThat(part(en, SummarySection.NEXT_YEAR)).contains("at least 8");
		assertThat(en.signature()).isEqualTo("测试教育局");

		// Without a plan there is nothing to pre-fill: both parts are left out.
		County bare = accounts.county();
		hire(bare.schoolA(), LocalDate.of(year, 3, 1), Stage.PRIMARY);
		assertThat(write(bare, year, null, "zh").parts()).extracting(SummaryDocument.Part::section)
			.doesNotContain(SummarySection.PROBLEMS, SummarySection.NEXT_YEAR);
	}

	@Test
	void zerosAndMeaninglessComparisonsAreLeftOut() {
		County county = accounts.county();
		int year = year();
		// A party member who joined years ago: members this year, but no new member.
		hire(county.schoolA(), LocalDate.of(year, 3, 1), Stage.PRIMARY, Education.BACHELOR,
				HireChannel.OPEN_RECRUITMENT, PoliticalStatus.PARTY_MEMBER, LocalDate.of(year - 5, 7, 1));
		hire(county.schoolA(), LocalDate.of(year, 5, 1), Stage.PRIMARY);
		// Enrolment of this school year only: the previous school year has no data.
		enrol(county.schoolA(), year, Stage.PRIMARY, 55019, 40);

		SummaryDocument zh = write(county, year, null, "zh");
		String text = allText(zh);
		assertThat(part(zh, SummarySection.PARTY)).contains("中共党员1人").doesNotContain("新党员");
		assertThat(part(zh, SummarySection.STUDENTS)).contains("55019人").doesNotContain("比上学年");
		// Nobody was hired last year: "比上年增加2人" compares with nothing.
		assertThat(part(zh, SummarySection.RECRUITMENT)).contains("新招聘教师2人").doesNotContain("比上年");
		assertThat(text).doesNotContain("0.0%", "—");
		assertThat(Pattern.compile("(?<![0-9.])0(人|个|起|名|次|万元|学时)").matcher(text).find()).as("a zero in: %s", text)
			.isFalse();

		String en = allText(write(county, year, null, "en"));
		assertThat(en).doesNotContain("0.0%", "—", "previous school year", "than last year");
		assertThat(Pattern.compile("(?<![0-9.,])0 [a-z]").matcher(en).find()).as("a zero in: %s", en).isFalse();
	}

	@Test
	void everyListAddsUpToTheTotalItNames() {
		County county = accounts.county();
		int year = year();
		// Like the demo county: every stage, also ones the default lists do not name, a
		// recruit without a stage, every education and channel.
		Stage[] stages = { Stage.PRIMARY, Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR, Stage.VOCATIONAL, Stage.SPECIAL,
				Stage.PRESCHOOL, null, Stage.PRIMARY };
		Education[] educations = { Education.BACHELOR, Education.MASTER, Education.ASSOCIATE, Education.DOCTORATE,
				Education.SECONDARY_NORMAL, Education.BACHELOR, null, Education.HIGH_SCHOOL_OR_BELOW,
				Education.BACHELOR };
		HireChannel[] channels = { HireChannel.OPEN_RECRUITMENT, HireChannel.SPECIAL_POST, HireChannel.OTHER,
				HireChannel.FREE_NORMAL, HireChannel.TALENT, HireChannel.DIRECTIONAL, null,
				HireChannel.OPEN_RECRUITMENT, HireChannel.OTHER };
		for (int i = 0; i < stages.length; i++) {
			hire(i % 2 == 0 ? county.schoolA() : county.schoolB(), LocalDate.of(year, 1 + i, 3), stages[i],
					educations[i], channels[i], PoliticalStatus.NONE, null);
		}
		hire(county.schoolA(), LocalDate.of(year - 1, 6, 1), Stage.PRIMARY);
		enrol(county.schoolA(), year - 1, Stage.PRIMARY, 300, 10);
		enrol(county.schoolA(), year, Stage.PRIMARY, 320, 11);
		enrol(county.schoolB(), year, Stage.JUNIOR, 210, 5);
		enrol(county.schoolB(), year, Stage.SENIOR, 90, 3);
		enrol(county.pointB(), year, Stage.PRIMARY, 12, 1);

		List<String> checked = new ArrayList<>();
		for (String paragraph : write(county, year, null, "zh").parts()
			.stream()
			.flatMap(p -> p.paragraphs().stream())
			.toList()) {
			for (String sentence : paragraph.split("。")) {
				checkChinese(sentence, checked);
			}
		}
		assertThat(checked).as("Chinese list sentences with a total").hasSizeGreaterThanOrEqualTo(2);
		checked.clear();
		for (String paragraph : write(county, year, null, "en").parts()
			.stream()
			.flatMap(p -> p.paragraphs().stream())
			.toList()) {
			for (String sentence : paragraph.split("\\.(\\s|$)")) {
				checkEnglish(sentence, checked);
			}
		}
		assertThat(checked).as("English list sentences with a total").hasSizeGreaterThanOrEqualTo(2);
	}

	// "…新招聘教师9人…；其中高中1人，初中1人，…" — the list after 其中 adds up to the first
	// count of the sentence.
	private static void checkChinese(String sentence, List<String> checked) {
		int which = sentence.indexOf("其中");
		if (which < 0) {
			return;
		}
		String head = sentence.substring(0, which).replaceAll("\\d{4}–\\d{4}学年|\\d{4}年|比上学?年(增加|减少)\\d+", "");
		Matcher total = Pattern.compile("(\\d+)(人|个)").matcher(head);
		// A comparison with last year is no part of the list.
		String list = sentence.substring(which + 2).split("；")[0].replaceAll("，(比上学?年(增加|减少)\\d+\\D|与上学?年持平)", "");
		String[] items = list.split("，");
		if (!total.find() || items.length < 2) {
			return;
		}
		long sum = 0;
		for (String item : items) {
			Matcher n = Pattern.compile("(\\d+)(人|个)").matcher(item);
			assertThat(n.find()).as("a count in '%s' of: %s", item, sentence).isTrue();
			sum += Long.parseLong(n.group(1));
		}
		assertThat(sum).as(sentence).isEqualTo(Long.parseLong(total.group(1)));
		checked.add(sentence);
	}

	// "9 new teachers were hired: 1 for senior secondary, … and 3 for primary schools".
	private static void checkEnglish(String sentence, List<String> checked) {
		int colon = sentence.indexOf(": ");
		if (colon < 0) {
			return;
		}
		String head = sentence.substring(0, colon)
			.replaceAll("\\d{4}–\\d{4}|31 December \\d{4}|\\b\\d{4}\\b|\\d+ (more|fewer) than[^,:]*", "");
		Matcher total = Pattern.compile("\\b(\\d+)\\b").matcher(head);
		String[] items = sentence.substring(colon + 2).split(";")[0].split(", | and ");
		if (!total.find() || items.length < 2) {
			return;
		}
		long sum = 0;
		for (String item : items) {
			Matcher n = Pattern.compile("\\b(\\d+)\\b").matcher(item);
			assertThat(n.find()).as("a count in '%s' of: %s", item, sentence).isTrue();
			sum += Long.parseLong(n.group(1));
		}
		assertThat(sum).as(sentence).isEqualTo(Long.parseLong(total.group(1)));
		checked.add(sentence);
	}

}
