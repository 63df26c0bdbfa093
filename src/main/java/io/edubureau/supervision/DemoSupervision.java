package io.edubureau.supervision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * A year of supervision for the demo county: the balanced-development inspection of up to
 * 39 compulsory-education schools (seed 004: "39 schools ... balanced development"), a
 * standardised-running visit to every third school and a 双减 visit to every second one;
 * low scores give findings, whose rectification items stand in every state of the closed
 * loop (closed, rectified and waiting for the re-check, reopened, open, overdue).
 */
@Component
@Order(48)
class DemoSupervision implements ApplicationRunner {

	// A one-page PDF standing in for the scanned evidence.
	static final byte[] SCAN = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
			+ "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private static final String BY = "demo";

	private static final Set<Stage> COMPULSORY = EnumSet.of(Stage.PRIMARY, Stage.JUNIOR);

	private static final String[] SUPERVISORS = { "县政府教育督导室 王督学、李督学", "县政府教育督导室 张督学、陈督学", "责任督学 刘督学" };

	private static final String[] PEOPLE = { "分管副校长", "教务主任", "总务主任", "德育主任", "校长" };

	private final OrgManagement org;

	private final SupervisionVisitRepository visits;

	private final SupervisionScoreRepository scores;

	private final SupervisionItemRepository items;

	private final SupervisionStepRepository steps;

	private final SupervisionEvidenceRepository evidence;

	private final EntityManager em;

	private final boolean enabled;

	DemoSupervision(OrgManagement org, SupervisionVisitRepository visits, SupervisionScoreRepository scores,
			SupervisionItemRepository items, SupervisionStepRepository steps, SupervisionEvidenceRepository evidence,
			EntityManager em, @Value("${edubureau.demo:true}") boolean enabled) {
		this.org = org;
		this.visits = visits;
		this.scores = scores;
		this.items = items;
		this.steps = steps;
		this.evidence = evidence;
		this.em = em;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || visits.count() > 0) {
			return;
		}
		List<UnitView> schools = org
			.listAll(DataScope.all(), new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(s -> s.stages() != null && s.stages().stream().anyMatch(COMPULSORY::contains))
			.toList();
		LocalDate today = LocalDate.now();
		int[] n = { 0 };
		for (int s = 0; s < schools.size(); s++) {
			UnitView school = schools.get(s);
			if (s < 39) {
				// The balanced-development inspection ran over spring, school by school.
				visit(school, SupervisionProgramme.BALANCED_DEVELOPMENT, today.minusDays(300 - s * 3L), s, n, today);
			}
			if (s % 3 == 0) {
				visit(school, SupervisionProgramme.STANDARD_RUNNING, today.minusDays(150 - s), s, n, today);
			}
			if (s % 2 == 1) {
				visit(school, SupervisionProgramme.DOUBLE_REDUCTION, today.minusDays(70 - s % 50), s, n, today);
			}
		}
	}

	private void visit(UnitView school, SupervisionProgramme programme, LocalDate day, int s, int[] n,
			LocalDate today) {
		SupervisionVisit v = visits.save(new SupervisionVisit(school.id(), school.path(), programme, day,
				SUPERVISORS[(s + programme.ordinal()) % SUPERVISORS.length], "总体情况良好，存在问题已反馈学校，限期整改。", BY));
		String weak = null;
		for (int i = 0; i < programme.indicators().size(); i++) {
			String indicator = programme.indicators().get(i);
			// Mostly 8 to 10; one indicator of every other visit falls short.
			boolean fallsShort = (s + i + programme.ordinal()) % 7 == 0 && (s + programme.ordinal()) % 2 == 0;
			int score = fallsShort ? 5 + (s + i) % 2 : 8 + (s + i) % 3;
			scores.save(new IndicatorScore(v.getId(), indicator, score, fallsShort ? "未达到标准，需整改" : null));
			if (fallsShort && weak == null) {
				weak = indicator;
			}
		}
		em.flush();
		if (weak != null) {
			item(v, weak, n[0]++, today);
			em.flush();
		}
	}

	// Every fifth item in each state of the closed loop.
	private void item(SupervisionVisit v, String indicator, int n, LocalDate today) {
		LocalDate found = v.getVisitedOn();
		int state = n % 5;
		LocalDate deadline = state == 3 ? min(found.plusDays(30), today.plusDays(20)) : found.plusDays(30);
		if (state == 3 && deadline.isBefore(today)) {
			deadline = today.plusDays(10);
		}
		RectificationItem item = items.save(
				new RectificationItem(v, indicator, finding(indicator), PEOPLE[n % PEOPLE.length], deadline, null, BY));
		steps.save(new RectificationStep(item.getId(), null, RectificationStatus.OPEN, item.getFinding(), BY));
		if (state >= 3) {
			return;
		}
		LocalDate rectified = min(found.plusDays(20), today);
		RectificationEvidence e = evidence.save(new RectificationEvidence(item.getId(), "已按督导意见整改，附整改材料", rectified,
				"整改材料.pdf", "application/pdf", SCAN.length, BY));
		em.flush();
		em.persist(new SupervisionFile(e.getId(), SCAN));
		move(item, RectificationStatus.RECTIFIED, rectified, "已按督导意见整改，附整改材料");
		if (state == 1) {
			return;
		}
		LocalDate recheck = min(found.plusDays(28), today);
		if (state == 2) {
			move(item, RectificationStatus.REOPENED, recheck, "复查未通过：整改不到位");
			return;
		}
		move(item, RectificationStatus.CLOSED, recheck, "复查合格，销号");
	}

	private static String finding(String indicator) {
		return switch (indicator.substring(0, indicator.indexOf('.'))) {
			case "balanced" -> "该项指标未达到县域义务教育优质均衡发展标准";
			case "standard" -> "办学行为不够规范，需按《义务教育学校管理标准》整改";
			default -> "“双减”措施落实不到位";
		};
	}

	private void move(RectificationItem item, RectificationStatus to, LocalDate on, String note) {
		RectificationStatus from = item.getStatus();
		item.moveTo(to, on, BY);
		steps.save(new RectificationStep(item.getId(), from, to, note, BY));
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
