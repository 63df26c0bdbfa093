package io.edubureau.staff;

import java.time.LocalDate;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sanctions (处分) and certificate status in the personnel file: periods computed from the
 * rule, revocation keeps the record, the bureau decides, schools read their own staff.
 */
@EduBureauTest
class SanctionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	JdbcTemplate jdbc;

	County county;

	StaffView person;

	String bureau;

	String schoolA;

	String schoolB;

	@BeforeEach
	void setUp() {
		county = accounts.county();
		person = accounts.asSystem(() -> staff.create(DataScope.all(), TestAccounts
			.teacher(accounts.idNumber(LocalDate.of(1985, 4, 4), true), "处分老师", county.schoolA().code())));
		bureau = accounts.account("BUREAU_OFFICER", county.bureau());
		schoolA = accounts.account("SCHOOL_ADMIN", county.schoolA());
		schoolB = accounts.account("SCHOOL_ADMIN", county.schoolB());
	}

	ResultActions record(String user, String json) throws Exception {
		return mvc.perform(post("/api/v1/staff/" + person.id() + "/sanctions").with(TestAccounts.basic(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	static String sanction(String kind, String extra) {
		return "{\"kind\":\"%s\",\"decidedOn\":\"2025-01-15\",\"decidedBy\":\"县教育局\",\"reason\":\"体罚学生\",\"documentNumber\":\"X教〔2025〕3号\"%s}"
			.formatted(kind, extra);
	}

	long id(ResultActions created) throws Exception {
		String body = created.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
	}

	@Test
	void periodsComeFromTheRuleCountedFromTheDecisionDate() throws Exception {
		record(bureau, sanction("WARNING", "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.periodMonths").value(6))
			.andExpect(jsonPath("$.periodEnd").value("2025-07-14"));
		record(bureau, sanction("DEMERIT", "")).andExpect(jsonPath("$.periodEnd").value("2026-01-14"));
		record(bureau, sanction("DEMOTION", "")).andExpect(jsonPath("$.periodEnd").value("2027-01-14"));
		record(bureau, sanction("REMOVAL", "")).andExpect(jsonPath("$.periodMonths").value(24))
			.andExpect(jsonPath("$.periodEnd").value("2027-01-14"));
		record(bureau, sanction("CRITICISM", "")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.periodEnd").doesNotExist());
		record(bureau, sanction("DISQUALIFICATION", ",\"months\":36"))
			.andExpect(jsonPath("$.periodEnd").value("2028-01-14"));
		// Only a disqualification takes months, and never fewer than 24.
		record(bureau, sanction("WARNING", ",\"months\":12")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("months"));
		record(bureau, sanction("DISQUALIFICATION", ",\"months\":23")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("months"));
		record(bureau, "{\"kind\":\"WARNING\",\"decidedOn\":\"2025-01-15\",\"decidedBy\":\"县教育局\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		record(bureau, sanction("WARNING", "").replace("2025-01-15", LocalDate.now().plusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("decidedOn"));
		// Nothing was written by the refused ones.
		mvc.perform(get("/api/v1/staff/" + person.id() + "/sanctions").with(TestAccounts.basic(bureau)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6));
		assertThat(accounts.asSystem(() -> personnelFile.sanctions(DataScope.all(), person.id())))
			.extracting(SanctionRecord::kind)
			.contains(SanctionKind.WARNING, SanctionKind.DISQUALIFICATION);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'staff.sanction' and action = 'CREATE' and summary = ?",
				Long.class, person.name()))
			.isGreaterThanOrEqualTo(6L);
	}

	@Test
	void aRevocationEndsItEarlyAndKeepsTheRecord() throws Exception {
		long id = id(record(bureau, sanction("DEMERIT", "")).andExpect(status().isCreated()));
		String revoke = "/api/v1/staff/" + person.id() + "/sanctions/" + id + "/revoke";
		mvc.perform(post(revoke).with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokedOn\":\"2025-05-01\",\"note\":\" \"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post(revoke).with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokedOn\":\"2025-01-14\",\"note\":\"复核\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("revokedOn"));
		mvc.perform(post(revoke).with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokedOn\":\"2025-05-01\",\"note\":\"复核撤销\"}")).andExpect(status().isForbidden());
		mvc.perform(post(revoke).with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokedOn\":\"2025-05-01\",\"note\":\"复核撤销\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revokedOn").value("2025-05-01"))
			.andExpect(jsonPath("$.periodEnd").value("2026-01-14"));
		mvc.perform(post(revoke).with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"revokedOn\":\"2025-06-01\",\"note\":\"again\"}")).andExpect(status().isUnprocessableContent());
		SanctionRecord kept = accounts.asSystem(() -> personnelFile.sanctions(DataScope.all(), person.id()))
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(kept.revocationNote()).isEqualTo("复核撤销");
		assertThat(kept.inForceOn(LocalDate.of(2025, 4, 30))).isTrue();
		assertThat(kept.inForceOn(LocalDate.of(2025, 5, 1))).isFalse();
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'staff.sanction' and action = 'REVOKE' and entity_id = ?",
				Long.class, String.valueOf(id)))
			.isEqualTo(1L);
	}

	@Test
	void theBureauDecidesSchoolsReadTheirOwnStaff() throws Exception {
		record(schoolA, sanction("WARNING", "")).andExpect(status().isForbidden());
		record(bureau, sanction("WARNING", "")).andExpect(status().isCreated());
		String list = "/api/v1/staff/" + person.id() + "/sanctions";
		mvc.perform(get(list).with(TestAccounts.basic(schoolA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("WARNING"));
		mvc.perform(get(list).with(TestAccounts.basic(schoolB))).andExpect(status().isNotFound());
		record(bureau, sanction("WARNING", "")).andExpect(status().isCreated());
		String teacher = accounts.account("TEACHER", county.schoolA(), person.id());
		mvc.perform(get(list).with(TestAccounts.basic(teacher))).andExpect(status().isForbidden());
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get(list).with(TestAccounts.basic(inspector))).andExpect(status().isOk());
		// The person's page: a sanctions tab whose panel (personnelfile's) it loads; the
		// form only for the bureau.
		String panel = "/staff/" + person.id() + "/sanctions-panel";
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(bureau)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tab-sanctions\"")))
			.andExpect(content().string(containsString(panel)));
		mvc.perform(get(panel).with(accounts.as(bureau)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sanction-form\"")))
			.andExpect(content().string(containsString("警告")))
			.andExpect(content().string(containsString("6个月，至2025-07-14")));
		mvc.perform(get(panel).with(accounts.as(schoolA)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Warning (警告)")))
			.andExpect(content().string(containsString("6 months, to 2025-07-14")))
			.andExpect(content().string(not(containsString("id=\"sanction-form\""))));
		mvc.perform(get(panel).with(accounts.as(schoolB))).andExpect(status().isNotFound());
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"sanction-table\""))))
			.andExpect(content().string(not(containsString(panel))));
		mvc.perform(get(panel).with(accounts.as(teacher))).andExpect(status().isForbidden());
		// The page's form posts to the same rule.
		mvc.perform(post("/staff/" + person.id() + "/sanctions").with(accounts.as(bureau))
			.with(csrf())
			.param("kind", "ADMONITION")
			.param("decidedOn", "2025-02-01")
			.param("decidedBy", "县教育局")
			.param("reason", "家长投诉")).andExpect(status().is3xxRedirection());
		assertThat(accounts.asSystem(() -> personnelFile.sanctions(DataScope.all(), person.id())))
			.extracting(SanctionRecord::kind)
			.contains(SanctionKind.ADMONITION);
	}

	@Test
	void theBureauRecordsThatACertificateIsRevokedOrLost() throws Exception {
		String body = mvc.perform(post("/api/v1/staff/" + person.id() + "/certificates")
			.with(TestAccounts.basic(schoolA))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"type\":\"PRIMARY\",\"subject\":\"数学\",\"number\":\"20073400000009\",\"issuedOn\":\"2007-06-01\",\"authority\":\"县教育局\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.certificate.status").value("VALID"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long entry = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*$", "$1"));
		String url = "/api/v1/staff/" + person.id() + "/certificates/" + entry + "/status";
		String revoked = "{\"status\":\"REVOKED\",\"on\":\"2025-03-01\",\"note\":\"弄虚作假取得资格\"}";
		mvc.perform(
				post(url).with(TestAccounts.basic(schoolA)).contentType(MediaType.APPLICATION_JSON).content(revoked))
			.andExpect(status().isForbidden());
		mvc.perform(post(url).with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"REVOKED\",\"on\":\"2007-05-31\",\"note\":\"x\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("on"));
		mvc.perform(post(url).with(TestAccounts.basic(bureau))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"status\":\"REVOKED\",\"on\":\"2025-03-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		mvc.perform(post(url).with(TestAccounts.basic(bureau)).contentType(MediaType.APPLICATION_JSON).content(revoked))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.certificate.status").value("REVOKED"))
			.andExpect(jsonPath("$.certificate.on").value("2025-03-01"));
		mvc.perform(post(url).with(TestAccounts.basic(bureau)).contentType(MediaType.APPLICATION_JSON).content(revoked))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/staff/" + person.id() + "/certificates/" + entry + "/status")
			.with(TestAccounts.basic(schoolB))
			.contentType(MediaType.APPLICATION_JSON)
			.content(revoked)).andExpect(status().isForbidden());
		assertThat(accounts.asSystem(() -> staff.certificates(DataScope.all(), person.id())))
			.extracting(CertificateRecord::status)
			.containsExactly(CertificateStatus.REVOKED);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'staff.file.certificates' and action = 'UPDATE' and entity_id = ?",
				Long.class, String.valueOf(entry)))
			.isEqualTo(1L);
		mvc.perform(get("/staff/" + person.id()).with(accounts.as(schoolA)).header("Accept-Language", "zh-CN"))
			.andExpect(content().string(containsString("已撤销 2025-03-01")));
	}

}
