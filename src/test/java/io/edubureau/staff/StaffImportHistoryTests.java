package io.edubureau.staff;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.org.DataScope;
import io.edubureau.reports.FigureBook;
import io.edubureau.reports.FigureValue;
import io.edubureau.reports.ReportsManagement;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.sheet.SheetFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.edubureau.security.TestAccounts.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * A bureau moving its existing records in (issue 12 items 7 and 8): people who retired,
 * left or died are imported with their status and its date, which becomes the life event
 * (source "import"); a title with its date becomes a title history entry (source
 * "import") once, however often the file is imported; the figure book counts both.
 */
@EduBureauTest
class StaffImportHistoryTests {

	static final String HEADER = "id_number,name,unit_code,employment_type,post_category,full_time_teacher,stage,hire_date,status,status_date";

	static final String TITLED = "id_number,name,unit_code,employment_type,post_category,full_time_teacher,stage,hire_date,title_level,title_date";

	// A past year of the book, so "today" never cuts into it.
	static final int YEAR = 2023;

	final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	StaffRepository repository;

	@Autowired
	ReportsManagement reports;

	@Autowired
	AuditManagement audit;

	County county;

	String officer;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		officer = accounts.account("BUREAU_OFFICER", county.bureau());
	}

	private String row(String id, String name, String hired, String status, String statusDate) {
		return id + "," + name + "," + county.schoolA().code() + ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY," + hired
				+ "," + status + "," + statusDate;
	}

	@Test
	void peopleWhoRetiredLeftOrDiedAreImportedWithTheirLifeEventAndCountedInPastYears() throws Exception {
		String retired = accounts.idNumber(LocalDate.of(1960, 4, 4), false);
		String left = accounts.idNumber(LocalDate.of(1998, 5, 5), true);
		String died = accounts.idNumber(LocalDate.of(1970, 6, 6), false);
		String active = accounts.idNumber(LocalDate.of(1985, 7, 7), true);
		byte[] file = csv(HEADER, row(retired, "退休甲", "1985-09-01", "RETIRED", "2020-07-01"),
				// Hired in March and gone in October of the same year.
				row(left, "离职乙", YEAR + "-03-01", "离职", YEAR + "-10-15"),
				row(died, "去世丙", "1995-09-01", "DECEASED", (YEAR - 1) + "-05-05"),
				row(active, "在职丁", "2010-09-01", "ACTIVE", ""));
		JsonNode answer = importFile("history.csv", file, Locale.ENGLISH, 200);
		assertThat(answer.get("imported").asInt()).isEqualTo(4);

		assertEnded(retired, StaffStatus.RETIRED, StaffEventKind.RETIREMENT, LocalDate.of(2020, 7, 1));
		assertEnded(left, StaffStatus.LEFT, StaffEventKind.LEAVING, LocalDate.of(YEAR, 10, 15));
		assertEnded(died, StaffStatus.DECEASED, StaffEventKind.DEATH, LocalDate.of(YEAR - 1, 5, 5));
		assertThat(person(active).status()).isEqualTo(StaffStatus.ACTIVE);
		assertThat(person(active).statusDate()).isNull();

		// The figure book of past years: the one who left is a recruit of the year and
		// not active on 31 December; the one who died was active the year before.
		FigureBook book = reports.book(DataScope.unitAndBelow(county.bureau().id()), YEAR, null);
		assertThat(value(book, "recruitment.total")).isEqualTo(1);
		assertThat(value(book, "staff.active")).isEqualTo(1);
		assertThat(reports.records(DataScope.unitAndBelow(county.bureau().id()), YEAR, null, "recruitment.total", 0, 10)
			.rows()).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("离职乙"));
		FigureBook before = reports.book(DataScope.unitAndBelow(county.bureau().id()), YEAR - 2, null);
		assertThat(value(before, "staff.active")).as("active on 31 December %d", YEAR - 2).isEqualTo(2);
		FigureBook retirementYear = reports.book(DataScope.unitAndBelow(county.bureau().id()), 2020, null);
		assertThat(value(retirementYear, "retirement.retired")).isEqualTo(1);

		// The same file again changes nothing and writes no second event.
		JsonNode again = importFile("history-again.csv", file, Locale.ENGLISH, 200);
		assertThat(again.get("imported").asInt()).isEqualTo(4);
		assertEnded(left, StaffStatus.LEFT, StaffEventKind.LEAVING, LocalDate.of(YEAR, 10, 15));
	}

	@Test
	void anActivePersonImportedAsRetiredGetsTheEventAndAnAuditEntry() throws Exception {
		String id = accounts.idNumber(LocalDate.of(1964, 2, 2), false);
		importFile("first.csv", csv(HEADER, row(id, "将退休", "1986-09-01", "", "")), Locale.ENGLISH, 200);
		assertThat(person(id).status()).isEqualTo(StaffStatus.ACTIVE);
		importFile("second.csv", csv(HEADER, row(id, "将退休", "1986-09-01", "RETIRED", "2024-03-01")), Locale.ENGLISH,
				200);
		assertEnded(id, StaffStatus.RETIRED, StaffEventKind.RETIREMENT, LocalDate.of(2024, 3, 1));
		assertThat(audit
			.search(new AuditQuery(officer, "staff.member", null, AuditAction.ARCHIVE, null, null),
					PageRequest.of(0, 5))
			.getContent()).singleElement().satisfies(e -> {
				assertThat(e.entityId()).isEqualTo(Long.toString(person(id).id()));
				assertThat(e.changes()).anySatisfy(c -> {
					assertThat(c.field()).isEqualTo("status");
					assertThat(c.after()).isEqualTo("RETIRED");
				});
			});
		// Never back to active by import.
		JsonNode back = importFile("back.csv", csv(HEADER, row(id, "将退休", "1986-09-01", "ACTIVE", "")), Locale.ENGLISH,
				422);
		assertError(back, 2, "status", "cannot make them active again");
	}

	@Test
	void aStatusDateIsRequiredUnlessActiveAndCheckedWithErrorsInBothLanguages() throws Exception {
		String a = accounts.idNumber(LocalDate.of(1970, 1, 1), false);
		String b = accounts.idNumber(LocalDate.of(1971, 1, 1), false);
		String c = accounts.idNumber(LocalDate.of(1972, 1, 1), false);
		String d = accounts.idNumber(LocalDate.of(1973, 1, 1), false);
		byte[] file = csv(HEADER, row(a, "无日期", "1995-09-01", "LEFT", ""),
				row(b, "在职有日期", "1995-09-01", "ACTIVE", "2020-01-01"),
				row(c, "早于入职", "1995-09-01", "RETIRED", "1990-01-01"), row(d, "已合并", "1995-09-01", "MERGED", ""));
		JsonNode en = importFile("bad.csv", file, Locale.ENGLISH, 422);
		assertError(en, 2, "status_date", "Give the status date");
		assertError(en, 3, "status_date", "An active person has no status date");
		assertError(en, 4, "status_date", "must not lie in the future nor before the hire date");
		assertError(en, 5, "status", "merged cannot be imported");
		JsonNode zh = importFile("bad.csv", file, Locale.SIMPLIFIED_CHINESE, 422);
		assertError(zh, 2, "status_date", "须填写状态变动日期");
		assertError(zh, 3, "status_date", "在职人员不填写状态变动日期");
		assertError(zh, 4, "status_date", "不能早于进本单位时间");
		assertError(zh, 5, "status", "不能导入“已合并”状态");
		for (String id : List.of(a, b, c, d)) {
			assertThat(repository.findByIdNumber(id)).isEmpty();
		}
	}

	@Test
	void anImportedTitleWithItsDateIsATitleEntryOnceAndCountsAsObtained() throws Exception {
		String id = accounts.idNumber(LocalDate.of(1980, 3, 3), true);
		String known = accounts.idNumber(LocalDate.of(1981, 4, 4), false);
		String line = id + ",职称甲," + county.schoolA().code()
				+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,2005-09-01,FIRST," + YEAR + "-06-01";
		// A person already on record with no title gets theirs from the file.
		importFile("known.csv", csv(TITLED,
				known + ",职称乙," + county.schoolA().code() + ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,2006-09-01,,"),
				Locale.ENGLISH, 200);
		String knownLine = known + ",职称乙," + county.schoolA().code()
				+ ",IN_ESTABLISHMENT,PROFESSIONAL,true,PRIMARY,2006-09-01,SENIOR," + YEAR + "-12-01";
		for (int i = 0; i < 2; i++) {
			importFile("titles-" + i + ".csv", csv(TITLED, line, knownLine), Locale.ENGLISH, 200);
		}
		for (String person : List.of(id, known)) {
			List<FileEntryView> titles = accounts
				.asSystem(() -> staff.fileEntries(DataScope.all(), person(person).id(), FileCategory.TITLES));
			assertThat(titles).as(person).singleElement().satisfies(t -> {
				assertThat(t.source()).isEqualTo("import");
				assertThat(t.archived()).isFalse();
				assertThat(((TitleForm) t.data()).obtainedOn().getYear()).isEqualTo(YEAR);
			});
		}
		FigureBook book = reports.book(DataScope.unitAndBelow(county.bureau().id()), YEAR, null);
		assertThat(value(book, "titles.granted.total")).isEqualTo(2);
		assertThat(value(book, "titles.granted.byLevel.FIRST")).isEqualTo(1);
		assertThat(value(book, "titles.granted.byLevel.SENIOR")).isEqualTo(1);
		// Audited as a title entry of the file.
		assertThat(audit
			.search(new AuditQuery(officer, "staff.file.titles", null, AuditAction.CREATE, null, null),
					PageRequest.of(0, 5))
			.getContent()).hasSize(2);
	}

	// ---- helpers

	private void assertEnded(String idNumber, StaffStatus status, StaffEventKind kind, LocalDate on) {
		StaffView p = person(idNumber);
		assertThat(p.status()).isEqualTo(status);
		assertThat(p.statusDate()).isEqualTo(on);
		List<StaffEventView> history = accounts.asSystem(() -> staff.history(DataScope.all(), p.id()));
		assertThat(history).filteredOn(h -> h.kind() == kind).singleElement().satisfies(h -> {
			assertThat(h.occurredOn()).isEqualTo(on);
			assertThat(h.source()).isEqualTo("import");
			assertThat(h.recordedBy()).isEqualTo(officer);
		});
		assertThat(history).extracting(StaffEventView::kind).contains(StaffEventKind.HIRE);
	}

	private static long value(FigureBook book, String key) {
		return book.figure(key)
			.map(FigureValue::value)
			.orElseThrow(() -> new AssertionError("no figure " + key))
			.longValueExact();
	}

	private JsonNode importFile(String filename, byte[] content, Locale locale, int status) throws Exception {
		MvcResult result = mvc
			.perform(multipart("/api/v1/staff/import")
				.file(new MockMultipartFile("file", filename, "application/octet-stream", content))
				.param("dryRun", "false")
				.locale(locale)
				.with(basic(officer)))
			.andReturn();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus()).as(filename + ": " + body).isEqualTo(status);
		return json.readTree(body);
	}

	private static void assertError(JsonNode answer, int row, String column, String message) {
		assertThat(answer.get("errors")).as(answer.toString()).anySatisfy(e -> {
			assertThat(e.get("row").asInt()).isEqualTo(row);
			assertThat(e.get("column").asString()).isEqualTo(column);
			assertThat(e.get("message").asString()).contains(message);
		});
	}

	private static byte[] csv(String... lines) {
		return SheetFiles.csv(StandardCharsets.UTF_8, false, lines);
	}

	private StaffView person(String idNumber) {
		StaffMember m = repository.findByIdNumber(idNumber).orElseThrow(() -> new AssertionError("no " + idNumber));
		return staff.get(DataScope.all(), m.getId());
	}

}
