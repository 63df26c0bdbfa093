package io.edubureau.petitions;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a petitions register from real .xlsx files with Chinese headings and labels:
 * the template has drop-downs for channel and category; one bad row (a day received in
 * the future) is reported by row and column and nothing is written; the corrected file
 * registers every row as the form does, the deadlines counted on the holiday calendar,
 * the petitioner masked in reads, one import entry in the audit trail; a school may not
 * import.
 */
@EduBureauTest
class PetitionImportTests {

	static final List<Object> HEADER = List.of("涉及单位代码", "信访形式", "类别", "信访事项", "主要内容", "信访人姓名", "联系电话", "身份证号", "人数",
			"收到日期", "转送日期");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PetitionsManagement petitions;

	@Autowired
	AuditManagement audit;

	County county;

	RequestPostProcessor officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.as(accounts.account("BUREAU_OFFICER", county.bureau()));
	}

	List<List<Object>> rows(Object lastReceived) {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADER);
		// A date cell, as Excel writes one.
		rows.add(List.of(county.schoolA().code(), "来信", "工资待遇", "补贴未发放", "乡村教师生活补助至今未发放。", "王建国", "13800000001",
				"11010519491231002X", 1, LocalDate.of(2025, 9, 16), ""));
		rows.add(List.of(county.schoolB().code(), "来访", "招生入学", "入学划片", "对学区划分有异议。", "李芳", "", "", 3, "2025-09-25",
				"2025-09-26"));
		rows.add(List.of(county.schoolB().code(), "网上信访", "收费", "补课收费", "假期补课收费。", "赵强", "", "", "", lastReceived, ""));
		return rows;
	}

	ResultActions upload(RequestPostProcessor who, byte[] xlsx) throws Exception {
		return mvc.perform(multipart("/api/v1/petitions/import")
			.file(new MockMultipartFile("file", "信访登记.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
			.header("Accept-Language", "zh-CN")
			.with(who)
			.with(csrf()));
	}

	List<PetitionView> imported() {
		return petitions.petitions(DataScope.unitAndBelow(county.bureau().id()), 2025, null);
	}

	@Test
	void oneBadRowImportsNothingAndTheCorrectedFileRegistersEveryRowWithItsDeadlines() throws Exception {
		String tomorrow = LocalDate.now().plusDays(1).toString();
		upload(officer, SheetFiles.xlsx(rows(tomorrow))).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(4))
			.andExpect(jsonPath("$.errors[0].column").value("received_on"))
			.andExpect(jsonPath("$.errors[0].message", containsString(tomorrow)));
		assertThat(imported()).isEmpty();

		upload(officer, SheetFiles.xlsx(rows("2025-09-30"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(3));
		List<PetitionView> saved = imported();
		assertThat(saved).hasSize(3);
		// 15 days from 16 September end on 1 October, a holiday: moved to 9 October.
		assertThat(saved).anySatisfy(p -> {
			assertThat(p.subject()).isEqualTo("补贴未发放");
			assertThat(p.channel()).isEqualTo(PetitionChannel.LETTER);
			assertThat(p.category()).isEqualTo(PetitionCategory.PAY);
			assertThat(p.acceptanceDue()).isEqualTo(LocalDate.of(2025, 10, 9));
			assertThat(p.status()).isEqualTo(PetitionStatus.RECEIVED);
		});
		// Transferred on Friday 26 September: five working days are the make-up Sunday
		// 28th, the 29th, the 30th, and after the holiday 9 and 10 October.
		assertThat(saved).anySatisfy(p -> {
			assertThat(p.subject()).isEqualTo("入学划片");
			assertThat(p.groupSize()).isEqualTo(3);
			assertThat(p.objectionDue()).isEqualTo(LocalDate.of(2025, 10, 10));
		});
		assertThat(saved).anySatisfy(p -> {
			assertThat(p.subject()).isEqualTo("补课收费");
			assertThat(p.groupSize()).isEqualTo(1);
		});

		// Reads mask the petitioner for those who may not see them.
		mvc.perform(get("/api/v1/petitions").param("year", "2025").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("补贴未发放")))
			.andExpect(content().string(not(containsString("王建国"))))
			.andExpect(content().string(not(containsString("13800000001"))))
			.andExpect(content().string(not(containsString("11010519491231002X"))));
		assertThat(audit
			.search(new AuditQuery(null, PetitionsManagement.ENTITY, null, null, null, null), PageRequest.of(0, 200))
			.getContent()).anySatisfy(e -> assertThat(e.summary()).contains("信访登记.xlsx"));
	}

	@Test
	void aRepeatPetitionInTheFileIsLinkedToTheEarlierMatterAsTheFormLinksIt() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(HEADER);
		rows.add(List.of(county.schoolA().code(), "来信", "工资待遇", "补贴未发放", "乡村教师生活补助至今未发放。", "王建国", "13800000001",
				"11010519491231002X", 1, "2025-09-16", ""));
		// The same petitioner by identity number (lower-case x) and subject: a repeat.
		rows.add(List.of(county.schoolA().code(), "来访", "工资待遇", "补贴未发放", "再次反映补助未发放。", "王建国", "", "11010519491231002x",
				1, "2025-10-20", ""));
		// The same petitioner with another subject: a matter of its own.
		rows.add(List.of(county.schoolA().code(), "来信", "收费", "补课收费", "假期补课收费。", "王建国", "13800000001",
				"11010519491231002X", 1, "2025-10-21", ""));
		// The same name and subject without phone or identity number: not known well
		// enough to link.
		rows.add(List.of(county.schoolA().code(), "来信", "工资待遇", "补贴未发放", "补助未发放。", "王建国", "", "", 1, "2025-10-22", ""));
		upload(officer, SheetFiles.xlsx(rows)).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(4));
		List<PetitionView> saved = imported();
		PetitionView first = saved.stream()
			.filter(p -> p.receivedOn().equals(LocalDate.of(2025, 9, 16)))
			.findFirst()
			.orElseThrow();
		assertThat(first.repeatOfId()).isNull();
		assertThat(saved).filteredOn(p -> p.receivedOn().equals(LocalDate.of(2025, 10, 20)))
			.singleElement()
			.satisfies(p -> assertThat(p.repeatOfId()).isEqualTo(first.id()));
		assertThat(saved).filteredOn(p -> p.receivedOn().isAfter(LocalDate.of(2025, 10, 20)))
			.hasSize(2)
			.allSatisfy(p -> assertThat(p.repeatOfId()).isNull());

		// The form applies the same rule: same name and phone, same subject, linked to
		// the first.
		PetitionView byForm = accounts.asSystem(() -> petitions.register(DataScope.unitAndBelow(county.bureau().id()),
				new PetitionForm(county.schoolA().id(), PetitionChannel.CALL, PetitionCategory.PAY, "补贴未发放", "电话反映补助。",
						"王建国", "13800000001", null, 1, LocalDate.of(2025, 11, 3), null, null)));
		assertThat(byForm.repeatOfId()).isEqualTo(first.id());
	}

	@Test
	void aUnitOutsideTheScopeIsRefusedByRowAndASchoolMayNotImport() throws Exception {
		County other = accounts.county();
		List<List<Object>> rows = rows("2025-09-30");
		rows.set(2, new ArrayList<>(rows.get(2)));
		rows.get(2).set(0, other.schoolA().code());
		upload(officer, SheetFiles.xlsx(rows)).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[?(@.row == 3)].column", hasItem("unit_code")))
			.andExpect(jsonPath("$.errors[?(@.row == 3)].message", hasItem(containsString(other.schoolA().code()))));
		assertThat(imported()).isEmpty();
		upload(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA())), SheetFiles.xlsx(rows("2025-09-30")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTemplateHasChineseHeadersAndDropDownsAndThePageExplainsTheColumns() throws Exception {
		byte[] xlsx = mvc.perform(
				get("/api/v1/petitions/import/template").param("format", "xlsx").param("lang", "zh-CN").with(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("涉及单位代码");
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).startsWith("信访形式");
			assertThat(sheet.getDataValidations()).anySatisfy(v -> {
				assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("来信", "来访", "来电",
						"网上信访");
				assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(1);
			});
			assertThat(sheet.getDataValidations()).anySatisfy(
					v -> assertThat(v.getValidationConstraint().getExplicitListValues()).contains("工资待遇", "招生入学"));
		}
		mvc.perform(get("/petitions/import").header("Accept-Language", "zh-CN").with(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入信访登记")))
			.andExpect(content().string(containsString("不得晚于今天")));
		mvc.perform(get("/petitions/import").with(accounts.as(accounts.account("SCHOOL_ADMIN", county.schoolA()))))
			.andExpect(status().isForbidden());
	}

}
