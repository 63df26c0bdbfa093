package io.edubureau.facilities;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of projects and inventories for the demo county: the new teaching building of a
 * primary school (seed 004: 9,500 m², nearly 33 million yuan) accepted this year, a
 * kindergarten under construction, a dangerous-building rebuild past its planned
 * completion, a repair just approved, and every school's inventory of last year and this
 * year (a few short of the standards).
 */
@Component
@Order(45)
class DemoFacilities implements ApplicationRunner {

	private static final String BY = "demo";

	private final OrgManagement org;

	private final ProjectRepository projects;

	private final ProjectStepRepository steps;

	private final PaymentRepository payments;

	private final InventoryRepository inventories;

	private final EntityManager em;

	private final boolean enabled;

	DemoFacilities(OrgManagement org, ProjectRepository projects, ProjectStepRepository steps,
			PaymentRepository payments, InventoryRepository inventories, EntityManager em,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.projects = projects;
		this.steps = steps;
		this.payments = payments;
		this.inventories = inventories;
		this.em = em;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || projects.count() > 0) {
			return;
		}
		List<UnitView> schools = org
			.listAll(DataScope.all(), new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(s -> FacilitiesManagement.highestStage(s) != null)
			.toList();
		if (schools.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now();
		int year = today.getYear();
		Random random = new Random(21);
		for (int s = 0; s < schools.size(); s++) {
			UnitView school = schools.get(s);
			int pupils = 300 + random.nextInt(1500);
			for (int y = year - 1; y <= year; y++) {
				SchoolInventory inv = new SchoolInventory(school.id(), school.path(), y);
				// Every seventh school short of computers, every fifth short of books.
				int computers = pupils * (s % 7 == 0 ? 8 : 12) / 100;
				int books = pupils * (s % 5 == 0 ? 20 : 48);
				inv.set(pupils, computers, books, pupils * 2_500_00L + random.nextInt(1_000_000) * 100L, BY);
				inventories.save(inv);
			}
		}
		UnitView first = schools.get(0);
		// Seed 004: the third primary school's teaching building, nearly 33 million yuan.
		ConstructionProject building = project(first, "第三小学教学楼及附属工程", ProjectKind.NEW_BUILD, 9500, 8_000_000_00L,
				25_000_000_00L, today.minusDays(330), today.minusDays(30));
		step(building, ProjectStatus.TENDERED, today.minusDays(300), "县建工集团有限公司", null);
		step(building, ProjectStatus.UNDER_CONSTRUCTION, today.minusDays(280), null, null);
		pay(building, today.minusDays(250), 9_800_000_00L, "预付款");
		pay(building, today.minusDays(150), 13_000_000_00L, "进度款");
		pay(building, today.minusDays(40), 10_000_000_00L, "进度款");
		step(building, ProjectStatus.ACCEPTED, today.minusDays(35), null, null);
		UnitView second = schools.get(Math.min(1, schools.size() - 1));
		ConstructionProject kindergarten = project(second, "乡镇中心幼儿园新建工程", ProjectKind.NEW_BUILD, 3600, 5_000_000_00L,
				2_500_000_00L, today.minusDays(200), today.plusDays(120));
		step(kindergarten, ProjectStatus.TENDERED, today.minusDays(170), "县第二建筑公司", null);
		step(kindergarten, ProjectStatus.UNDER_CONSTRUCTION, today.minusDays(150), null, null);
		pay(kindergarten, today.minusDays(140), 2_000_000_00L, "预付款");
		kindergarten.progress(55, BY);
		steps.save(new ProjectStep(kindergarten.getId(), ProjectStatus.UNDER_CONSTRUCTION,
				ProjectStatus.UNDER_CONSTRUCTION, today.minusDays(20), null, "55%：主体结构完成", BY));
		UnitView third = schools.get(Math.min(2, schools.size() - 1));
		ConstructionProject rebuild = project(third, "C级危房加固改造", ProjectKind.DANGEROUS_REBUILD, 1200, 0, 1_800_000_00L,
				today.minusDays(240), today.minusDays(15));
		step(rebuild, ProjectStatus.TENDERED, today.minusDays(200), "县安居建筑公司", null);
		step(rebuild, ProjectStatus.UNDER_CONSTRUCTION, today.minusDays(180), null, null);
		pay(rebuild, today.minusDays(170), 900_000_00L, "预付款");
		UnitView fourth = schools.get(Math.min(3, schools.size() - 1));
		project(fourth, "教学楼屋面防水维修", ProjectKind.REPAIR, 0, 0, 350_000_00L, today.minusDays(10), today.plusDays(80));
	}

	private ConstructionProject project(UnitView school, String name, ProjectKind kind, int area, long provincialFen,
			long countyFen, LocalDate approvedOn, LocalDate planned) {
		ConstructionProject p = projects.save(new ConstructionProject(school.id(), school.path(), name, kind, area, 0,
				provincialFen, countyFen, 0, approvedOn, planned, BY));
		// Steps refer to the project by id only, so ordered inserts could send them
		// first: the project goes out now.
		em.flush();
		steps.save(new ProjectStep(p.getId(), null, ProjectStatus.APPROVED, approvedOn, p.budgetFen(), name, BY));
		return p;
	}

	private void step(ConstructionProject p, ProjectStatus to, LocalDate on, String contractor, Long finalAccount) {
		ProjectStatus from = p.getStatus();
		p.advance(to, on, contractor != null ? contractor : p.getContractor(), finalAccount, BY);
		steps.save(new ProjectStep(p.getId(), from, to, on, finalAccount, null, BY));
	}

	private void pay(ConstructionProject p, LocalDate on, long fen, String note) {
		p.pay(fen, BY);
		payments.save(new ProjectPayment(p, on, fen, note, BY));
	}

}
