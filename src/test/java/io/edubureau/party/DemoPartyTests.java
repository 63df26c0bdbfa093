package io.edubureau.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.reports.FigureQuery;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo seeding on a test county of its own: every stage of the pipeline is present,
 * each step as the rule allows it, a year of 三会一课 with a few non-compliant branches, and
 * the figures count them.
 */
@EduBureauTest
class DemoPartyTests {

	@Autowired
	DemoParty demo;

	@Autowired
	PartyManagement party;

	@Autowired
	PartyFigures figures;

	@Autowired
	TestAccounts accounts;

	@Test
	void theDemoCountyHasEveryStageAYearOfMeetingsAndItsFigures() {
		County county = accounts.county();
		List<UnitView> schools = new ArrayList<>(Collections.nCopies(10, county.schoolA()));
		schools.addAll(Collections.nCopies(10, county.schoolB()));
		LocalDate today = LocalDate.now();
		accounts.asSystem(() -> {
			demo.seed(county.bureau(), schools, today);
			return null;
		});
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		Set<DevelopmentStage> stages = EnumSet.noneOf(DevelopmentStage.class);
		List<DevelopmentView> all = party.developments(scope, null, 0, 200).getContent();
		assertThat(all).hasSize(60);
		all.forEach(d -> stages.add(d.stage()));
		assertThat(stages).containsAll(EnumSet.range(DevelopmentStage.APPLICANT, DevelopmentStage.FULL_MEMBER));
		// Every step recorded was one the rule allows: no pipeline is refused its next
		// step
		// on its earliest day for a date reason already passed.
		assertThat(all).allSatisfy(d -> assertThat(d.nextStep() == null || d.earliestDate() != null).isTrue());
		assertThat(party.overdue(scope)).isNotEmpty();
		List<MeetingCompliance> compliance = party.compliance(scope, today.getYear(), today);
		assertThat(compliance).hasSize(20);
		assertThat(compliance).anyMatch(MeetingCompliance::compliant);
		var values = figures
			.compute(new FigureQuery(scope, today.getYear(), LocalDate.of(today.getYear(), 12, 31), null));
		assertThat(values.get("party.branches").intValue()).isEqualTo(20);
		assertThat(values.get("party.meetings").intValue()).isGreaterThan(20 * 20);
		assertThat(values.get("party.activists").intValue()).isPositive();
		assertThat(values).containsKey("party.meetingCompliance");
	}

}
