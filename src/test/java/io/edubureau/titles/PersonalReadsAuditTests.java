package io.edubureau.titles;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.platform.Rejection;
import io.edubureau.security.ScopeChecks;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import io.edubureau.titles.TitleForms.ApplicationForm;
import io.edubureau.titles.TitleForms.RoundForm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12 item 4, the modules beyond staff: a person's registration standing, training
 * ledger and title application are personal data, so each page and API read of them
 * leaves one READ entry naming the person (lists: one entry with the ids shown).
 */
@EduBureauTest
class PersonalReadsAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	TitlesManagement titles;

	@Autowired
	AuditManagement audit;

	LocalDate today = LocalDate.now();

	List<AuditEntryView> reads(String actor, String entityType, String entityId) {
		return audit
			.search(new AuditQuery(actor, entityType, entityId, AuditAction.READ, null, null), PageRequest.of(0, 50))
			.getContent();
	}

	StaffView teacher(County county, String name) {
		return accounts.asSystem(
				() -> staff.create(DataScope.all(), ScopeChecks.teacher(accounts, name + TestAccounts.uniqueCode(),
						county.schoolA().code(), LocalDate.of(1980, 6, 6), today.minusYears(10))));
	}

	@Test
	void registrationStandingAndItsListsAreAuditedReads() throws Exception {
		County county = accounts.county();
		StaffView person = teacher(county, "注册查阅");
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get("/registration/teachers/" + person.id()).with(accounts.as(inspector)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/registration/teachers/" + person.id()).with(accounts.as(inspector)))
			.andExpect(status().isOk());
		assertThat(reads(inspector, "registration.standing", String.valueOf(person.id()))).hasSize(2);
		String officer = accounts.account("BUREAU_OFFICER", county.bureau());
		mvc.perform(get("/registration/teachers").with(accounts.as(officer))).andExpect(status().isOk());
		List<AuditEntryView> lists = reads(officer, "registration.standing", null);
		assertThat(lists).hasSize(1).allSatisfy(e -> assertThat(e.entityId()).isNull());
		assertThat(lists.get(0).changes()).extracting(Change::field).containsExactly("ids");
		assertThat(lists.get(0).changes().get(0).after()).contains(String.valueOf(person.id()));
		assertThat(reads(officer, "registration.standing", String.valueOf(person.id()))).isEmpty();
	}

	@Test
	void aTrainingLedgerIsAnAuditedRead() throws Exception {
		County county = accounts.county();
		StaffView person = teacher(county, "学时查阅");
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get("/training/ledger/" + person.id()).with(accounts.as(inspector))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/training/ledger/" + person.id()).with(accounts.as(inspector)))
			.andExpect(status().isOk());
		List<AuditEntryView> entries = reads(inspector, "training.ledger", String.valueOf(person.id()));
		assertThat(entries).hasSize(2).allSatisfy(e -> assertThat(e.summary()).contains(person.name()));
		// A read refused by the scope is not a read: nothing is written.
		County elsewhere = accounts.county();
		String outsider = accounts.account("SCHOOL_ADMIN", elsewhere.schoolA());
		mvc.perform(get("/api/v1/training/ledger/" + person.id()).with(accounts.as(outsider)))
			.andExpect(status().isNotFound());
		assertThat(reads(outsider, "training.ledger", String.valueOf(person.id()))).isEmpty();
	}

	@Test
	void aTitleApplicationAndARoundsApplicationsAreAuditedReads() throws Exception {
		County county = accounts.county();
		StaffView person = teacher(county, "职称查阅");
		RoundView round = null;
		for (int attempt = 0; attempt < 200 && round == null; attempt++) {
			int year = ThreadLocalRandom.current().nextInt(2000, 2101);
			try {
				round = accounts.asSystem(() -> titles.openRound(DataScope.unitAndBelow(county.bureau().id()),
						new RoundForm(year, today.minusDays(30), today.plusDays(30))));
			}
			catch (Rejection ex) {
				// That year's round exists; try another.
			}
		}
		assertThat(round).isNotNull();
		long roundId = round.id();
		ApplicationView application = accounts.asSystem(() -> titles.apply(DataScope.unitAndBelow(person.unitId()),
				roundId, new ApplicationForm(person.id(), TitleLevel.FIRST, EnumSet.allOf(TitleMaterial.class))));
		String inspector = accounts.account("INSPECTOR", county.bureau());
		mvc.perform(get("/titles/applications/" + application.id()).with(accounts.as(inspector)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/titles/applications/" + application.id()).with(accounts.as(inspector)))
			.andExpect(status().isOk());
		assertThat(reads(inspector, "titles.application", String.valueOf(application.id()))).hasSize(2)
			.allSatisfy(e -> assertThat(e.summary()).contains(person.name()));
		mvc.perform(get("/api/v1/titles/rounds/" + roundId + "/applications").with(accounts.as(inspector)))
			.andExpect(status().isOk());
		List<AuditEntryView> lists = reads(inspector, "titles.application", null).stream()
			.filter(e -> e.entityId() == null)
			.toList();
		assertThat(lists).hasSize(1);
		assertThat(lists.get(0).changes().get(0).after()).isEqualTo(String.valueOf(application.id()));
	}

}
