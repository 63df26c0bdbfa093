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
 * year (a few short of the standards); and every school's buildings with their safety
 * appraisals, a few of them dangerous (C or D) with or without a remedy plan; and the
 * public operating funds paid out last year and this.
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

	private final BuildingRepository buildings;

	private final OperatingFunds funds;

	private final FundDisbursementRepository disbursements;

	private final EntityManager em;

	private final boolean enabled;

	DemoFacilities(OrgManagement org, ProjectRepository projects, ProjectStepRepository steps,
			PaymentRepository payments, InventoryRepository inventories, BuildingRepository buildings,
			OperatingFunds funds, FundDisbursementRepository disbursements, EntityManager em,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.projects = projects;
		this.steps = steps;
		this.payments = payments;
		this.inventories = inventories;
		this.buildings = buildings;
		this.funds = funds;
		this.disbursements = disbursements;
		this.em = em;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled) {
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
		// Buildings came later than projects: an earlier demo install gets them too.
		if (buildings.count() == 0) {
			buildings(schools);
		}
		if (disbursements.count() == 0) {
			funds();
		}
		if (projects.count() > 0) {
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

	// Every school's teaching building, canteen and (every other school) dormitory,
	// appraised
	// over the last two years: mostly A or B; the third school's old block is C with the
	// reinforcement its project carries out, every ninth school has an old block graded C
	// without a plan yet, and every eleventh an old block graded D, out of use, to be
	// demolished.
	private void buildings(List<UnitView> schools) {
		LocalDate today = LocalDate.now();
		Random random = new Random(34);
		for (int s = 0; s < schools.size(); s++) {
			UnitView school = schools.get(s);
			building(school, "教学楼", BuildingUse.TEACHING, 4, 2400 + random.nextInt(3000), 2003 + random.nextInt(18),
					BuildingStructure.FRAME, random.nextInt(4) == 0 ? AppraisalGrade.B : AppraisalGrade.A,
					today.minusDays(60 + random.nextInt(400)));
			building(school, "食堂", BuildingUse.CANTEEN, 2, 500 + random.nextInt(700), 2008 + random.nextInt(12),
					BuildingStructure.FRAME, AppraisalGrade.A, today.minusDays(60 + random.nextInt(400)));
			if (s % 2 == 0) {
				building(school, "学生宿舍楼", BuildingUse.DORMITORY, 5, 1800 + random.nextInt(2000),
						2010 + random.nextInt(10), BuildingStructure.FRAME, AppraisalGrade.A,
						today.minusDays(60 + random.nextInt(400)));
			}
			if (s == 2) {
				Building old = building(school, "老教学楼", BuildingUse.TEACHING, 3, 1200, 1988,
						BuildingStructure.BRICK_CONCRETE, AppraisalGrade.C, today.minusDays(300));
				plan(old, BuildingRemedy.REINFORCEMENT, today.minusDays(15), today.minusDays(260), "列入危房加固改造项目");
			}
			else if (s % 11 == 10) {
				Building old = building(school, "旧平房教室", BuildingUse.OTHER, 1, 360, 1979, BuildingStructure.BRICK_WOOD,
						AppraisalGrade.D, today.minusDays(200));
				plan(old, BuildingRemedy.DEMOLITION, today.plusDays(90), today.minusDays(190), "停用后拆除");
				old.moveTo(BuildingStatus.OUT_OF_USE, today.minusDays(198), BY);
				em.persist(BuildingStep.status(old.getId(), BuildingStatus.IN_USE, BuildingStatus.OUT_OF_USE,
						today.minusDays(198), "D级危房停止使用", BY));
			}
			else if (s % 9 == 8) {
				building(school, "综合楼", BuildingUse.OFFICE, 3, 900, 1992, BuildingStructure.BRICK_CONCRETE,
						AppraisalGrade.C, today.minusDays(45));
			}
		}
	}

	// Last year's operating funds paid out in full, in two instalments; this year's first
	// half in March (once March has come).
	private void funds() {
		LocalDate today = LocalDate.now();
		int year = today.getYear();
		for (int y = year - 1; y <= year; y++) {
			for (FundAllocation a : funds.allocations(DataScope.all(), y)) {
				String path = org.pathOf(a.unitId()).orElse(null);
				long half = a.allocatedFen() / 2;
				if (path == null || half == 0) {
					continue;
				}
				LocalDate march = LocalDate.of(y, 3, 1);
				if (!march.isAfter(today)) {
					disbursements.save(new FundDisbursement(a.unitId(), path, y, march, half, "上半年生均公用经费", BY));
				}
				if (y < year) {
					disbursements.save(new FundDisbursement(a.unitId(), path, y, LocalDate.of(y, 9, 1),
							a.allocatedFen() - half, "下半年生均公用经费", BY));
				}
			}
		}
	}

	private Building building(UnitView school, String name, BuildingUse use, int floors, int area, int built,
			BuildingStructure structure, AppraisalGrade grade, LocalDate appraisedOn) {
		Building b = buildings
			.save(new Building(school.id(), school.path(), name, use, floors, area, built, structure, BY));
		em.flush();
		LocalDate recorded = appraisedOn.minusDays(30);
		em.persist(BuildingStep.recorded(b.getId(), recorded, BY));
		b.appraise(grade, appraisedOn, BY);
		em.persist(BuildingStep.appraised(b.getId(), grade, appraisedOn, "县房屋安全鉴定站", BY));
		return b;
	}

	private void plan(Building b, BuildingRemedy remedy, LocalDate deadline, LocalDate on, String note) {
		b.plan(remedy, deadline, BY);
		em.persist(BuildingStep.planned(b.getId(), remedy, deadline, on, note, BY));
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
