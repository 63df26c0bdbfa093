package io.edubureau.aid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.JdbcRows;
import io.edubureau.students.StudentRef;
import io.edubureau.students.StudentsManagement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two semesters of aid for the demo county: about one student in twelve in compulsory
 * education receives a living allowance (boarders' or non-boarders'), one in five high
 * school students the national grant; every application went through review, notice and
 * approval (five history rows) and was paid in the bureau's batch of its programme and
 * semester. Written in bulk.
 */
@Component
@Order(50)
class DemoAid implements ApplicationRunner {

	private static final String BY = "demo";

	static final String[] APPLICATION_COLUMNS = { "id", "student_id", "unit_id", "unit_path", "programme_code",
			"semester", "tier", "category", "evidence", "applied_on", "status", "amount_fen", "notice_from",
			"notice_until", "batch_id", "paid_on", "grant_key", "updated_by", "updated_at", "version" };

	static final String[] STEP_COLUMNS = { "id", "application_id", "from_status", "to_status", "note", "actor",
			"occurred_at" };

	private static final AidStatus[] PATH = { AidStatus.APPLIED, AidStatus.SCHOOL_REVIEWED, AidStatus.PUBLICISED,
			AidStatus.APPROVED, AidStatus.PAID };

	private final StudentsManagement students;

	private final OrgManagement org;

	private final AidStandardRepository standards;

	private final AidApplicationRepository applications;

	private final AidBatchRepository batches;

	private final EntityManager em;

	private final boolean enabled;

	DemoAid(StudentsManagement students, OrgManagement org, AidStandardRepository standards,
			AidApplicationRepository applications, AidBatchRepository batches, EntityManager em,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.students = students;
		this.org = org;
		this.standards = standards;
		this.applications = applications;
		this.batches = batches;
		this.em = em;
		this.enabled = enabled;
	}

	record Grant(StudentRef student, String programme, Semester semester, HardshipCategory category, long amountFen) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || applications.count() > 0) {
			return;
		}
		Optional<UnitView> bureau = org
			.listAll(DataScope.all(),
					new io.edubureau.org.UnitFilter(null, UnitType.BUREAU, null, null, null,
							io.edubureau.org.UnitStatus.ACTIVE, null))
			.stream()
			.findFirst();
		if (bureau.isEmpty()) {
			return;
		}
		List<StudentRef> all = students.enrolled(DataScope.all(), 200_000);
		// the last semester paid (begun at least 45 days ago) and the one before it
		Semester current = Semester.of(LocalDate.now().minusDays(45));
		Semester previous = current.term() == 2 ? new Semester(current.year(), 1) : new Semester(current.year() - 1, 2);
		HardshipCategory[] categories = HardshipCategory.values();
		List<Grant> grants = new ArrayList<>();
		Map<String, Optional<AidStandard>> inForce = new java.util.HashMap<>();
		for (Semester semester : List.of(previous, current)) {
			for (StudentRef s : all) {
				long h = (s.id() * 2654435761L) >>> 7;
				String programme = null;
				if ((s.stage() == Stage.PRIMARY || s.stage() == Stage.JUNIOR) && h % 12 == 0) {
					programme = s.boarder() ? "BOARDING_LIVING" : "NON_BOARDING_LIVING";
				}
				else if (s.stage() == Stage.SENIOR && h % 5 == 0) {
					programme = "HIGH_SCHOOL_GRANT";
				}
				if (programme == null) {
					continue;
				}
				String p = programme;
				// One read per programme, stage and semester, not one per student.
				Optional<AidStandard> standard = inForce.computeIfAbsent(p + s.stage() + semester.code(), k -> standards
					.findFirstByProgrammeCodeAndStageAndTierAndEffectiveFromLessThanEqualOrderByEffectiveFromDescIdDesc(
							p, s.stage(), AidManagement.STANDARD_TIER, semester.start()));
				if (standard.isPresent()) {
					grants.add(new Grant(s, programme, semester, categories[(int) (h % 5)],
							AidManagement.semesterAmount(standard.get())));
				}
			}
		}
		if (grants.isEmpty()) {
			return;
		}
		// one batch per programme and semester, paid a month into the semester
		Map<String, PaymentBatch> byKey = new java.util.LinkedHashMap<>();
		for (Grant g : grants) {
			byKey.computeIfAbsent(g.programme() + g.semester().code(), k -> {
				LocalDate paid = g.semester().start().plusDays(40);
				return batches.save(new PaymentBatch(bureau.get().id(), bureau.get().path(), g.programme(),
						g.semester(), paid.isAfter(LocalDate.now()) ? LocalDate.now() : paid, BY));
			});
		}
		em.flush();
		long[] ids = JdbcRows.ids(em, AidApplication.class, "aid_seq", grants.size());
		Instant now = Instant.now();
		JdbcRows.insert(em, "aid_application", APPLICATION_COLUMNS, grants.size(), i -> {
			Grant g = grants.get(i);
			PaymentBatch b = byKey.get(g.programme() + g.semester().code());
			LocalDate applied = g.semester().start().plusDays(5);
			LocalDate notice = applied.plusDays(10);
			return new Object[] { ids[i], g.student().id(), g.student().unitId(), g.student().unitPath(), g.programme(),
					g.semester().code(), AidManagement.STANDARD_TIER, g.category().name(), "村委会及学校认定材料", applied,
					AidStatus.PAID.name(), g.amountFen(), notice, notice.plusDays(7), b.getId(), b.toView().paidOn(),
					AidApplication.grantKey(g.student().id(), g.programme(), g.semester()), BY, now, 0L };
		});
		long[] stepIds = JdbcRows.ids(em, AidStep.class, "aid_seq", grants.size() * PATH.length);
		JdbcRows.insert(em, "aid_step", STEP_COLUMNS, stepIds.length, i -> {
			int a = i / PATH.length;
			int k = i % PATH.length;
			return new Object[] { stepIds[i], ids[a], k == 0 ? null : PATH[k - 1].name(), PATH[k].name(), null, BY,
					now };
		});
		for (PaymentBatch b : byKey.values()) {
			long n = grants.stream()
				.filter(g -> (g.programme() + g.semester().code()).equals(b.getProgrammeCode() + b.getSemester()))
				.count();
			long fen = grants.stream()
				.filter(g -> (g.programme() + g.semester().code()).equals(b.getProgrammeCode() + b.getSemester()))
				.mapToLong(Grant::amountFen)
				.sum();
			b.counted((int) n, fen);
		}
	}

}
