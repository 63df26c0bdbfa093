package io.edubureau.awards;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.RowError;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data scope holds row by row in the key-teacher designation import, not only at the
 * endpoint (a school's account gets 403 there): run with a school's scope, a row naming a
 * teacher of a neighbouring school is refused and nobody of the file is designated.
 */
@EduBureauTest
class KeyTeacherImportScopeTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	KeyTeacherImport designationImport;

	@Autowired
	SheetManagement sheets;

	final String tag = TestAccounts.uniqueCode().substring(6);

	StaffView teacher(UnitView unit, String name) {
		StaffForm form = TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1978, 3, 3), true), name + tag, unit.code())
			.toBuilder()
			.workStartDate(LocalDate.of(2000, 9, 1))
			.titleLevel(TitleLevel.FIRST)
			.build();
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(), form));
		AwardsFixtures.appraisals(staff, p.id(), 2015, 2025);
		return p;
	}

	@Test
	void aSchoolScopedRowForAnotherSchoolsTeacherIsRefusedAndNobodyIsDesignated() throws Exception {
		County county = accounts.county();
		StaffView own = teacher(county.schoolA(), "骨干甲");
		StaffView neighbour = teacher(county.schoolB(), "骨干乙");
		LocalDate start = LocalDate.of(2026, 9, 1);
		List<List<Object>> rows = List.of(KeyTeacherImportTests.HEADER,
				List.of(own.idNumber(), "骨干教师", "县级", "", start, "示教字〔2026〕" + tag + "号"),
				List.of(neighbour.idNumber(), "骨干教师", "县级", "", start, "示教字〔2026〕" + tag + "号"));
		byte[] xlsx = SheetFiles.xlsx(rows);
		ImportResult result = accounts
			.asSystem(() -> sheets.importNow(new MockMultipartFile("file", "认定.xlsx", "application/octet-stream", xlsx),
					designationImport.forScope(DataScope.unitAndBelow(county.schoolA().id())), false));
		assertThat(result.imported()).isZero();
		assertThat(result.httpStatus()).isEqualTo(422);
		assertThat(result.errors()).extracting(RowError::row).containsOnly(3);
		assertThat(result.errors()).anySatisfy(e -> assertThat(e.message()).contains(neighbour.idNumber()));
		for (StaffView p : List.of(own, neighbour)) {
			assertThat(accounts.asSystem(() -> staff.get(DataScope.all(), p.id())).backbone()).isFalse();
		}
	}

}
