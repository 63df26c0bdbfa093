package io.edubureau.awards;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.platform.NotFound;
import io.edubureau.reports.FigureQuery;
import io.edubureau.reports.FigureRecords;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.HonourLevel;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.edubureau.security.ScopeChecks.MISSING;
import static io.edubureau.security.ScopeChecks.answers;
import static io.edubureau.security.ScopeChecks.read;
import static io.edubureau.security.ScopeChecks.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The awards figures and their data scope: a county round conferred on 2025-06-20 (two of
 * school A, one of school B) and a municipal round conferred on 2026-01-10 count in their
 * own years, by kind and level; the round page, the API, the eligibility check, the
 * lineage and its export show a school its own nominees only, and another county nothing
 * (404 for its rounds and nominations).
 */
@EduBureauTest
class AwardsScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AwardsManagement awards;

	@Autowired
	AwardsFigures figures;

	final String tag = TestAccounts.uniqueCode();

	StaffView teacher(County county, String name, boolean schoolB) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1985, 3, 3), false), name + tag,
							(schoolB ? county.schoolB() : county.schoolA()).code())
					.toBuilder()
					.workStartDate(LocalDate.of(2008, 9, 1))
					.build()));
		AwardsFixtures.appraisals(staff, p.id(), 2022, 2024);
		return p;
	}

	/** A round of 2025 run to conferral on the day with these people nominated. */
	long conferred(County county, String name, AwardKind kind, HonourLevel level, LocalDate on, StaffView... people) {
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		// Conferral writes the honours into the files: the fixture acts as an officer.
		return AwardsFixtures.asFileOfficer(() -> {
			long round = awards.open(bureau, new Forms.RoundForm(name + tag, kind, level, 2025, 100_000L)).id();
			awards.setQuota(bureau, round, new Forms.QuotaForm(county.schoolA().id(), 3));
			awards.setQuota(bureau, round, new Forms.QuotaForm(county.schoolB().id(), 2));
			for (StaffView p : people) {
				awards.nominate(bureau, round, new Forms.NominationForm(p.id(), LocalDate.of(2025, 5, 6), "成绩突出"),
						LocalDate.of(2025, 5, 6));
			}
			awards.closeNominations(bureau, round, LocalDate.of(2025, 5, 20));
			for (Views.NominationView n : awards.nominations(bureau, round)) {
				awards.review(bureau, n.id(), new Forms.ReviewForm(true, null));
			}
			awards.publish(bureau, round, LocalDate.of(2025, 6, 3));
			awards.confer(bureau, round, new Forms.DayForm(on, "测教〔" + on.getYear() + "〕8号", null));
			return round;
		});
	}

	@Test
	void figuresByYearKindAndLevelWithinTheScope() throws Exception {
		County county = accounts.county();
		County elsewhere = accounts.county();
		StaffView a1 = teacher(county, "甲校一", false);
		StaffView a2 = teacher(county, "甲校二", false);
		StaffView b1 = teacher(county, "乙校一", true);
		StaffView far = teacher(elsewhere, "外县一", false);
		long round = conferred(county, "2025年度县优秀教师", AwardKind.EXCELLENT_TEACHER, HonourLevel.COUNTY,
				LocalDate.of(2025, 6, 20), a1, a2, b1);
		conferred(county, "2025年度市师德标兵", AwardKind.ETHICS_MODEL, HonourLevel.MUNICIPAL, LocalDate.of(2026, 1, 10), a1);
		long farRound = conferred(elsewhere, "外县优秀教师", AwardKind.EXCELLENT_TEACHER, HonourLevel.COUNTY,
				LocalDate.of(2025, 6, 20), far);

		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		FigureQuery y2025 = new FigureQuery(bureau, 2025, LocalDate.of(2025, 12, 31), null);
		Map<String, BigDecimal> v = figures.compute(y2025);
		assertThat(v).containsEntry("awards.total", BigDecimal.valueOf(3))
			.containsEntry("awards.byKind.EXCELLENT_TEACHER", BigDecimal.valueOf(3))
			.containsEntry("awards.byKind.ETHICS_MODEL", BigDecimal.ZERO)
			.containsEntry("awards.byLevel.COUNTY", BigDecimal.valueOf(3))
			.containsEntry("awards.byLevel.MUNICIPAL", BigDecimal.ZERO);
		Map<String, BigDecimal> v2026 = figures
			.compute(new FigureQuery(bureau, 2026, LocalDate.of(2026, 12, 31), null));
		assertThat(v2026).containsEntry("awards.total", BigDecimal.ONE)
			.containsEntry("awards.byKind.ETHICS_MODEL", BigDecimal.ONE)
			.containsEntry("awards.byLevel.MUNICIPAL", BigDecimal.ONE);
		DataScope schoolA = DataScope.unitAndBelow(county.schoolA().id());
		assertThat(figures.compute(new FigureQuery(schoolA, 2025, LocalDate.of(2025, 12, 31), null)))
			.containsEntry("awards.total", BigDecimal.valueOf(2));

		FigureRecords rows = figures.records("awards.byLevel.COUNTY", y2025, 0, 10);
		assertThat(rows.total()).isEqualTo(3);
		assertThat(rows.rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder(a1.name(), a2.name(), b1.name());
		assertThat(rows.rows().get(0)).contains("enum.AwardKind.EXCELLENT_TEACHER", "enum.HonourLevel.COUNTY",
				"2025-06-20", "测教〔2025〕8号");
		assertThat(figures.records("awards.total", y2025, 1, 2).rows()).hasSize(1);
		assertThatThrownBy(() -> figures.records("awards.byKind.NOPE", y2025, 0, 10)).isInstanceOf(NotFound.class);

		RequestPostProcessor officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
		RequestPostProcessor adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));
		RequestPostProcessor adminB = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolB()));
		RequestPostProcessor farOfficer = accounts.as(accounts.account("BUREAU_OFFICER", elsewhere.bureau()));

		// The summary's sentence: the kinds and levels that count, nothing at zero.
		String zh = read(mvc, officer, "/api/v1/reports/annual-summary/document?year=2025&format=html&lang=zh");
		assertThat(zh).contains("全年表彰教职工3人次，其中优秀教师3人；按表彰级别，县级3人。").doesNotContain("师德标兵0人", "国家级0人");
		String en = read(mvc, officer, "/api/v1/reports/annual-summary/document?year=2025&format=html&lang=en");
		assertThat(en).contains("3 honours were conferred during the year: 3 excellent teachers; by level, 3 county.");

		// Lineage through the API and its export.
		String lineage = "/api/v1/reports/figures/awards.total/records?year=2025";
		assertThat(read(mvc, officer, lineage)).contains(a1.name(), a2.name(), b1.name()).doesNotContain(far.name());
		assertThat(read(mvc, adminA, lineage)).contains(a1.name(), a2.name()).doesNotContain(b1.name(), far.name());
		assertThat(read(mvc, farOfficer, lineage)).contains(far.name()).doesNotContain(a1.name(), b1.name());
		String export = "/reports/figures/awards.total/records/export?year=2025";
		assertThat(xlsx(mvc, adminB, export)).contains(b1.name()).doesNotContain(a1.name(), a2.name());
		assertThat(xlsx(mvc, officer, export)).contains(a1.name(), b1.name()).doesNotContain(far.name());

		// The round's page and API: a school sees its own nominees.
		assertThat(read(mvc, adminB, "/awards/rounds/" + round)).contains(b1.name()).doesNotContain(a1.name());
		assertThat(read(mvc, adminB, "/api/v1/awards/rounds/" + round + "/nominations")).contains(b1.name())
			.doesNotContain(a1.name());
		// The one page shape of every list (docs/api.md), paged in the query and in
		// scope.
		String nominations = "/api/v1/awards/rounds/" + round + "/nominations";
		assertThat(read(mvc, officer, nominations + "?size=1")).contains("\"size\":1",
				"\"totalElements\":" + awards.nominations(bureau, round).size());
		answers(mvc, officer, 400, nominations + "?size=0", nominations + "?size=201");
		assertThat(read(mvc, adminA, "/api/v1/awards/rounds/" + round + "/quotas")).contains(county.schoolA().name())
			.doesNotContain(county.schoolB().name());
		long a1Nomination = awards.nominations(bureau, round)
			.stream()
			.filter(n -> n.staffId() == a1.id())
			.findFirst()
			.orElseThrow()
			.id();
		answers(mvc, adminB, 404, "/api/v1/awards/nominations/" + a1Nomination,
				"/api/v1/awards/rounds/" + round + "/eligibility/" + a1.id() + "?on=2025-05-06",
				"/awards/rounds/" + round + "/eligibility?staffId=" + a1.id());
		// Another county's rounds, nominations and ids that do not exist: 404.
		for (long missing : new long[] { farRound, MISSING }) {
			answers(mvc, officer, 404, "/awards/rounds/" + missing, "/api/v1/awards/rounds/" + missing,
					"/api/v1/awards/rounds/" + missing + "/nominations",
					"/api/v1/awards/rounds/" + missing + "/history");
		}
		assertThat(read(mvc, farOfficer, "/api/v1/awards/rounds")).doesNotContain("2025年度县优秀教师" + tag);
	}

}
