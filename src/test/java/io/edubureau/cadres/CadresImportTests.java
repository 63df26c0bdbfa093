package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.cadres.Views.AppointmentView;
import io.edubureau.cadres.Views.CadreLine;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.rules.CadreOutcome;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing the cadre roster and a round's tallies from real .xlsx files with Chinese
 * headings: a single post held twice, a unit or person outside the scope, a cadre not in
 * the round are reported by row and nothing is written; the corrected files go through
 * the form's checks and the evaluation rule (20% is 以上, so it counts).
 */
@EduBureauTest
class CadresImportTests {

	static final List<Object> ROSTER_HEADER = List.of("公民身份号码", "单位代码", "职务类别", "职务名称", "任职日期", "任职文号");

	static final List<Object> TALLY_HEADER = List.of("公民身份号码", "单位代码", "职务类别", "优秀票数", "称职票数", "基本称职票数", "不称职票数");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	County county;

	County other;

	String officer;

	int year = LocalDate.now().getYear();

	@BeforeEach
	void county() {
		county = accounts.county();
		other = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	// Returns the identity number of a new teacher of the unit.
	String person(String name, UnitView unit) {
		StaffForm form = ScopeChecks.teacher(accounts, name + TestAccounts.uniqueCode().substring(6), unit.code(),
				LocalDate.of(1980, 3, 3), LocalDate.of(2005, 9, 1));
		accounts.asSystem(() -> staff.create(DataScope.all(), form));
		return form.idNumber();
	}

	ResultActions upload(String url, List<List<Object>> rows) throws Exception {
		return mvc.perform(multipart(url)
			.file(new MockMultipartFile("file", "名册.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(officer))
			.with(csrf()));
	}

	static List<List<Object>> sheet(List<Object> header, List<Object>... rows) {
		List<List<Object>> all = new ArrayList<>();
		all.add(header);
		all.addAll(List.of(rows));
		return all;
	}

	@Test
	void aWrongRosterRowImportsNothingAndTheCorrectedFileAppointsThroughTheFormsChecks() throws Exception {
		String head = person("校长甲", county.schoolA());
		String second = person("校长乙", county.schoolA());
		String vice = person("副校长丙", county.schoolA());
		String stranger = person("外县丁", other.schoolA());
		String a = county.schoolA().code();
		LocalDate start = LocalDate.of(year - 1, 9, 1);

		// Row 3: the principal's post is single and row 2 takes it; row 4: another
		// county's unit; row 5: another county's person; row 6: no document number.
		upload("/api/v1/cadres/appointments/import",
				sheet(ROSTER_HEADER, List.of(head, a, "校长", "", start, "示教任〔2025〕1号"),
						List.of(second, a, "校长", "", start, "示教任〔2025〕2号"),
						List.of(vice, other.schoolA().code(), "副校长", "", start, "示教任〔2025〕3号"),
						List.of(stranger, a, "副校长", "", start, "示教任〔2025〕4号"), List.of(vice, a, "副校长", "", start, "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("post_kind")))
			.andExpect(jsonPath("$.errors[?(@.row == 4)].message", hasItem(containsString(other.schoolA().code()))))
			.andExpect(jsonPath("$.errors[?(@.row == 5)].message", hasItem(containsString(stranger))))
			.andExpect(jsonPath("$.errors[?(@.row == 6)].column", hasItem("document_no")));
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		assertThat(cadres.roster(bureau, county.schoolA().id(), false)).isEmpty();
		assertThat(cadres.posts(bureau, county.schoolA().id())).isEmpty();

		upload("/api/v1/cadres/appointments/import",
				sheet(ROSTER_HEADER, List.of(head, a, "校长", "", start, "示教任〔2025〕1号"),
						List.of(vice, a, "副校长", "", start, "示教任〔2025〕3号")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		List<AppointmentView> roster = cadres.roster(bureau, county.schoolA().id(), true);
		assertThat(roster).extracting(AppointmentView::kind)
			.containsExactlyInAnyOrder(PostKind.PRINCIPAL, PostKind.VICE_PRINCIPAL);
		assertThat(roster).extracting(AppointmentView::documentNo).contains("示教任〔2025〕1号");
		assertThat(cadres.posts(bureau, county.schoolA().id())).extracting(p -> p.title())
			.containsExactlyInAnyOrder("校长", "副校长");

		// Tallies of this year's round: row 3 names a person who holds no post in it.
		long round = cadres.openRound(bureau, new Forms.RoundForm(year, year + "年民主测评", List.of(county.schoolA().id())))
			.id();
		String url = "/api/v1/cadres/rounds/" + round + "/tallies/import";
		upload(url,
				sheet(TALLY_HEADER, List.of(head, "", "", 10, 30, 8, 2), List.of(second, "", "", 40, 10, 0, 0),
						List.of(vice, "", "", 11, 30, 8, 2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("id_number")));
		assertThat(cadres.cadresOf(bureau, round)).allMatch(l -> l.tally() == null);

		// 10 of 50 is exactly 20%: an admonishment talk; 10 of 51 is just under.
		upload(url, sheet(TALLY_HEADER, List.of(head, a, "校长", 10, 30, 8, 2), List.of(vice, "", "", 11, 30, 8, 2)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2));
		List<CadreLine> lines = cadres.cadresOf(bureau, round);
		assertThat(lines).filteredOn(l -> l.appointment().kind() == PostKind.PRINCIPAL).singleElement().satisfies(l -> {
			assertThat(l.tally().outcome()).isEqualTo(CadreOutcome.ADMONISH);
			assertThat(l.tally().reasons()).isNotEmpty();
		});
		assertThat(lines).filteredOn(l -> l.appointment().kind() == PostKind.VICE_PRINCIPAL)
			.singleElement()
			.satisfies(l -> assertThat(l.tally().outcome()).isEqualTo(CadreOutcome.NONE));

		// The templates carry the Chinese labels; a school administrator may not import.
		mvc.perform(get("/cadres/import").header("Accept-Language", "zh-CN").with(accounts.as(officer)))
			.andExpect(status().isOk());
		List<String> template = ScopeChecks.xlsx(mvc, accounts.as(officer),
				"/cadres/rounds/" + round + "/tallies/import/template?format=xlsx&lang=zh");
		assertThat(template).contains("基本称职票数*", "公民身份号码*", "职务类别");
		mvc.perform(multipart("/api/v1/cadres/appointments/import")
			.file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream",
					SheetFiles.xlsx(sheet(ROSTER_HEADER))))
			.with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())))
			.with(csrf())).andExpect(status().isForbidden());
	}

}
