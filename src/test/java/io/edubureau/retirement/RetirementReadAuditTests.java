package io.edubureau.retirement;

import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditEntryView;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.AuditQuery;
import io.edubureau.audit.Change;
import io.edubureau.security.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: the list of upcoming retirements shows names and birth dates, so each read of
 * it is one READ entry in the audit trail with the horizon asked and the ids shown.
 */
@EduBureauTest
class RetirementReadAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditManagement audit;

	@Test
	void readingTheListOfUpcomingRetirementsIsOneAuditedRead() throws Exception {
		String officer = accounts.account("BUREAU_OFFICER", accounts.county().bureau());
		mvc.perform(get("/staff/retirements").param("months", "24").with(accounts.as(officer)))
			.andExpect(status().isOk());
		List<AuditEntryView> reads = audit
			.search(new AuditQuery(officer, "staff.member", null, AuditAction.READ, null, null), PageRequest.of(0, 10))
			.getContent();
		assertThat(reads).hasSize(1);
		AuditEntryView read = reads.get(0);
		assertThat(read.summary()).endsWith("upcoming retirements within 24 months");
		String shown = read.summary().substring(0, read.summary().indexOf(' '));
		String ids = read.changes()
			.stream()
			.filter(c -> c.field().equals("ids"))
			.map(Change::after)
			.findFirst()
			.orElse("");
		assertThat(ids.isEmpty() ? 0 : ids.split(",").length).as("one id per person shown")
			.isEqualTo(Integer.parseInt(shown));
		assertThat(read.changes()).anySatisfy(c -> assertThat(c).isEqualTo(new Change("masked", null, "false")));
	}

}
