package io.edubureau.registration;

import java.time.LocalDate;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.ethics.EthicsManagement;
import io.edubureau.ethics.VetoDecision;
import io.edubureau.ethics.VetoPurpose;
import io.edubureau.org.DataScope;
import io.edubureau.personnelfile.PersonnelFileManagement;
import io.edubureau.personnelfile.SanctionForm;
import io.edubureau.personnelfile.SanctionKind;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.security.TestAccounts;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A registration evaluation is flagged by the one-vote veto read from ethics on the due
 * date: a 记过 decided 2025-03-01 flags a pass through 2026-02-28, not on 2026-03-01.
 */
@EduBureauTest
class RegistrationVetoTests {

	@Autowired
	TestAccounts accounts;

	@Autowired
	StaffManagement staff;

	@Autowired
	PersonnelFileManagement personnelFile;

	@Autowired
	EthicsManagement ethics;

	private static final RegistrationRule.Decision PASS = new RegistrationRule.Decision(RegistrationOutcome.PASSED,
			List.of(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.ethicsPassed")));

	@Test
	void aPassIsPostponedWithTheVetosReasonsThroughTheLastBlockedDay() {
		StaffView p = accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(LocalDate.of(1986, 6, 6), true),
						"否决注册" + TestAccounts.uniqueCode(), accounts.county().schoolA().code())));
		asOfficer(() -> personnelFile.recordSanction(DataScope.all(), p.id(),
				new SanctionForm(SanctionKind.DEMERIT, LocalDate.of(2025, 3, 1), "县教育局", "违反师德", "X教〔2025〕9号", null)));

		VetoDecision last = veto(p, LocalDate.of(2026, 2, 28));
		assertThat(last.blocked()).isTrue();
		assertThat(last.until()).isEqualTo(LocalDate.of(2026, 2, 28));
		RegistrationRule.Decision flagged = RegistrationManagement.withVeto(PASS, last);
		assertThat(flagged.outcome()).isEqualTo(RegistrationOutcome.POSTPONED);
		assertThat(flagged.reasons()).extracting(Reason::messageKey).containsExactly("ethics.veto.sanction");

		RegistrationRule.Decision failed = RegistrationManagement.withVeto(
				new RegistrationRule.Decision(RegistrationOutcome.FAILED, List
					.of(new Reason(PolicyRule.TEACHER_REGISTRATION, "registration.reason.ethicsFailed", "2025"))),
				last);
		assertThat(failed.outcome()).isEqualTo(RegistrationOutcome.FAILED);
		assertThat(failed.reasons()).extracting(Reason::messageKey)
			.containsExactly("registration.reason.ethicsFailed", "ethics.veto.sanction");

		VetoDecision next = veto(p, LocalDate.of(2026, 3, 1));
		assertThat(next.blocked()).isFalse();
		assertThat(RegistrationManagement.withVeto(PASS, next)).isEqualTo(PASS);
	}

	private VetoDecision veto(StaffView p, LocalDate on) {
		return accounts.asSystem(() -> ethics.veto(DataScope.all(), p.id(), on, VetoPurpose.REGISTRATION));
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
