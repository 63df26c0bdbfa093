package io.edubureau.titles;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.personnelfile.SanctionRecord;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import io.edubureau.staff.TitleLevel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Title eligibility reads the one-vote veto from ethics (one rule, one place): a sanction
 * in force refuses on its last day with the veto's reason, the next day it no longer
 * does.
 */
@EduBureauTest
class TitleVetoTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	TitlesManagement titles;

	@Autowired
	EthicsManagement ethics;

	@Test
	void aWarningBlocksTitlesThroughItsLastDayAndNotTheNext() {
		County county = accounts.county();
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1984, 3, 3), false),
						"否决职称" + TestAccounts.uniqueCode(), county.schoolA().code())));
		SanctionRecord warning = asOfficer(() -> personnelFile.recordSanction(DataScope.all(), p.id(),
				new SanctionForm(SanctionKind.WARNING, LocalDate.of(2025, 1, 15), "县教育局", "违反师德", "X教〔2025〕3号", null)));
		LocalDate last = warning.periodEnd();
		assertThat(last).isEqualTo(LocalDate.of(2025, 7, 14));

		TitleDecision onLast = decision(p, last);
		assertThat(onLast.criteria()).extracting(TitleDecision.Criterion::code)
			.doesNotContain("ETHICS", "SANCTION")
			.contains("VETO");
		TitleDecision.Criterion veto = onLast.criteria()
			.stream()
			.filter(c -> c.code().equals("VETO"))
			.findFirst()
			.orElseThrow();
		assertThat(veto.met()).isFalse();
		assertThat(veto.reason().messageKey()).isEqualTo("ethics.veto.sanction");
		assertThat(veto.reason().args()).contains("2025-01-15", "2025-07-14");
		assertThat(onLast.eligible()).isFalse();

		TitleDecision next = decision(p, last.plusDays(1));
		assertThat(next.criteria()).filteredOn(c -> c.code().equals("VETO")).singleElement().satisfies(c -> {
			assertThat(c.met()).isTrue();
			assertThat(c.reason().messageKey()).isEqualTo("ethics.veto.clear");
		});
	}

	private TitleDecision decision(StaffView p, LocalDate on) {
		return accounts.asSystem(() -> TitlesManagement.withVeto(
				TitleEligibility.decide(titles.inputs(DataScope.all(), p, on), TitleLevel.FIRST, on),
				ethics.veto(DataScope.all(), p.id(), on, VetoPurpose.TITLE)));
	}

	// Recording a sanction checks the caller's permission; the fixture acts as an
	// officer.
	private <T> T asOfficer(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-fixture", null,
				List.of(new SimpleGrantedAuthority("staff:file:update"))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
