package io.edubureau.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;
import io.edubureau.personnelfile.FileAuditForm;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.platform.Masking;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffForm;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 12 item 3: the masked middle digits of an identity number are the birth date, so
 * a role without {@code staff:sensitive:read} must never read a full birth date. This
 * test calls every GET endpoint of the application (the security matrix's table) that
 * such a role may reach, with the known person's ids and filters that find them, and
 * searches every byte of every answer (pages, JSON, .csv, and .xlsx unpacked) for the
 * person's identity number, their birth date in any common format or as a spreadsheet
 * date number, and the eight masked digits.
 */
@EduBureauTest
class MaskedBirthDateTests {

	static final LocalDate BIRTH = LocalDate.of(1983, 11, 27);

	static final List<String> CATEGORIES = List.of("education", "work-history", "posts", "titles", "appraisals",
			"certificates", "honours");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement file;

	@Autowired
	RoleRepository roles;

	@Autowired
	TransactionTemplate tx;

	County county;

	StaffView person;

	String tag;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		tag = "掩" + TestAccounts.uniqueCode().substring(4);
		String id = accounts.idNumber(BIRTH, false);
		StaffForm t = TestAccounts.teacher(id, tag, county.schoolA().code());
		// Work before 16 and party membership before 18: the file audit's findings name
		// the birth date.
		StaffForm form = new StaffForm(t.idNumber(), t.name(), t.formerNames(), t.sex(), BIRTH, t.ethnicity(),
				t.nativePlace(), io.edubureau.staff.PoliticalStatus.PARTY_MEMBER, LocalDate.of(2000, 7, 1),
				LocalDate.of(1998, 9, 1), "13912345678", t.unitCode(), t.employmentType(), t.postCategory(),
				t.fullTimeTeacher(), t.stage(), t.subject(), t.backbone(), t.academicLeader(), LocalDate.of(2005, 9, 1),
				t.hireChannel(), t.highestEducation(), t.graduateSchoolTier(), t.titleLevel(), LocalDate.of(2012, 9, 1),
				null, null);
		person = accounts.asSystem(() -> staff.create(DataScope.all(), form));
		accounts.asSystem(() -> file.concludeFileAudit(DataScope.all(), person.id(),
				new FileAuditForm(BIRTH, LocalDate.of(1998, 9, 1), null, null, null, "档案原件")));
	}

	/** What would let one rebuild the 18 digits. */
	List<String> forbidden() {
		String y = String.valueOf(BIRTH.getYear());
		long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), BIRTH);
		return List.of(person.idNumber(), "1983-11-27", "19831127", "1983/11/27", "1983.11.27", "1983年11月27日",
				"27/11/1983", "11/27/1983", "27.11.1983", "Nov 27, 1983", "27 Nov 1983", y + "-11-27T",
				"<v>" + serial + "</v>", "<v>" + serial + ".0</v>", "[1983,11,27]");
	}

	/** A custom role that reads and exports everything a role may, but sensitive data. */
	String maskedCustomRole() {
		String code = "MASKED" + TestAccounts.uniqueCode().substring(4);
		tx.executeWithoutResult(status -> {
			Role role = new Role(code, "无敏感", "Nothing sensitive", false);
			Set<Permission> permissions = EnumSet.noneOf(Permission.class);
			for (Permission p : Permission.values()) {
				boolean reads = p.code().endsWith(":read") || p.code().endsWith(":export")
						|| p == Permission.RULES_CALCULATOR_USE;
				if (p.domain() == Permission.AdminDomain.SYSTEM && reads && p != Permission.STAFF_SENSITIVE_READ
						&& p != Permission.TRAINING_SELF_READ) {
					permissions.add(p);
				}
			}
			role.define("无敏感", "Nothing sensitive", ScopeKind.UNIT_AND_BELOW, permissions);
			roles.save(role);
		});
		return accounts.account(code, county.bureau());
	}

	@Test
	void noAnswerToAMaskedRoleLetsOneRebuildTheIdentityNumber() throws Exception {
		Map<String, String> users = new LinkedHashMap<>();
		users.put("inspector", accounts.account("INSPECTOR", county.bureau()));
		users.put("custom role without staff:sensitive:read", maskedCustomRole());
		users.put("audit administrator", accounts.account("AUDIT_ADMIN", null));
		List<String> figureKeys = figureKeys(users.get("inspector"));
		assertThat(figureKeys).as("the figure book counts someone").isNotEmpty();
		List<String> leaks = new ArrayList<>();
		int seen = 0;
		for (var user : users.entrySet()) {
			Set<String> held = new TreeSet<>();
			for (String endpoint : new TreeSet<>(SecurityMatrixTests.DECLARED.keySet())) {
				if (!endpoint.startsWith("GET ")) {
					continue;
				}
				for (String path : paths(endpoint.substring(4), figureKeys)) {
					// A figure's lineage asks for a file only on its export path.
					boolean files = !path.contains("/figures/") || path.endsWith("/export");
					for (Map<String, String> params : files ? List.of(params(true), params(false))
							: List.of(params(false))) {
						MockHttpServletRequestBuilder request = get(path).with(accounts.as(user.getValue()));
						params.forEach(request::param);
						MvcResult result = mvc.perform(request.accept(MediaType.ALL)).andReturn();
						int status = result.getResponse().getStatus();
						if (status != 200) {
							continue;
						}
						held.add(endpoint);
						String text = text(result.getResponse().getContentAsByteArray());
						if (text.contains(tag) || text.contains(String.valueOf(person.id()))) {
							seen++;
						}
						for (String bad : forbidden()) {
							if (text.contains(bad)) {
								leaks.add(user.getKey() + ": " + path + " " + params + " shows " + bad);
							}
						}
					}
				}
			}
			assertThat(held).as(user.getKey() + " reached some endpoints").isNotEmpty();
		}
		assertThat(seen).as("answers that show the person at all").isGreaterThan(20);
		assertThat(leaks).isEmpty();
	}

	@Test
	void aMaskedRoleSeesTheBirthMonthAndTheMaskedNumber() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		String json = mvc.perform(get("/api/v1/staff/" + person.id()).with(accounts.as(inspector)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"birthMonth\":\"1983-11\"")
			.contains(Masking.idNumber(person.idNumber()))
			.doesNotContain("1983-11-27");
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		assertThat(mvc.perform(get("/api/v1/staff/" + person.id()).with(accounts.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("1983-11-27").contains(person.idNumber());
	}

	@Test
	void aMaskedRoleCannotProbeTheHiddenDigitsBySearchingByIdentityNumber() throws Exception {
		String inspector = accounts.account("INSPECTOR", county.bureau());
		MvcResult result = mvc
			.perform(get("/api/v1/staff").param("idNumber", person.idNumber())
				.header("Accept-Language", "en")
				.with(accounts.as(inspector)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("idNumber")
			.doesNotContain(tag);
		String page = mvc
			.perform(get("/staff").param("idNumber", person.idNumber())
				.header("Accept-Language", "zh-CN")
				.with(accounts.as(inspector)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain(tag).contains("身份号码");
	}

	private List<String> figureKeys(String user) throws Exception {
		String json = mvc
			.perform(get("/api/v1/reports/annual-summary").param("year", String.valueOf(LocalDate.now().getYear()))
				.param("unit", county.schoolA().code())
				.with(accounts.as(user)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> keys = new ArrayList<>();
		var figures = new tools.jackson.databind.ObjectMapper().readTree(json).get("figures");
		for (String key : figures.propertyNames()) {
			if (figures.get(key).asDouble() > 0) {
				keys.add(key);
			}
		}
		return keys;
	}

	private List<String> paths(String pattern, List<String> figureKeys) {
		List<String> paths = new ArrayList<>();
		if (pattern.contains("{category}")) {
			CATEGORIES.forEach(c -> paths.add(pattern.replace("{category}", c)));
		}
		else if (pattern.contains("{key}")) {
			figureKeys.forEach(k -> paths.add(pattern.replace("{key}", k)));
		}
		else {
			paths.add(pattern);
		}
		return paths.stream()
			.map(p -> p.replace("{id}", String.valueOf(person.id()))
				.replace("{staffId}", String.valueOf(person.id()))
				.replace("{id:\\d+}", String.valueOf(county.schoolA().id())))
			.map(SecurityMatrixTests::concrete)
			.toList();
	}

	private Map<String, String> params(boolean file) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("unit", county.schoolA().code());
		params.put("name", tag);
		params.put("year", String.valueOf(LocalDate.now().getYear()));
		params.put("months", "60");
		params.put("entityType", "staff.member");
		params.put("entityId", String.valueOf(person.id()));
		params.put("size", "200");
		if (file) {
			params.put("format", "xlsx");
		}
		return params;
	}

	/** The answer as text; an .xlsx (or any zip) is every entry's text. */
	static String text(byte[] body) throws IOException {
		if (body.length > 2 && body[0] == 'P' && body[1] == 'K') {
			// Streamed .xlsx entries carry their sizes after the data: read by the
			// central
			// directory.
			java.nio.file.Path file = java.nio.file.Files.createTempFile("answer", ".zip");
			java.nio.file.Files.write(file, body);
			StringBuilder all = new StringBuilder();
			try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
				for (ZipEntry e : java.util.Collections.list(zip.entries())) {
					all.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)).append('\n');
				}
			}
			finally {
				java.nio.file.Files.delete(file);
			}
			return all.toString();
		}
		return new String(body, StandardCharsets.UTF_8);
	}

}
