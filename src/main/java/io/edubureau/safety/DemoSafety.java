package io.edubureau.safety;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
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
 * A year of campus safety for the demo county: two inspections per school with hazards in
 * every state (closed, rectified and waiting for the re-check, reopened, found, overdue),
 * monthly evacuation drills (quarterly in kindergartens) with a few months missed, this
 * year's and last year's responsibility letters (some unsigned) and one incident.
 */
@Component
@Order(40)
class DemoSafety implements ApplicationRunner {

	// A one-page PDF standing in for the scanned evidence and signed letters.
	static final byte[] SCAN = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
			+ "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final String BY = "demo";

	private static final String[] DESCRIPTIONS = { "灭火器压力不足，需更换", "疏散指示灯损坏", "楼梯栏杆松动", "围墙局部开裂", "食堂留样记录不全", "校车例检记录缺失",
			"河塘边警示牌缺失", "门卫室防护器械不全", "配电箱未上锁", "监控存在盲区" };

	private static final String[] PEOPLE = { "王总务", "李副校长", "张后勤", "刘安全员", "陈食堂主管" };

	private final OrgManagement org;

	private final InspectionRepository inspections;

	private final InspectionItemRepository items;

	private final HazardRepository hazards;

	private final HazardStepRepository steps;

	private final RectificationRepository rectifications;

	private final DrillRepository drills;

	private final LetterRepository letters;

	private final IncidentRepository incidents;

	private final EntityManager em;

	private final boolean enabled;

