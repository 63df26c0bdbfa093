package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.EnrolmentView;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.RowError;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.sheet.SheetManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data scope holds row by row in the building and fund-payment imports, not only at
 * the endpoint: a school importing a row for a neighbouring school of the same county has
 * that row refused and nothing of the file written, its own rows included.
 */
@EduBureauTest
class FacilitiesImportScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	BuildingRegister register;

	@Autowired
	OperatingFunds funds;

	@Autowired
	FundsImport fundsImport;

	@Autowired
	SheetManagement sheets;

	@Autowired
	OrgManagement org;

	County county;

	DataScope bureau;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		bureau = DataScope.unitAndBelow(county.bureau().id());
		accounts.asSystem(() -> {
			org.recordEnrolment(DataScope.all(), county.schoolA().id(), new EnrolmentView(2024, Stage.PRIMARY, 100, 4));
			// School B teaches junior and senior grades (TestAccounts), not primary.
			return org.recordEnrolment(DataScope.all(), county.schoolB().id(),
					new EnrolmentView(2024, Stage.JUNIOR, 100, 4));
		});
	}

	@Test
	void aSchoolAdministratorsBuildingRowForAnotherSchoolIsRefusedAndNothingIsWritten() throws Exception {
		List<List<Object>> rows = List.of(FacilitiesSheetImportTests.BUILDING_HEADER,
				List.of(county.schoolA().code(), "1号教学楼", "教学用房", 4, 3200, 1998, "框架结构", "", ""),
				List.of(county.schoolB().code(), "食堂", "食堂", 1, 600, 2001, "砖混结构", "", ""));
		mvc.perform(multipart("/api/v1/facilities/buildings/import")
			.file(new MockMultipartFile("file", "校舍.xlsx", "application/octet-stream", SheetFiles.xlsx(rows)))
			.header("Accept-Language", "zh-CN")
			.with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())))
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("unit_code")))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message", hasItem(containsString(county.schoolB().code()))))
			.andExpect(jsonPath("$.errors[?(@.row == 2)]").isEmpty());
		assertThat(register.buildings(bureau, null, BuildingRegister.Filter.ALL, 0, 50).getTotalElements()).isZero();
	}

	@Test
	void aSchoolScopedPaymentRowForAnotherSchoolIsRefusedAndNothingIsWritten() throws Exception {
		// Paying out is the bureau's (a school's account gets 403); a role granted it
		// with a
		// school's scope still pays only its own school.
		DataScope school = DataScope.unitAndBelow(county.schoolA().id());
		List<List<Object>> rows = List.of(FacilitiesSheetImportTests.PAYMENT_HEADER,
				List.of(county.schoolA().code(), "2025-03-01", "100.00", "春季学期"),
				List.of(county.schoolB().code(), "2025-03-01", "100.00", "春季学期"));
		byte[] xlsx = SheetFiles.xlsx(rows);
		ImportResult result = accounts
			.asSystem(() -> sheets.importNow(new MockMultipartFile("file", "拨付.xlsx", "application/octet-stream", xlsx),
					fundsImport.forScope(school), false));
		assertThat(result.imported()).isZero();
		assertThat(result.httpStatus()).isEqualTo(422);
		assertThat(result.errors()).extracting(RowError::row).containsOnly(3);
		assertThat(result.errors()).anySatisfy(e -> assertThat(e.message()).contains(county.schoolB().code()));
		assertThat(funds.disbursementRows(bureau, 2025)).isEmpty();

		// The same file without the other school's row pays the school's own.
		byte[] ownXlsx = SheetFiles.xlsx(rows.subList(0, 2));
		ImportResult own = accounts.asSystem(
				() -> sheets.importNow(new MockMultipartFile("file", "拨付.xlsx", "application/octet-stream", ownXlsx),
						fundsImport.forScope(school), false));
		assertThat(own.imported()).isEqualTo(1);
		assertThat(funds.disbursementRows(bureau, 2025)).extracting(FundDisbursement::getUnitId)
			.containsExactly(county.schoolA().id());
	}

}
