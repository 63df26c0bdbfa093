package io.edubureau.cadres;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.ImportResult;
import io.edubureau.sheet.RowError;
import io.edubureau.sheet.SheetFiles;
import io.edubureau.sheet.SheetImport;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data scope holds row by row in the cadre roster and tally imports, not only at the
 * endpoint (a school's account gets 403 there): run with a school's scope, a row naming a
 * neighbouring school or its cadre is refused and nothing of the file is written.
 */
@EduBureauTest
class CadresImportScopeTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	CadresManagement cadres;

	@Autowired
	CadresImport imports;

	@Autowired
	SheetManagement sheets;

	int year = LocalDate.now().getYear();

	String person(String name, UnitView unit) {
		StaffForm form = ScopeChecks.teacher(accounts, name + TestAccounts.uniqueCode().substring(6), unit.code(),
				LocalDate.of(1980, 3, 3), LocalDate.of(2005, 9, 1));
		accounts.asSystem(() -> staff.create(DataScope.all(), form));
		return form.idNumber();
	}

	<T> ImportResult run(SheetImport<T> importer, List<List<Object>> rows) throws Exception {
		byte[] xlsx = SheetFiles.xlsx(rows);
		return accounts.asSystem(() -> sheets
			.importNow(new MockMultipartFile("file", "名册.xlsx", "application/octet-stream", xlsx), importer, false));
	}

	@Test
	void aSchoolScopedRosterOrTallyRowForAnotherSchoolIsRefusedAndNothingIsWritten() throws Exception {
		County county = accounts.county();
		DataScope bureau = DataScope.unitAndBelow(county.bureau().id());
		DataScope school = DataScope.unitAndBelow(county.schoolA().id());
		String head = person("校长甲", county.schoolA());
		String neighbour = person("校长乙", county.schoolB());
		String a = county.schoolA().code();
		String b = county.schoolB().code();
		LocalDate start = LocalDate.of(year - 1, 9, 1);
		List<Object> own = List.of(head, a, "校长", "", start, "示教任〔2025〕1号");
		List<Object> other = List.of(neighbour, b, "校长", "", start, "示教任〔2025〕2号");

		ImportResult refused = run(imports.roster(school), List.of(CadresImportTests.ROSTER_HEADER, own, other));
		assertThat(refused.imported()).isZero();
		assertThat(refused.httpStatus()).isEqualTo(422);
		assertThat(refused.errors()).extracting(RowError::row).containsOnly(3);
		assertThat(cadres.roster(bureau, county.schoolA().id(), false)).isEmpty();
		assertThat(cadres.roster(bureau, county.schoolB().id(), false)).isEmpty();

		// The bureau appoints both; a round covers both schools.
		assertThat(run(imports.roster(bureau), List.of(CadresImportTests.ROSTER_HEADER, own, other)).imported())
			.isEqualTo(2);
		long round = cadres
			.openRound(bureau,
					new Forms.RoundForm(year, year + "年民主测评", List.of(county.schoolA().id(), county.schoolB().id())))
			.id();
		ImportResult tallies = run(imports.tallies(school, round), List.of(CadresImportTests.TALLY_HEADER,
				List.of(head, a, "校长", 40, 10, 0, 0), List.of(neighbour, b, "校长", 40, 10, 0, 0)));
		assertThat(tallies.imported()).isZero();
		assertThat(tallies.errors()).extracting(RowError::row).containsOnly(3);
		assertThat(cadres.cadresOf(bureau, round)).hasSize(2).allMatch(l -> l.tally() == null);
	}

}
