package io.edubureau.students;

import java.time.Clock;
import java.time.LocalDate;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.Stage;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Masking;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.IdNumberCheck;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student register's public face. Every call takes the caller's {@link DataScope}; a
 * student of a school outside it is not found (404), like a missing one. Every change is
 * audited in its transaction, every read of a student's record audited as a read.
 */
@Service
public class StudentsManagement {

	static final String STUDENT = "students.student";

	static final String CASE = "students.dropoutCase";

	// No register record predates the system's oldest data.
	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StudentRepository students;

	private final StudentEventRepository events;

	private final StudentTransferRepository transfers;

	private final DropoutCaseRepository cases;

	private final DropoutActionRepository actions;

	private final StudentPromotionRepository promotions;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final MessageSource messages;

	private final EntityManager em;

	private final Clock clock;

	StudentsManagement(StudentRepository students, StudentEventRepository events, StudentTransferRepository transfers,
			DropoutCaseRepository cases, DropoutActionRepository actions, StudentPromotionRepository promotions,
			OrgManagement org, RulesManagement rules, AuditManagement audit, MessageSource messages, EntityManager em) {
		this.students = students;
		this.events = events;
		this.transfers = transfers;
		this.cases = cases;
		this.actions = actions;
		this.promotions = promotions;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
		this.messages = messages;
		this.em = em;
		this.clock = Clock.systemDefaultZone();
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- scope

	/** The scope as a predicate on a path column (fail-closed). */
	<T> Specification<T> within(DataScope scope, String idAttribute, String pathAttribute) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() == ScopeKind.UNIT) {
			return (root, q, cb) -> cb.equal(root.get(idAttribute), scope.unitId());
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction()
				: (root, q, cb) -> cb.like(root.get(pathAttribute), path + "%");
	}

	private <T> Specification<T> within(DataScope scope) {
		return within(scope, "unitId", "unitPath");
	}

	private static <T> Specification<T> id(long id) {
		return (root, q, cb) -> cb.equal(root.get("id"), id);
	}

	private Student visible(DataScope scope, long id) {
		return students.findOne(this.<Student>within(scope).and(id(id)))
			.orElseThrow(() -> new NotFound("student " + id));
	}

	/**
	 * A school of the scope (or, for a transfer's receiving school, any active school).
	 */
	private UnitView school(DataScope scope, Long unitId, String field) {
		if (unitId == null) {
			throw new Rejection(field, "students.required");
		}
		UnitView unit = scope == null ? org.byIds(List.of(unitId)).get(unitId) : org.get(scope, unitId);
		if (unit == null) {
			throw new Rejection(field, "students.unit.unknown", unitId);
		}
		if ((unit.type() != UnitType.SCHOOL && unit.type() != UnitType.TEACHING_POINT)
				|| unit.status() != UnitStatus.ACTIVE) {
			throw new Rejection(field, "students.unit.notSchool", unit.name());
		}
		return unit;
	}

