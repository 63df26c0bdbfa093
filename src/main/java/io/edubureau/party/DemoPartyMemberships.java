package io.edubureau.party;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import io.edubureau.org.DataScope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo-county branch membership: the roster seeded from the unit mapping, the bureau's
 * own branch (教育局机关党支部) with two retired members who are not staff and a year of
 * meetings, and 组织关系转接 — one member moved between two schools' branches and confirmed,
 * one waiting for the receiving branch, one sent out of the county and one received from
 * outside.
 */
@Component
@Order(43)
class DemoPartyMemberships implements ApplicationRunner {

	private static final String BY = "demo";

	private final PartyOrganisationRepository organisations;

	private final PartyMembershipRepository memberships;

	private final Memberships service;

	private final DemoParty party;

	private final boolean enabled;

	DemoPartyMemberships(PartyOrganisationRepository organisations, PartyMembershipRepository memberships,
			Memberships service, DemoParty party, @Value("${edubureau.demo:true}") boolean enabled) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.service = service;
		this.party = party;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || memberships.count() > 0) {
			return;
		}
		List<PartyOrganisation> branches = organisations.findAll()
			.stream()
			.filter(o -> o.getKind() == OrganisationKind.BRANCH)
			.sorted(Comparator.comparing(PartyOrganisation::getId))
			.toList();
		PartyOrganisation committee = organisations.findAll()
			.stream()
			.filter(o -> o.getKind() == OrganisationKind.COMMITTEE)
			.findFirst()
			.orElse(null);
		if (branches.size() < 3 || committee == null) {
			return;
		}
		seed(committee, branches, LocalDate.now());
	}

	void seed(PartyOrganisation committee, List<PartyOrganisation> branches, LocalDate today) {
		seed(committee, branches, today, "");
	}

	// Non-staff people are matched by name and birth date: a second seeding tags them.
	void seed(PartyOrganisation committee, List<PartyOrganisation> branches, LocalDate today, String tag) {
		PartyOrganisation retirees = organisations
			.save(new PartyOrganisation("教育局机关党支部", OrganisationKind.BRANCH, committee.getId(), committee.getUnitId(),
					committee.getUnitPath(), null, null, LocalDate.of(today.getYear() + 1, 12, 31), BY));
		party.meetings(retirees, 5, today);
		service.seed(DataScope.unitAndBelow(committee.getUnitId()), today);
		service.addNonStaff(DataScope.all(), new PartyForms.NonStaffMemberForm(retirees.getId(), "周德厚" + tag,
				LocalDate.of(1949, 3, 12), true, LocalDate.of(2009, 4, 1), null));
		service.addNonStaff(DataScope.all(), new PartyForms.NonStaffMemberForm(retirees.getId(), "钱淑芬" + tag,
				LocalDate.of(1955, 10, 8), true, LocalDate.of(2015, 11, 1), null));
		List<MembershipView> first = open(branches.get(0));
		List<MembershipView> second = open(branches.get(1));
		if (first.size() >= 2) {
			TransferView moved = service.transferOut(DataScope.all(),
					new PartyForms.TransferOutForm(first.get(0).id(), branches.get(1).getId(), null,
							"党组转字〔" + today.getYear() + "〕1号", today.minusDays(60), today.minusDays(60), "工作调动"));
			service.confirm(DataScope.all(), moved.id(), today.minusDays(55));
			service.transferOut(DataScope.all(), new PartyForms.TransferOutForm(first.get(1).id(), null, "邻县教育局机关党委",
					"党组转字〔" + today.getYear() + "〕2号", today.minusDays(120), today.minusDays(118), "调出本县"));
		}
		if (!second.isEmpty()) {
			service.transferOut(DataScope.all(),
					new PartyForms.TransferOutForm(second.get(second.size() - 1).id(), branches.get(2).getId(), null,
							"党组转字〔" + today.getYear() + "〕3号", today.minusDays(4), today.minusDays(4), "交流轮岗"));
		}
		service.transferIn(DataScope.all(),
				new PartyForms.TransferInForm(branches.get(2).getId(), null, "孙立新" + tag, LocalDate.of(1958, 6, 20),
						true, "市第二中学党总支", "市教党转字〔" + today.getYear() + "〕17号", today.minusDays(30), today.minusDays(25),
						"退休后随子女迁居"));
	}

	private List<MembershipView> open(PartyOrganisation branch) {
		return service.memberships(DataScope.all(), branch.getId(), null, null, 0, 50)
			.getContent()
			.stream()
			.filter(m -> m.staffId() != null && m.from().isBefore(LocalDate.now().minusDays(130)))
			.toList();
	}

}