	DemoSafety(OrgManagement org, InspectionRepository inspections, InspectionItemRepository items,
			HazardRepository hazards, HazardStepRepository steps, RectificationRepository rectifications,
			DrillRepository drills, LetterRepository letters, IncidentRepository incidents, EntityManager em,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.inspections = inspections;
		this.items = items;
		this.hazards = hazards;
		this.steps = steps;
		this.rectifications = rectifications;
		this.drills = drills;
		this.letters = letters;
		this.incidents = incidents;
		this.em = em;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || inspections.count() > 0) {
			return;
		}
		List<UnitView> schools = org.listAll(DataScope.all(),
				new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null));
		Random random = new Random(20);
		LocalDate today = LocalDate.now();
		InspectionKind[] kinds = InspectionKind.values();
		int n = 0;
		for (int s = 0; s < schools.size(); s++) {
			UnitView school = schools.get(s);
			for (int k = 0; k < 2; k++) {
				LocalDate day = today.minusDays(20 + ((s * 37L + k * 150L) % 330));
				InspectionKind kind = kinds[(s + 3 * k) % kinds.length];
				SafetyInspection inspection = inspections.save(new SafetyInspection(school.id(), school.path(), kind,
						day, k == 0 ? "县教育局安全办" : "学校安全员", null, BY));
				String failed = kind.items().get(random.nextInt(kind.items().size()));
				boolean anyFailed = random.nextInt(3) > 0;
				for (String item : kind.items()) {
					boolean fail = anyFailed && item.equals(failed);
					items.save(new InspectionItem(inspection.getId(), item, !fail, fail ? "发现隐患，限期整改" : null));
				}
				if (anyFailed) {
					hazard(inspection, failed, n++, today);
					// Rows refer to each other by id only, so Hibernate cannot order the
					// inserts by their foreign keys: each hazard's rows go out before the
					// next.
					em.flush();
				}
			}
			drills(school, s, today);
		}
		letters(schools, today);
		if (schools.size() > 3) {
			UnitView school = schools.get(3);
			LocalDate day = today.minusDays(40);
			SafetyIncident incident = incidents.save(new SafetyIncident(school.id(), school.path(), IncidentKind.FALL,
					day, day.plusDays(1), 1, "课间学生在楼梯摔倒，右臂骨折", "及时送医，通知家长", BY));
			incident.close(day.plusDays(20), "已送医治疗，学平险理赔完毕，开展楼梯安全教育", BY);
		}
	}

	// Every fifth hazard in each state of the closed loop, dated after its inspection.
	private void hazard(SafetyInspection inspection, String item, int n, LocalDate today) {
		LocalDate found = inspection.getInspectedOn();
		int state = n % 5;
		LocalDate deadline = state == 3 ? today.plusDays(10 + n % 20) : found.plusDays(15);
		if (state == 4) {
			deadline = found.plusDays(Math.min(15, Math.max(0, (int) (today.toEpochDay() - found.toEpochDay()) - 2)));
		}
		SafetyHazard h = hazards.save(new SafetyHazard(inspection, item, HazardLevel.values()[n % 7 == 0 ? 1 : 0],
				DESCRIPTIONS[n % DESCRIPTIONS.length], PEOPLE[n % PEOPLE.length], deadline, null, BY));
		steps.save(new HazardStep(h.getId(), null, HazardStatus.FOUND, h.getDescription(), BY));
		if (state >= 3) {
			return;
		}
		LocalDate rectified = min(found.plusDays(8), today);
		rectify(h, rectified);
		if (state == 1) {
			return;
		}
		LocalDate recheck = min(found.plusDays(12), today);
		if (state == 2) {
			move(h, HazardStatus.REOPENED, recheck, "复查不合格：仍未完全整改");
			return;
		}
		move(h, HazardStatus.CLOSED, recheck, "复查合格，销号");
	}

	private void rectify(SafetyHazard h, LocalDate on) {
		Rectification r = rectifications
			.save(new Rectification(h.getId(), "已按要求整改，附整改照片", on, "整改照片.pdf", "application/pdf", SCAN.length, BY));
		em.flush();
		em.persist(new SafetyFile(r.getId(), SCAN));
		move(h, HazardStatus.RECTIFIED, on, "已按要求整改，附整改照片");
	}

	private void move(SafetyHazard h, HazardStatus to, LocalDate on, String note) {
		HazardStatus from = h.getStatus();
		h.moveTo(to, on, BY);
		steps.save(new HazardStep(h.getId(), from, to, note, BY));
	}

	// Monthly evacuation drills over the last twelve months (quarterly in kindergartens),
	// with a school in nine missing one month; a fire drill every November.
	private void drills(UnitView school, int s, LocalDate today) {
		boolean kindergarten = school.stages() != null && school.stages().equals(java.util.Set.of(Stage.PRESCHOOL));
		YearMonth first = YearMonth.from(today).minusMonths(12);
		for (int m = 0; m <= 12; m++) {
			YearMonth month = first.plusMonths(m);
			LocalDate day = month.atDay(Math.min(10 + s % 15, month.lengthOfMonth()));
			if (day.isAfter(today) || (kindergarten && (month.getMonthValue() - 1) % 3 != 1)) {
				continue;
			}
			if (s % 9 == 4 && m == 5) {
				continue;
			}
			drills.save(new SafetyDrill(school.id(), school.path(), DrillKind.EVACUATION, day, 200 + (s * 17) % 800,
					null, BY));
			if (month.getMonthValue() == 11) {
				drills.save(new SafetyDrill(school.id(), school.path(), DrillKind.FIRE,
						day.plusDays(3).isAfter(today) ? day : day.plusDays(3), 150 + (s * 13) % 500, "消防疏散与灭火器使用",
						BY));
			}
		}
	}

	// Last year's letters all signed; this year's issued in January, every seventh
	// unsigned.
	private void letters(List<UnitView> schools, LocalDate today) {
		for (int year : new int[] { today.getYear() - 1, today.getYear() }) {
			LocalDate issued = min(LocalDate.of(year, 1, 15), today);
			for (int s = 0; s < schools.size(); s++) {
				UnitView school = schools.get(s);
				SafetyLetter letter = letters.save(new SafetyLetter(year, school.id(), school.path(), issued, BY));
				if (year == today.getYear() && s % 7 == 3) {
					continue;
				}
				em.flush();
				em.persist(new SafetyFile(letter.getId(), SCAN));
				letter.sign(min(issued.plusDays(10 + s % 10), today),
						school.principal() != null ? school.principal() : "校长", "安全责任书.pdf", "application/pdf", BY);
			}
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