	private Map<Long, String> unitNames(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(new HashSet<>(ids)).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	@EventListener
	void on(UnitMoved moved) {
		students.moveUnitPaths(moved.oldPath(), moved.newPath());
		cases.moveUnitPaths(moved.oldPath(), moved.newPath());
		transfers
			.findAll((root, q, cb) -> cb.or(cb.like(root.get("fromPath"), moved.oldPath() + "%"),
					cb.like(root.get("toPath"), moved.oldPath() + "%")))
			.forEach(t -> t.movePaths(moved.oldPath(), moved.newPath()));
	}

	/** Schools and teaching points of the scope students may be registered at. */
	@Transactional(readOnly = true)
	public List<UnitView> schools(DataScope scope) {
		return org
			.listAll(scope, new io.edubureau.org.UnitFilter(null, null, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.filter(u -> u.type() == UnitType.SCHOOL || u.type() == UnitType.TEACHING_POINT)
			.toList();
	}

	// ---- the register

	/**
	 * Registers a student at a school of the scope: the identity number is checked (GB
	 * 11643) and must be new to the register; without one, a temporary number is given
	 * and flagged.
	 */
	@Transactional
	public StudentView register(DataScope scope, StudentForm form, boolean reveal) {
		if (form == null) {
			throw new Rejection(null, "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		UnitView unit = null;
		try {
			unit = school(scope, form.unitId(), "unitId");
		}
		catch (Rejection r) {
			problems.addAll(r.problems());
		}
		StudentForm checked = checkNew(unit, form, problems, n -> students.findByIdNumber(n).isPresent());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		boolean temporary = checked.idNumber().isEmpty();
		String number = temporary ? temporaryNumber() : checked.idNumber();
		Student s = students
			.save(new Student(number, temporary, checked, checked.sex(), unit.id(), unit.path(), Actor.current()));
		events.save(new StudentEvent(s.getId(), EventKind.ENROLMENT, form.entryDate(), null, StudentStatus.ENROLLED,
				unit.id(), null, form.grade(), null, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("idNumber", number);
		created.put("temporaryNumber", temporary);
		created.put("name", s.getName());
		created.put("unit", unit.code());
		created.put("stage", form.stage());
		created.put("grade", form.grade());
		created.put("entryDate", form.entryDate());
		created.put("guardianPhone", s.getGuardianPhone());
		audit.record(AuditAction.CREATE, STUDENT, s.getId(), s.getName(), Change.created(created));
		return view(s, Map.of(unit.id(), unit.name()), reveal);
	}

	/**
	 * Checks a new student's form as {@link #register} does, for the school {@code unit}
	 * (null when it was refused), adding each problem to {@code problems}; {@code taken}
	 * answers whether a checked identity number is on the register already. The answer is
	 * the form as kept: the number normalized (empty for a temporary one), sex and birth
	 * date from the number, the phone stripped.
	 */
	StudentForm checkNew(UnitView unit, StudentForm form, List<Problem> problems, Predicate<String> taken) {
		String number = form.idNumber() == null ? "" : form.idNumber().strip();
		boolean temporary = number.isEmpty();
		String sex = form.sex();
		LocalDate birth = form.birthDate();
		if (!temporary) {
			IdNumberCheck check = rules.checkIdNumber(number);
			if (!check.valid()) {
				problems.add(new Problem("idNumber", "students.idNumber.invalid"));
			}
			else {
				number = check.normalized();
				if (birth != null && !birth.equals(check.birthDate())) {
					problems.add(new Problem("birthDate", "students.birthDate.mismatch"));
				}
				if (sex != null && !sex.isBlank() && !sex.equals(check.sex().name())) {
					problems.add(new Problem("sex", "students.sex.mismatch"));
				}
				birth = check.birthDate();
				sex = check.sex().name();
				if (taken.test(number)) {
					problems.add(new Problem("idNumber", "students.idNumber.taken"));
				}
			}
		}
		else {
			if (!"MALE".equals(sex) && !"FEMALE".equals(sex)) {
				problems.add(new Problem("sex", "students.required"));
			}
			if (birth == null) {
				problems.add(new Problem("birthDate", "students.required"));
			}
		}
		if (birth != null && (birth.isBefore(EARLIEST.minusYears(30)) || birth.isAfter(today()))) {
			problems.add(new Problem("birthDate", "students.date.range", birth));
		}
		checkText(problems, "name", form.name(), 50, true);
		checkText(problems, "disability", form.disability(), 100, false);
		checkText(problems, "guardianName", form.guardianName(), 50, false);
		checkText(problems, "className", form.className(), 30, false);
		if (form.guardianPhone() != null && !form.guardianPhone().isBlank()
				&& !form.guardianPhone().strip().matches("[0-9+\\- ]{5,20}")) {
			problems.add(new Problem("guardianPhone", "students.phone.invalid"));
		}
		if (form.household() == null) {
			problems.add(new Problem("household", "students.required"));
		}
		if (form.stage() == null) {
			problems.add(new Problem("stage", "students.required"));
		}
		else if (unit != null && !unit.stages().contains(form.stage())) {
			problems.add(new Problem("stage", "students.stage.notAtUnit", Student.label(form.stage()), unit.name()));
		}
		if (form.grade() == null) {
			problems.add(new Problem("grade", "students.required"));
		}
		else if (form.stage() != null && (form.grade() < StudentRule.firstGrade(form.stage())
				|| form.grade() > StudentRule.lastGrade(form.stage()))) {
			problems.add(new Problem("grade", "students.grade.range", form.grade(),
					StudentRule.firstGrade(form.stage()), StudentRule.lastGrade(form.stage())));
		}
		checkDay(problems, "entryDate", form.entryDate());
		if (birth != null && form.entryDate() != null && form.entryDate().isBefore(birth)) {
			problems.add(new Problem("entryDate", "students.entry.beforeBirth"));
		}
		return new StudentForm(temporary ? "" : number, form.name(), sex, birth, form.household(), form.leftBehind(),
				form.migrant(), form.boarder(), form.disability(), form.guardianName(),
				form.guardianPhone() == null ? null : form.guardianPhone().strip(), unit == null ? null : unit.id(),
				form.stage(), form.grade(), form.className(), form.entryDate());
	}

	/**
	 * The identity numbers of {@code numbers} already on the register, in one read per
	 * thousand.
	 */
	Set<String> onRegister(Collection<String> numbers) {
		Set<String> found = new HashSet<>();
		List<String> all = new ArrayList<>(numbers);
		for (int from = 0; from < all.size(); from += 1000) {
			found.addAll(em.createQuery("select s.idNumber from Student s where s.idNumber in :numbers", String.class)
				.setParameter("numbers", all.subList(from, Math.min(all.size(), from + 1000)))
				.getResultList());
		}
		return found;
	}

	/** {@code count} distinct new temporary numbers, none on the register. */
	List<String> temporaryNumbers(int count) {
		Set<String> numbers = new LinkedHashSet<>();
		while (numbers.size() < count) {
			Set<String> drawn = new HashSet<>();
			while (drawn.size() < count - numbers.size()) {
				String n = randomTemporaryNumber();
				if (!numbers.contains(n)) {
					drawn.add(n);
				}
			}
			drawn.removeAll(onRegister(drawn));
			numbers.addAll(drawn);
		}
		return new ArrayList<>(numbers);
	}

	/**
	 * Whether a unit students may be registered at (a school or teaching point, active).
	 */
	static boolean registersStudents(UnitView unit) {
		return (unit.type() == UnitType.SCHOOL || unit.type() == UnitType.TEACHING_POINT)
				&& unit.status() == UnitStatus.ACTIVE;
	}

	/** The school year a day falls in, named by the year it starts (September). */
	static int schoolYear(LocalDate day) {
		return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
	}

	/**
	 * Sets org's enrolment of the current school year from the register, for each school
	 * given and each stage it has students on the register in (在校 and 休学): the register
	 * wins where a school has one; the number of classes is the number of class names.
	 */
	@Transactional
	public void enrolmentFromRegister(DataScope scope, Collection<Long> unitIds) {
		int year = schoolYear(today());
		for (Long unitId : unitIds) {
			List<Object[]> rows = em
				.createQuery("select s.stage, count(s), count(distinct s.className) from Student s "
						+ "where s.unitId = :unit and s.status in :active group by s.stage", Object[].class)
				.setParameter("unit", unitId)
				.setParameter("active", List.of(StudentStatus.ENROLLED, StudentStatus.SUSPENDED))
				.getResultList();
			for (Object[] r : rows) {
				int n = ((Number) r[1]).intValue();
				int classes = Math.min(n, Math.max(1, ((Number) r[2]).intValue()));
				org.recordEnrolment(scope, unitId, new io.edubureau.org.EnrolmentView(year, (Stage) r[0], n, classes));
			}
		}
	}

	// A temporary number: "T" and 17 random digits, never a valid identity number.
	private String temporaryNumber() {
		while (true) {
			String n = randomTemporaryNumber();
			if (students.findByIdNumber(n).isEmpty()) {
				return n;
			}
		}
	}

	private static String randomTemporaryNumber() {
		StringBuilder b = new StringBuilder("T");
		for (int i = 0; i < 17; i++) {
			b.append(RANDOM.nextInt(10));
		}
		return b.toString();
	}

	/**
	 * Replaces a temporary number with the student's checked identity number (its birth
	 * date and sex must agree with the record).
	 */
	@Transactional
	public StudentView replaceTemporaryNumber(DataScope scope, long id, String idNumber, boolean reveal) {
		Student s = visible(scope, id);
		if (!s.isTemporaryNumber()) {
			throw new Rejection("idNumber", "students.idNumber.notTemporary");
		}
		IdNumberCheck check = rules.checkIdNumber(idNumber == null ? "" : idNumber);
		if (!check.valid()) {
			throw new Rejection("idNumber", "students.idNumber.invalid");
		}
		if (!check.birthDate().equals(s.getBirthDate()) || !check.sex().name().equals(s.getSex())) {
			throw new Rejection("idNumber", "students.idNumber.disagrees");
		}
		if (students.findByIdNumber(check.normalized()).isPresent()) {
			throw new Rejection("idNumber", "students.idNumber.taken");
		}
		String before = s.getIdNumber();
		s.replaceTemporaryNumber(check.normalized(), Actor.current());
		audit.record(AuditAction.UPDATE, STUDENT, s.getId(), s.getName(),
				List.of(new Change("idNumber", before, check.normalized())));
		return view(s, unitNames(List.of(s.getUnitId())), reveal);
	}

	/**
	 * One page of the students of the scope, by name or number (a prefix of either),
	 * unit, status and grade; the page read is audited.
	 */
	@Transactional(readOnly = true)
	public Page<StudentView> search(DataScope scope, Long unitId, String q, StudentStatus status, Integer grade,
			int page, int size, boolean reveal) {
		if (page < 0 || size < 1 || size > 200) {
			throw new Rejection("size", "students.page.range");
		}
		Specification<Student> where = within(scope);
		if (unitId != null) {
			if (!org.isWithin(scope, unitId)) {
				throw new org.springframework.security.access.AccessDeniedException("unit outside the scope");
			}
			String path = org.pathOf(unitId).orElseThrow(() -> new NotFound("unit " + unitId));
			where = where.and((root, qq, cb) -> cb.like(root.get("unitPath"), path + "%"));
		}
		if (q != null && !q.isBlank()) {
			String term = q.strip();
			if (term.length() > 50) {
				throw new Rejection("q", "students.query.tooLong");
			}
			where = where.and((root, qq, cb) -> cb.or(cb.like(root.get("name"), term + "%"),
					cb.equal(root.get("idNumber"), term.toUpperCase(Locale.ROOT))));
		}
		if (status != null) {
			where = where.and((root, qq, cb) -> cb.equal(root.get("status"), status));
		}
		if (grade != null) {
			where = where.and((root, qq, cb) -> cb.equal(root.get("grade"), grade));
		}
		Page<Student> found = students.findAll(where,
				PageRequest.of(page, size, Sort.by("unitId", "grade", "name", "id")));
		Map<Long, String> names = unitNames(found.getContent().stream().map(Student::getUnitId).toList());
		if (!found.isEmpty()) {
			audit.recordRead(STUDENT, null, "students page " + page,
					List.of(new Change("ids", null,
							found.getContent().stream().map(s -> String.valueOf(s.getId())).toList().toString()),
							new Change("query", null, q == null ? "" : Masking.idNumber(q)),
							new Change("revealed", null, String.valueOf(reveal))));
		}
		return found.map(s -> view(s, names, reveal));
	}

	/** A student's record with its history; the read is audited. */
	@Transactional(readOnly = true)
	public StudentDetail student(DataScope scope, long id, boolean reveal, Locale locale) {
		Student s = visible(scope, id);
		audit.recordRead(STUDENT, s.getId(), s.getName(),
				List.of(new Change("revealed", null, String.valueOf(reveal))));
		List<StudentEvent> history = events.findByStudentIdOrderByOccurredOnAscIdAsc(id);
		List<StudentTransfer> moves = transfers.findByStudentIdOrderByIdAsc(id);
		Set<Long> unitIds = new HashSet<>();
		unitIds.add(s.getUnitId());
		history.forEach(e -> {
			unitIds.add(e.getUnitId());
			if (e.getOtherUnitId() != null) {
				unitIds.add(e.getOtherUnitId());
			}
		});
		moves.forEach(t -> {
			unitIds.add(t.getFromUnitId());
			unitIds.add(t.getToUnitId());
		});
		Map<Long, String> names = unitNames(unitIds);
		List<EventView> eventViews = new ArrayList<>(history.stream().map(e -> e.toView(names)).toList());
		eventViews.addAll(promotionEvents(id, names));
		eventViews.sort(java.util.Comparator.comparing(EventView::on));
		LocalDate today = today();
		List<DropoutCaseView> caseViews = cases.findByStudentIdOrderByIdAsc(id)
			.stream()
			.map(c -> c.toView(s.getName(), names.get(c.getUnitId()), today))
			.toList();
		return new StudentDetail(view(s, names, reveal), eventViews,
				moves.stream().map(t -> t.toView(s.getName(), names)).toList(), caseViews,
				explain(StudentRule.compulsory(s.getStage(), s.getBirthDate(), today).reasons(), locale));
	}

	private List<EventView> promotionEvents(long studentId, Map<Long, String> names) {
		@SuppressWarnings("unchecked")
		List<Object[]> rows = em
			.createNativeQuery("select p.promoted_on, p.unit_id, m.from_grade, m.graduated, p.actor from "
					+ "students_promotion_member m join students_promotion p on p.id = m.promotion_id "
					+ "where m.student_id = ?1")
			.setParameter(1, studentId)
			.getResultList();
		List<EventView> views = new ArrayList<>();
		for (Object[] r : rows) {
			LocalDate on = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
			boolean graduated = r[3] instanceof Boolean b ? b : ((Number) r[3]).intValue() != 0;
			int fromGrade = ((Number) r[2]).intValue();
			views.add(new EventView(graduated ? "GRADUATION" : "PROMOTION", on, StudentStatus.ENROLLED,
					graduated ? StudentStatus.GRADUATED : StudentStatus.ENROLLED,
					names.getOrDefault(((Number) r[1]).longValue(), ""), null, graduated ? fromGrade : fromGrade + 1,
					null, (String) r[4]));
		}
		return views;
	}

	StudentView view(Student s, Map<Long, String> unitNames, boolean reveal) {
		return new StudentView(s.getId(),
				reveal || s.isTemporaryNumber() ? s.getIdNumber() : Masking.idNumber(s.getIdNumber()),
				s.isTemporaryNumber(), s.getName(), s.getSex(),
				reveal ? s.getBirthDate().toString() : s.getBirthDate().toString().substring(0, 7), s.getHousehold(),
				s.isLeftBehind(), s.isMigrant(), s.isBoarder(), s.getDisability(), s.getGuardianName(),
				reveal ? s.getGuardianPhone() : Masking.phone(s.getGuardianPhone()), s.getUnitId(),
				unitNames.get(s.getUnitId()), s.getStage(), s.getGrade(), s.getClassName(), s.getEntryDate(),
				s.getStatus(), s.getStatusSince(), !reveal);
	}

	/** The reasons worded in a language, the source named in words, not as a code. */
	List<String> explain(List<Reason> reasons, Locale locale) {
		boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
		return reasons.stream()
			.map(r -> messages.getMessage(r.messageKey(), r.args().toArray(), r.messageKey(), locale)
					+ (chinese ? "（依据：" + r.rule().source() + "，" + r.rule().effective() + "起施行）"
							: " (source: " + r.rule().source() + ", in force from " + r.rule().effective() + ")"))
			.toList();
	}

	// ---- status events

	/**
	 * Records a status event of a student of the scope. A dropout of a student of
	 * compulsory age opens a dropout control case with the three responsible persons; a
	 * return closes the student's open case as returned.
	 */
	@Transactional
	public StudentDetail recordEvent(DataScope scope, long id, EventForm form, boolean reveal, Locale locale) {
		Student s = visible(scope, id);
		if (form == null || form.kind() == null) {
			throw new Rejection("kind", "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		checkDay(problems, "on", form.on());
		checkText(problems, "note", form.note(), 500, false);
		StudentStatus to = switch (form.kind()) {
			case SUSPENSION -> StudentStatus.SUSPENDED;
			case RETURN -> StudentStatus.ENROLLED;
			case DROPOUT -> StudentStatus.DROPPED_OUT;
			case GRADUATION -> StudentStatus.GRADUATED;
			case DEATH -> StudentStatus.DECEASED;
			case TRANSFER_OUT -> StudentStatus.TRANSFERRED_OUT;
			default -> null;
		};
		if (to == null) {
			problems.add(new Problem("kind", "students.event.kind"));
		}
		boolean opensCase = false;
		if (form.kind() == EventKind.DROPOUT && form.on() != null) {
			opensCase = StudentRule.compulsory(s.getStage(), s.getBirthDate(), form.on()).compulsory();
			if (opensCase) {
				checkText(problems, "schoolHead", form.schoolHead(), 50, true);
				checkText(problems, "townshipOfficer", form.townshipOfficer(), 50, true);
				checkText(problems, "villageOfficer", form.villageOfficer(), 50, true);
			}
		}
		if (form.kind() == EventKind.TRANSFER_OUT
				&& transfers.existsByStudentIdAndStatus(id, StudentTransferStatus.REQUESTED)) {
			problems.add(new Problem("kind", "students.transfer.pending"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StudentStatus from = s.getStatus();
		s.moveTo(to, form.on(), Actor.current());
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		events.save(new StudentEvent(s.getId(), form.kind(), form.on(), from, to, s.getUnitId(), null, s.getGrade(),
				note, Actor.current()));
		audit.record(AuditAction.UPDATE, STUDENT, s.getId(), s.getName() + " " + form.kind(),
				List.of(new Change("status", from.name(), to.name()), new Change("on", null, form.on().toString())));
		if (opensCase) {
			openCaseFor(s, form.on(), note == null ? "辍学" : note, form.schoolHead().strip(),
					form.townshipOfficer().strip(), form.villageOfficer().strip());
		}
		if (form.kind() == EventKind.RETURN) {
			for (DropoutCase c : cases.findByStudentIdOrderByIdAsc(id)) {
				if (c.open() && !form.on().isBefore(c.getOpenedOn())) {
					c.close(CaseOutcome.RETURNED, form.on(), note, Actor.current());
					audit.record(AuditAction.UPDATE, CASE, c.getId(), s.getName(),
							List.of(new Change("outcome", null, CaseOutcome.RETURNED.name())));
				}
			}
		}
		return student(scope, id, reveal, locale);
	}

	// ---- transfers

	/**
	 * The sending school asks to transfer a student of its scope to another active school
	 * (which need not be in the requester's scope); one open request at a time.
	 */
	@Transactional
	public TransferView requestTransfer(DataScope scope, long studentId, TransferForm form) {
		Student s = visible(scope, studentId);
		if (form == null) {
			throw new Rejection(null, "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		UnitView to = null;
		try {
			to = school(null, form.toUnitId(), "toUnitId");
			if (to.id() == s.getUnitId()) {
				problems.add(new Problem("toUnitId", "students.transfer.sameUnit"));
			}
			else if (!to.stages().contains(s.getStage())) {
				problems
					.add(new Problem("toUnitId", "students.stage.notAtUnit", Student.label(s.getStage()), to.name()));
			}
		}
		catch (Rejection r) {
			problems.addAll(r.problems());
		}
		checkDay(problems, "on", form.on());
		checkText(problems, "note", form.note(), 500, false);
		if (!s.getStatus().active()) {
			problems.add(new Problem("status", "students.transfer.notActive", Student.label(s.getStatus())));
		}
		if (transfers.existsByStudentIdAndStatus(studentId, StudentTransferStatus.REQUESTED)) {
			problems.add(new Problem("toUnitId", "students.transfer.pending"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StudentTransfer t = transfers.save(new StudentTransfer(s, to.id(), to.path(), form.on(),
				form.note() == null || form.note().isBlank() ? null : form.note().strip(), Actor.current()));
		audit.record(AuditAction.CREATE, "students.transfer", t.getId(), s.getName(),
				List.of(new Change("from", null, String.valueOf(s.getUnitId())), new Change("to", null, to.code())));
		return t.toView(s.getName(), unitNames(List.of(s.getUnitId(), to.id())));
	}

	/** Transfers into or out of the scope, open ones first. */
	@Transactional(readOnly = true)
	public List<TransferView> transfers(DataScope scope) {
		List<StudentTransfer> found = transfers.findAll(transfersWhere(scope),
				Sort.by(Sort.Order.desc("requestedOn"), Sort.Order.desc("id")));
		return transferViews(found.stream()
			.sorted(java.util.Comparator.comparing(t -> t.getStatus() != StudentTransferStatus.REQUESTED))
			.toList());
	}

	/**
	 * One page of {@link #transfers(DataScope)}, paged in the query: the open ones
	 * (REQUESTED sorts last by name, so first descending), then the latest.
	 */
	@Transactional(readOnly = true)
	public Page<TransferView> transfers(DataScope scope, int page, int size) {
		Page<StudentTransfer> found = transfers.findAll(transfersWhere(scope), Paging.request(page, size, MAX_PAGE_SIZE,
				Sort.by(Sort.Order.desc("status"), Sort.Order.desc("requestedOn"), Sort.Order.desc("id"))));
		return new PageImpl<>(transferViews(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private Specification<StudentTransfer> transfersWhere(DataScope scope) {
		Specification<StudentTransfer> out = within(scope, "fromUnitId", "fromPath");
		Specification<StudentTransfer> in = within(scope, "toUnitId", "toPath");
		return out.or(in);
	}

	private List<TransferView> transferViews(List<StudentTransfer> found) {
		Set<Long> unitIds = new HashSet<>();
		found.forEach(t -> {
			unitIds.add(t.getFromUnitId());
			unitIds.add(t.getToUnitId());
		});
		Map<Long, String> names = unitNames(unitIds);
		Map<Long, String> studentNames = new HashMap<>();
		students.findAllById(found.stream().map(StudentTransfer::getStudentId).toList())
			.forEach(s -> studentNames.put(s.getId(), s.getName()));
		return found.stream().map(t -> t.toView(studentNames.get(t.getStudentId()), names)).toList();
	}

	/**
	 * The receiving school accepts or refuses a transfer into its scope; on acceptance
	 * the student moves there and the history keeps both sides.
	 */
	@Transactional
	public TransferView decideTransfer(DataScope scope, long transferId, TransferDecisionForm form) {
		StudentTransfer t = transfers
			.findOne(this.<StudentTransfer>within(scope, "toUnitId", "toPath").and(id(transferId)))
			.orElseThrow(() -> new NotFound("transfer " + transferId));
		if (form == null || form.accept() == null) {
			throw new Rejection("accept", "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		checkDay(problems, "on", form.on());
		checkText(problems, "className", form.className(), 30, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Student s = students.findById(t.getStudentId()).orElseThrow();
		t.decide(form.accept(), form.on(), Actor.current());
		if (form.accept()) {
			long from = s.getUnitId();
			s.transferTo(t.getToUnitId(), t.getToPath(), form.className(), form.on(), Actor.current());
			events.save(new StudentEvent(s.getId(), EventKind.TRANSFER_OUT, form.on(), s.getStatus(), s.getStatus(),
					from, t.getToUnitId(), s.getGrade(), null, Actor.current()));
			events.save(new StudentEvent(s.getId(), EventKind.TRANSFER_IN, form.on(), s.getStatus(), s.getStatus(),
					t.getToUnitId(), from, s.getGrade(), null, Actor.current()));
			audit.record(AuditAction.UPDATE, STUDENT, s.getId(), s.getName(),
					List.of(new Change("unitId", String.valueOf(from), String.valueOf(t.getToUnitId()))));
		}
		audit.record(AuditAction.UPDATE, "students.transfer", t.getId(), s.getName(),
				List.of(new Change("status", StudentTransferStatus.REQUESTED.name(), t.getStatus().name())));
		return t.toView(s.getName(), unitNames(List.of(t.getFromUnitId(), t.getToUnitId())));
	}

	// ---- year-end promotion

	/**
	 * Promotes a school's enrolled students at the end of a school year, set-based: the
	 * last grade of each stage graduates, every other grade moves up one; suspended
	 * students stay. Once per school and school year.
	 */
	@Transactional
	public PromotionView promote(DataScope scope, PromotionForm form) {
		if (form == null) {
			throw new Rejection(null, "students.required");
		}
		UnitView unit = school(scope, form.unitId(), "unitId");
		List<Problem> problems = new ArrayList<>();
		checkDay(problems, "on", form.on());
		if (form.schoolYear() == null || form.schoolYear() < EARLIEST.getYear()
				|| form.schoolYear() > today().getYear()) {
			problems.add(new Problem("schoolYear", "students.schoolYear.range"));
		}
		else if (form.on() != null && (form.on().isBefore(LocalDate.of(form.schoolYear() + 1, 6, 1))
				|| form.on().isAfter(LocalDate.of(form.schoolYear() + 1, 9, 30)))) {
			// The school year that began in September ends the next summer.
			problems.add(
					new Problem("on", "students.promotion.dayOutsideSummer", form.schoolYear(), form.schoolYear() + 1));
		}
		if (form.schoolYear() != null && promotions.existsByUnitIdAndSchoolYear(unit.id(), form.schoolYear())) {
			problems.add(new Problem("schoolYear", "students.promotion.done", form.schoolYear()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		Promotion p = promotions.save(new Promotion(unit.id(), form.schoolYear(), form.on(), Actor.current()));
		em.flush();
		String lastGrade = "case stage when 'PRESCHOOL' then 3 when 'VOCATIONAL' then 3 when 'PRIMARY' then 6 "
				+ "when 'JUNIOR' then 9 when 'SPECIAL' then 9 else 12 end";
		int moved = em
			.createNativeQuery("insert into students_promotion_member (promotion_id, student_id, from_grade, "
					+ "graduated) select ?1, id, grade, case when grade >= " + lastGrade + " then true else false end "
					+ "from students_student where unit_id = ?2 and status = 'ENROLLED' and entry_date <= ?3")
			.setParameter(1, p.getId())
			.setParameter(2, unit.id())
			.setParameter(3, form.on())
			.executeUpdate();
		int graduated = em
			.createNativeQuery("update students_student set status = 'GRADUATED', status_since = ?1, "
					+ "updated_by = ?2, version = version + 1 where id in (select student_id from "
					+ "students_promotion_member where promotion_id = ?3 and graduated = true)")
			.setParameter(1, form.on())
			.setParameter(2, Actor.current())
			.setParameter(3, p.getId())
			.executeUpdate();
		int promoted = em
			.createNativeQuery("update students_student set grade = grade + 1, updated_by = ?1, "
					+ "version = version + 1 where id in (select student_id from students_promotion_member "
					+ "where promotion_id = ?2 and graduated = false)")
			.setParameter(1, Actor.current())
			.setParameter(2, p.getId())
			.executeUpdate();
		em.clear();
		p = promotions.findById(p.getId()).orElseThrow();
		p.counted(promoted, graduated);
		audit.record(AuditAction.UPDATE, "students.promotion", p.getId(), unit.name() + " " + form.schoolYear(),
				List.of(new Change("promoted", null, String.valueOf(promoted)),
						new Change("graduated", null, String.valueOf(graduated)),
						new Change("members", null, String.valueOf(moved))));
		return p.toView();
	}

	/** The promotions of a school of the scope, latest first. */
	@Transactional(readOnly = true)
	public List<PromotionView> promotions(DataScope scope, long unitId) {
		school(scope, unitId, "unitId");
		return promotions.findByUnitIdOrderBySchoolYearDesc(unitId).stream().map(Promotion::toView).toList();
	}

	// ---- dropout control (控辍保学)

	private DropoutCase openCaseFor(Student s, LocalDate on, String reason, String head, String township,
			String village) {
		int days = rules.parameter(LocalParameter.DROPOUT_FOLLOW_UP_DAYS, on).intValue();
		LocalDate deadline = rules.periodEnd(PolicyRule.DROPOUT_FOLLOW_UP, on, days, false).due();
		DropoutCase c = cases.save(new DropoutCase(s, on, reason, head, township, village, deadline, Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("student", s.getId());
		created.put("openedOn", on);
		created.put("schoolHead", head);
		created.put("townshipOfficer", township);
		created.put("villageOfficer", village);
		created.put("deadline", deadline);
		audit.record(AuditAction.CREATE, CASE, c.getId(), s.getName(), Change.created(created));
		return c;
	}

	/**
	 * Opens a case for a student of compulsory age who is absent without leave (the
	 * student stays enrolled); refused for a student not of compulsory age, with the
	 * reason, and while a case is open.
	 */
	@Transactional
	public CaseDetail openCase(DataScope scope, long studentId, CaseForm form, Locale locale) {
		Student s = visible(scope, studentId);
		if (form == null) {
			throw new Rejection(null, "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		checkDay(problems, "openedOn", form.openedOn());
		checkText(problems, "reason", form.reason(), 500, true);
		checkText(problems, "schoolHead", form.schoolHead(), 50, true);
		checkText(problems, "townshipOfficer", form.townshipOfficer(), 50, true);
		checkText(problems, "villageOfficer", form.villageOfficer(), 50, true);
		if (form.openedOn() != null) {
			StudentRule.Decision d = StudentRule.compulsory(s.getStage(), s.getBirthDate(), form.openedOn());
			if (!d.compulsory()) {
				problems.add(new Problem("openedOn", "students.case.notCompulsory",
						String.join("；", explain(d.reasons(), locale))));
			}
		}
		if (!s.getStatus().active() && s.getStatus() != StudentStatus.DROPPED_OUT) {
			problems.add(new Problem("status", "students.case.notActive", Student.label(s.getStatus())));
		}
		if (cases.existsByStudentIdAndStatus(studentId, "OPEN")) {
			problems.add(new Problem("openedOn", "students.case.alreadyOpen"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		DropoutCase c = openCaseFor(s, form.openedOn(), form.reason().strip(), form.schoolHead().strip(),
				form.townshipOfficer().strip(), form.villageOfficer().strip());
		return dropoutCase(scope, c.getId(), locale);
	}

	/**
	 * Cases of the scope: all, the open ones, or the overdue ones; nearest deadline
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<DropoutCaseView> cases(DataScope scope, boolean openOnly, boolean overdueOnly) {
		LocalDate today = today();
		return caseViews(cases.findAll(casesWhere(scope, openOnly, overdueOnly, today), Sort.by("deadline", "id")),
				today);
	}

	/** One page of {@link #cases(DataScope, boolean, boolean)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<DropoutCaseView> cases(DataScope scope, boolean openOnly, boolean overdueOnly, int page, int size) {
		LocalDate today = today();
		Page<DropoutCase> found = cases.findAll(casesWhere(scope, openOnly, overdueOnly, today),
				Paging.request(page, size, MAX_PAGE_SIZE, Sort.by("deadline", "id")));
		return new PageImpl<>(caseViews(found.getContent(), today), found.getPageable(), found.getTotalElements());
	}

	private Specification<DropoutCase> casesWhere(DataScope scope, boolean openOnly, boolean overdueOnly,
			LocalDate today) {
		Specification<DropoutCase> where = within(scope);
		if (openOnly || overdueOnly) {
			where = where.and((root, q, cb) -> cb.equal(root.get("status"), "OPEN"));
		}
		if (overdueOnly) {
			where = where.and((root, q, cb) -> cb.lessThan(root.get("deadline"), today));
		}
		return where;
	}

	private List<DropoutCaseView> caseViews(List<DropoutCase> found, LocalDate today) {
		Map<Long, String> names = unitNames(found.stream().map(DropoutCase::getUnitId).toList());
		Map<Long, String> studentNames = new HashMap<>();
		students.findAllById(found.stream().map(DropoutCase::getStudentId).toList())
			.forEach(s -> studentNames.put(s.getId(), s.getName()));
		return found.stream()
			.map(c -> c.toView(studentNames.get(c.getStudentId()), names.get(c.getUnitId()), today))
			.toList();
	}

	private DropoutCase visibleCase(DataScope scope, long id) {
		return cases.findOne(this.<DropoutCase>within(scope).and(id(id))).orElseThrow(() -> new NotFound("case " + id));
	}

	@Transactional(readOnly = true)
	public CaseDetail dropoutCase(DataScope scope, long id, Locale locale) {
		DropoutCase c = visibleCase(scope, id);
		Student s = students.findById(c.getStudentId()).orElseThrow();
		List<Reason> reasons = new ArrayList<>(
				StudentRule.compulsory(s.getStage(), s.getBirthDate(), c.getOpenedOn()).reasons());
		reasons.add(new Reason(LocalParameter.DROPOUT_FOLLOW_UP_DAYS.rule(), "students.reason.deadline",
				rules.parameter(LocalParameter.DROPOUT_FOLLOW_UP_DAYS, c.getOpenedOn()).intValue()));
		return new CaseDetail(c.toView(s.getName(), unitNames(List.of(c.getUnitId())).get(c.getUnitId()), today()),
				actions.findByCaseIdOrderByActedOnAscIdAsc(id).stream().map(DropoutAction::toView).toList(),
				explain(reasons, locale));
	}

	/** Records a dated follow-up of an open case. */
	@Transactional
	public CaseDetail addAction(DataScope scope, long caseId, ActionForm form, Locale locale) {
		DropoutCase c = visibleCase(scope, caseId);
		if (form == null) {
			throw new Rejection(null, "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		checkDay(problems, "on", form.on());
		checkText(problems, "action", form.action(), 500, true);
		checkText(problems, "byPerson", form.byPerson(), 50, true);
		if (!c.open()) {
			problems.add(new Problem("status", "students.case.closed"));
		}
		if (form.on() != null && form.on().isBefore(c.getOpenedOn())) {
			problems.add(new Problem("on", "students.case.actionBeforeOpened", form.on(), c.getOpenedOn()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		actions.save(
				new DropoutAction(caseId, form.on(), form.action().strip(), form.byPerson().strip(), Actor.current()));
		audit.record(AuditAction.UPDATE, CASE, caseId, form.action().strip(),
				List.of(new Change("action", null, form.on() + " " + form.byPerson().strip())));
		return dropoutCase(scope, caseId, locale);
	}

	/**
	 * Closes an open case with its outcome; a student brought back (RETURNED) who is
	 * marked as a dropout returns to school with an event.
	 */
	@Transactional
	public CaseDetail closeCase(DataScope scope, long caseId, CloseForm form, Locale locale) {
		DropoutCase c = visibleCase(scope, caseId);
		if (form == null || form.outcome() == null) {
			throw new Rejection("outcome", "students.required");
		}
		List<Problem> problems = new ArrayList<>();
		checkDay(problems, "on", form.on());
		checkText(problems, "note", form.note(), 500, form.outcome() == CaseOutcome.OTHER);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		c.close(form.outcome(), form.on(), note, Actor.current());
		Student s = students.findById(c.getStudentId()).orElseThrow();
		if (form.outcome() == CaseOutcome.RETURNED && s.getStatus() == StudentStatus.DROPPED_OUT) {
			s.moveTo(StudentStatus.ENROLLED, form.on(), Actor.current());
			events.save(new StudentEvent(s.getId(), EventKind.RETURN, form.on(), StudentStatus.DROPPED_OUT,
					StudentStatus.ENROLLED, s.getUnitId(), null, s.getGrade(), note, Actor.current()));
		}
		audit.record(AuditAction.UPDATE, CASE, caseId, s.getName(),
				List.of(new Change("outcome", null, form.outcome().name()),
						new Change("closedOn", null, form.on().toString())));
		return dropoutCase(scope, caseId, locale);
	}

	// ---- for other modules (aid)

	/** A student of the scope as other modules may know it. */
	@Transactional(readOnly = true)
	public StudentRef ref(DataScope scope, long id) {
		return ref(visible(scope, id));
	}

	/** The students of the scope with these ids (others are left out), for lists. */
	@Transactional(readOnly = true)
	public Map<Long, StudentRef> refs(DataScope scope, Collection<Long> ids) {
		Map<Long, StudentRef> found = new HashMap<>();
		List<Long> all = List.copyOf(new HashSet<>(ids));
		for (int i = 0; i < all.size(); i += 1000) {
			List<Long> part = all.subList(i, Math.min(all.size(), i + 1000));
			students.findAll(this.<Student>within(scope).and((root, q, cb) -> root.get("id").in(part)))
				.forEach(s -> found.put(s.getId(), ref(s)));
		}
		return found;
	}

	/**
	 * The identity numbers of students of the scope, for a payment batch sent to the
	 * bank; the read is audited with its purpose.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> identityNumbers(DataScope scope, Collection<Long> ids, String purpose) {
		Map<Long, String> found = new HashMap<>();
		List<Long> all = List.copyOf(new HashSet<>(ids));
		for (int i = 0; i < all.size(); i += 1000) {
			List<Long> part = all.subList(i, Math.min(all.size(), i + 1000));
			students.findAll(this.<Student>within(scope).and((root, q, cb) -> root.get("id").in(part)))
				.forEach(s -> found.put(s.getId(), s.getIdNumber()));
		}
		audit.recordRead(STUDENT, null, purpose, List.of(new Change("students", null, String.valueOf(found.size()))));
		return found;
	}

	/**
	 * Up to {@code limit} students at school in the scope, by id (for the demo county's
	 * aid and other bulk seeding).
	 */
	@Transactional(readOnly = true)
	public List<StudentRef> enrolled(DataScope scope, int limit) {
		return students
			.findAll(
					this.<Student>within(scope)
						.and((root, q, cb) -> cb.equal(root.get("status"), StudentStatus.ENROLLED)),
					PageRequest.of(0, Math.max(1, limit), Sort.by("id")))
			.map(StudentsManagement::ref)
			.getContent();
	}

	private static StudentRef ref(Student s) {
		return new StudentRef(s.getId(), s.getName(), s.getUnitId(), s.getUnitPath(), s.getStage(), s.getGrade(),
				s.isBoarder(), s.getStatus());
	}

	// ---- checks

	private void checkDay(List<Problem> problems, String field, LocalDate day) {
		if (day == null) {
			problems.add(new Problem(field, "students.required"));
		}
		else if (day.isBefore(EARLIEST) || day.isAfter(today())) {
			problems.add(new Problem(field, "students.date.range", day));
		}
	}

	private static void checkText(List<Problem> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "students.required"));
			}
		}
		else if (value.strip().length() > max) {
			problems.add(new Problem(field, "students.tooLong", max));
		}
	}

}
