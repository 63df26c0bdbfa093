package io.edubureau.awards;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.HonourLevel;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nominations imported through the sheet skeleton, all or nothing: a file with another
 * school's person, a person short of appraisals (the reason with its source), a row
 * repeated and a round that does not exist is refused row by row and nominates nobody;
 * the corrected file in a dry run nominates nobody, then for real nominates both, and the
 * template names the columns in Chinese.
 */
@EduBureauTest
class AwardsImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	AwardsManagement awards;

	final String tag = TestAccounts.uniqueCode();

	StaffView teacher(County county, String name, boolean schoolB, boolean appraised) {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts
					.teacher(accounts.idNumber(LocalDate.of(1984, 8, 8), false), name + tag,
							(schoolB ? county.schoolB() : county.schoolA()).code())
					.toBuilder()
					.workStartDate(LocalDate.of(2006, 9, 1))
					.build()));
		if (appraised) {
			AwardsFixtures.appraisals(staff, p.id(), 2023, 2025);
		}
		return p;
	}

	String upload(RequestPostProcessor who, String csv, boolean dryRun, int status, String language) throws Exception {
		return mvc
			.perform(multipart("/api/v1/awards/nominations/import")
				.file(new MockMultipartFile("file", "n.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("dryRun", String.valueOf(dryRun))
				.header("Accept-Language", language)
				.with(who)
				.with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void allOrNothingWithEachRowsReasons() throws Exception {
		County county = accounts.county();
		StaffView a = teacher(county, "导入甲", false, true);
		StaffView a2 = teacher(county, "导入乙", false, true);
		StaffView b = teacher(county, "外校丙", true, true);
		StaffView short_ = teacher(county, "缺考核丁", false, false);
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		String name = "2026年度县优秀教育工作者" + tag;
		long round = accounts.asSystem(() -> {
			long id = awards
				.open(bureau, new Forms.RoundForm(name, AwardKind.EXCELLENT_EDUCATOR, HonourLevel.COUNTY, 2026, 0L))
				.id();
			awards.setQuota(bureau, id, new Forms.QuotaForm(county.schoolA().id(), 3));
			return id;
		});
		RequestPostProcessor adminA = accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()));

		String bad = "round,id_number,nominated_on,merits\n" + name + "," + a.idNumber() + ",2026-06-02,教书育人\n" + name
				+ "," + b.idNumber() + ",2026-06-02,外校\n" + name + "," + short_.idNumber() + ",2026-06-02,缺考核\n" + name
				+ "," + a.idNumber() + ",2026-06-02,重复\n" + "不存在的评选" + tag + "," + a2.idNumber() + ",2026-06-02,无\n";
		String answer = upload(adminA, bad, false, 422, "zh-CN");
		assertThat(answer).contains("您的数据范围内没有人员 " + b.idNumber())
			.contains("2025 年度考核结果未记录")
			.contains("依据：中华人民共和国教师法")
			.contains("同一人员和评选已在第")
			.contains("没有表彰评选 不存在的评选" + tag);
		assertThat(awards.nominations(bureau, round)).isEmpty();

		String good = "round,id_number,nominated_on,merits\n" + name + "," + a.idNumber() + ",2026-06-02,教书育人\n" + round
				+ "," + a2.idNumber() + ",,管理育人\n";
		assertThat(upload(adminA, good, true, 200, "en")).contains("\"imported\":2");
		assertThat(awards.nominations(bureau, round)).isEmpty();
		assertThat(upload(adminA, good, false, 200, "en")).contains("\"imported\":2");
		assertThat(awards.nominations(bureau, round)).extracting(Views.NominationView::staffName)
			.containsExactlyInAnyOrder(a.name(), a2.name());
		mvc.perform(get("/api/v1/awards/nominations/import/template").param("format", "csv")
			.header("Accept-Language", "zh-CN")
			.with(adminA)).andExpect(status().isOk());
		mvc.perform(get("/awards/import").with(adminA).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("导入推荐人选")));
		mvc.perform(get("/awards/import").with(accounts.as(accounts.account("INSPECTOR", county.bureau()))))
			.andExpect(status().isForbidden());
	}

}
