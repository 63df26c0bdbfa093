package io.edubureau.petitions;

import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.RowError;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.sheet.SheetManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data scope holds row by row in the petitions import, not only at the endpoint (a
 * school's account gets 403 there): run with a school's scope, a row concerning a
 * neighbouring school is refused and nothing of the file is registered.
 */
@EduBureauTest
class PetitionImportScopeTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	PetitionsManagement petitions;

	@Autowired
	PetitionImport petitionImport;

	@Autowired
	SheetManagement sheets;

	ImportResult importAs(DataScope scope, List<List<Object>> rows) throws Exception {
		byte[] xlsx = SheetFiles.xlsx(rows);
		return accounts.asSystem(
				() -> sheets.importNow(new MockMultipartFile("file", "信访登记.xlsx", "application/octet-stream", xlsx),
						petitionImport.forScope(scope), false));
	}

	@Test
	void aSchoolScopedRowForAnotherSchoolIsRefusedAndNothingIsRegistered() throws Exception {
		County county = accounts.county();
		DataScope school = DataScope.unitAndBelow(county.schoolA().id());
		List<Object> own = List.of(county.schoolA().code(), "来信", "工资待遇", "补贴未发放", "乡村教师生活补助至今未发放。", "王建国", "", "", 1,
				"2025-09-16", "");
		List<Object> neighbour = List.of(county.schoolB().code(), "来访", "招生入学", "入学划片", "对学区划分有异议。", "李芳", "", "", 3,
				"2025-09-25", "");
		ImportResult result = importAs(school, List.of(PetitionImportTests.HEADER, own, neighbour));
		assertThat(result.imported()).isZero();
		assertThat(result.httpStatus()).isEqualTo(422);
		assertThat(result.errors()).extracting(RowError::row).containsOnly(3);
		assertThat(result.errors()).anySatisfy(e -> {
			assertThat(e.column()).isEqualTo("unit_code");
			assertThat(e.message()).contains(county.schoolB().code());
		});
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		assertThat(petitions.petitions(bureau, 2025, null)).isEmpty();

		assertThat(importAs(school, List.of(PetitionImportTests.HEADER, own)).imported()).isEqualTo(1);
		assertThat(petitions.petitions(bureau, 2025, null)).hasSize(1);
	}

}
