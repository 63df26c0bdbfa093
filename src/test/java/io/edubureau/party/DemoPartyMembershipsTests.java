package io.edubureau.party;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.edubureau.EduBureauTest;
import io.edubureau.org.DataScope;
import io.edubureau.org.UnitView;
import io.edubureau.security.TestAccounts;
import io.edubureau.security.TestAccounts.County;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.StaffManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo membership seeding on a test county of its own: members placed by unit, the
 * bureau's branch with two retired members who are not staff, and a transfer of each kind
 * (between branches confirmed and waiting, out of the county, in from outside), every one
 * allowed by the rules it goes through.
 */
@EduBureauTest
class DemoPartyMembershipsTests {

	@Autowired
	DemoParty demo;

	@Autowired
	DemoPartyMemberships demoMemberships;

	@Autowired
	Memberships memberships;

	@Autowired
	PartyManagement party;

	@Autowired
	PartyOrganisationRepository organisations;

	@Autowired
	StaffManagement staff;

	@Autowired
	TestAccounts accounts;

	void member(String name, UnitView unit, int n) {
		LocalDate birth = LocalDate.of(1980 + n, 2, 2);
		accounts.asSystem(() -> staff.create(DataScope.all(),
				TestAccounts.teacher(accounts.idNumber(birth, false), name, unit.code())
					.toBuilder()
					.politicalStatus(PoliticalStatus.PARTY_MEMBER)
					.partyJoinDate(LocalDate.of(2010 + n, 7, 1))
					.build()));
	}

	@Test
	void theDemoCountyHasMembersInBranchesAndATransferOfEachKind() {
		County county = accounts.county();
		String tag = TestAccounts.uniqueCode().substring(6);
		member("示范甲" + tag, county.schoolA(), 1);
		member("示范乙" + tag, county.schoolA(), 2);
		member("示范丙" + tag, county.schoolB(), 3);
		LocalDate today = LocalDate.now();
		DataScope scope = DataScope.unitAndBelow(county.bureau().id());
		accounts.asSystem(() -> {
			demo.seed(county.bureau(), List.of(county.schoolA(), county.schoolB(), county.pointB()), today);
			List<PartyOrganisation> mine = organisations.findAll(party.<PartyOrganisation>within(scope))
				.stream()
				.sorted(Comparator.comparing(PartyOrganisation::getId))
				.toList();
			PartyOrganisation committee = mine.stream()
				.filter(o -> o.getKind() == OrganisationKind.COMMITTEE)
				.findFirst()
				.orElseThrow();
			// Tagged names: an earlier run's retirees keep their open spells.
			demoMemberships.seed(committee, mine.stream().filter(o -> o.getKind() == OrganisationKind.BRANCH).toList(),
					today, tag);
			return null;
		});
		List<MembershipView> roster = memberships.memberships(scope, null, null, today, 0, 200).getContent();
		assertThat(roster).filteredOn(MembershipView::nonStaff)
			.extracting(MembershipView::personName)
			.contains("周德厚" + tag, "钱淑芬" + tag, "孙立新" + tag);
		assertThat(roster).filteredOn(m -> m.organisationName().equals("教育局机关党支部")).hasSize(2);
		List<TransferView> transfers = memberships.transfers(scope, null, 0, 200).getContent();
		assertThat(transfers).extracting(TransferView::direction)
			.containsExactlyInAnyOrder("IN", "WITHIN", "WITHIN", "OUT");
		assertThat(transfers).extracting(TransferView::state)
			.contains(MembershipTransfer.State.PENDING, MembershipTransfer.State.CONFIRMED);
		// One branch a day: no staff member has two spells open today.
		assertThat(roster).filteredOn(m -> m.staffId() != null)
			.extracting(MembershipView::staffId)
			.doesNotHaveDuplicates();
	}

}
