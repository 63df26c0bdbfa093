package io.edubureau.party;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitMoved;
import io.edubureau.platform.Actor;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.LocalParameter;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;
import io.edubureau.staff.PoliticalStatus;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The members' own records of the party module: the annual democratic appraisal (民主评议党员)
 * with the follow-up of 不合格, and the monthly dues (党费) with the arrears. Scoped by the
 * record's copied unit path like the rest of the module; every change audited, every read
 * of dues amounts (income) audited.
 */
@Service
class MemberRecords {

	static final String APPRAISAL = "party.appraisal";

	static final String DUES = "party.dues";

	private static final int PAGE = 1000;

	private final PartyManagement party;

	private final AppraisalRepository appraisals;

	private final AppraisalStepRepository steps;

	private final DuesRepository dues;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final RulesManagement rules;

	private final AuditManagement audit;

	private final EntityManager em;

	private final TransactionTemplate ownTransaction;

	MemberRecords(PartyManagement party, AppraisalRepository appraisals, AppraisalStepRepository steps,
			DuesRepository dues, OrgManagement org, StaffManagement staff, RulesManagement rules, AuditManagement audit,
			EntityManager em, PlatformTransactionManager transactions) {
		this.em = em;
		// The roster is refreshed in its own transaction: the figure book reads inside a
		// read-only one.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.party = party;
		this.appraisals = appraisals;
		this.steps = steps;
		this.dues = dues;
		this.org = org;
		this.staff = staff;
		this.rules = rules;
		this.audit = audit;
	}

	@EventListener
	void on(UnitMoved moved) {
		appraisals.moveUnitPaths(moved.oldPath(), moved.newPath());
		dues.moveUnitPaths(moved.oldPath(), moved.newPath());
		em.createQuery("update PartyRosterMember x set x.unitPath = concat(:newPrefix, substring(x.unitPath,"
				+ " length(:oldPrefix) + 1)) where x.unitPath like concat(:oldPrefix, '%')")
			.setParameter("newPrefix", moved.newPath())
			.setParameter("oldPrefix", moved.oldPath())
			.executeUpdate();
	}

	static boolean member(StaffView p) {
		return p.politicalStatus() == PoliticalStatus.PARTY_MEMBER
				|| p.politicalStatus() == PoliticalStatus.PROBATIONARY_MEMBER;
	}

	private StaffView memberInScope(DataScope scope, Long staffId) {
		if (staffId == null) {
			throw new Rejection("staffId", "party.required");
		}
		StaffView p = staff.get(scope, staffId);
		if (!member(p)) {
			throw new Rejection("staffId", "party.member.notMember", p.name());
		}
		return p;
	}

	// ---- democratic appraisal

	/** The appraisals of a year in scope, optionally of one organisation. */
	@Transactional(readOnly = true)
	List<AppraisalView> appraisals(DataScope scope, int year, Long organisationId) {
		List<MemberAppraisal> found = appraisals.findAll(appraisalsWhere(scope, year, organisationId),
				Sort.by("organisationId", "personName", "id"));
		Map<Long, String> names = party
			.organisationNamesOf(found.stream().map(MemberAppraisal::getOrganisationId).toList());
		return found.stream().map(a -> a.toView(names.get(a.getOrganisationId()))).toList();
	}

	/** One page of {@link #appraisals(DataScope, int, Long)}, paged in the query. */
	@Transactional(readOnly = true)
	Page<AppraisalView> appraisals(DataScope scope, int year, Long organisationId, int page, int size) {
		Page<MemberAppraisal> found = appraisals.findAll(appraisalsWhere(scope, year, organisationId), Paging
			.request(page, size, PartyManagement.MAX_PAGE_SIZE, Sort.by("organisationId", "personName", "id")));
		Map<Long, String> names = party
			.organisationNamesOf(found.getContent().stream().map(MemberAppraisal::getOrganisationId).toList());
		return found.map(a -> a.toView(names.get(a.getOrganisationId())));
	}

	private Specification<MemberAppraisal> appraisalsWhere(DataScope scope, int year, Long organisationId) {
		Specification<MemberAppraisal> spec = party.<MemberAppraisal>within(scope)
			.and((root, q, cb) -> cb.equal(root.get("year"), year));
		if (organisationId != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("organisationId"), organisationId));
		}
		return spec;
	}

	private MemberAppraisal appraisal0(DataScope scope, long id) {
		return appraisals
			.findOne(party.<MemberAppraisal>within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("appraisal " + id));
	}

	@Transactional(readOnly = true)
	AppraisalView appraisal(DataScope scope, long id) {
		MemberAppraisal a = appraisal0(scope, id);
		return a.toView(party.organisationNamesOf(List.of(a.getOrganisationId())).get(a.getOrganisationId()));
	}

	/**
	 * The branch's grade of a member for a year, with the mutual-assessment tallies; one
	 * per member and year. 不合格 opens the follow-up.
	 */
	@Transactional
	AppraisalView grade(DataScope scope, PartyForms.AppraisalForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.organisationId() == null) {
			problems.add(new Problem("organisationId", "party.required"));
		}
		if (form.year() == null) {
			problems.add(new Problem("year", "party.required"));
		}
		else if (form.year() < 2000 || form.year() > 2100) {
			problems.add(new Problem("year", "party.appraisal.yearRange", Integer.toString(form.year())));
		}
		if (form.grade() == null) {
			problems.add(new Problem("grade", "party.required"));
		}
		if (form.gradedOn() == null) {
			problems.add(new Problem("gradedOn", "party.required"));
		}
		Integer[] given = { form.excellent(), form.qualified(), form.basicallyQualified(), form.unqualified() };
		String[] names = { "excellent", "qualified", "basicallyQualified", "unqualified" };
		int[] tallies = new int[4];
		for (int i = 0; i < 4; i++) {
			if (given[i] == null) {
				tallies[i] = 0;
			}
			else if (given[i] < 0 || given[i] > 10_000) {
				problems.add(new Problem(names[i], "party.appraisal.tally", given[i]));
			}
			else {
				tallies[i] = given[i];
			}
		}
		String self = form.selfAssessment() == null || form.selfAssessment().isBlank() ? null
				: form.selfAssessment().strip();
		if (self != null && self.length() > 1000) {
			problems.add(new Problem("selfAssessment", "party.tooLong", 1000));
		}
		if (form.year() != null && form.gradedOn() != null && form.gradedOn().getYear() < form.year()) {
			problems.add(new Problem("gradedOn", "party.appraisal.gradedBeforeYear", form.gradedOn().toString(),
					Integer.toString(form.year())));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		OrganisationView branch = party.organisation(scope, form.organisationId());
		StaffView p = memberInScope(scope, form.staffId());
		if (appraisals.findByStaffIdAndYear(p.id(), form.year()).isPresent()) {
			throw new Rejection("staffId", "party.appraisal.twice", p.name(), Integer.toString(form.year()));
		}
		String path = org.pathOf(p.unitId()).orElseThrow();
		MemberAppraisal a = appraisals.save(new MemberAppraisal(branch.id(), p.unitId(), path, p.id(), p.name(),
				form.year(), self, tallies, form.grade(), form.gradedOn(), Actor.current()));
		if (a.getFollowUp() != null) {
			steps.save(a.step(null, form.gradedOn(), null, Actor.current()));
		}
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("organisation", branch.name());
		created.put("person", p.name());
		created.put("year", form.year());
		created.put("grade", form.grade().name());
		created.put("tallies", tallies[0] + "/" + tallies[1] + "/" + tallies[2] + "/" + tallies[3]);
		audit.record(AuditAction.CREATE, APPRAISAL, a.getId(), p.name() + " " + form.year(), Change.created(created));
		return a.toView(branch.name());
	}

	/**
	 * A step of a 不合格 member's follow-up: CORRECTING (with the deadline, at most
	 * {@code party.correctionMaxMonths} after the day), then CORRECTED or
	 * PERSUADED_TO_WITHDRAW on the deadline or later, then REMOVED.
	 */
	@Transactional
	AppraisalView followUp(DataScope scope, long id, PartyForms.FollowUpForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.step() == null) {
			problems.add(new Problem("step", "party.required"));
		}
		if (form.on() == null) {
			problems.add(new Problem("on", "party.required"));
		}
		String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
		if (note != null && note.length() > 500) {
			problems.add(new Problem("note", "party.tooLong", 500));
		}
		if (form.step() == FollowUp.CORRECTING && form.until() == null) {
			problems.add(new Problem("until", "party.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		MemberAppraisal a = appraisal0(scope, id);
		FollowUp from = a.getFollowUp();
		if (from == null) {
			throw new Rejection("step", "party.appraisal.noFollowUp", a.getPersonName());
		}
		if (form.on().isBefore(a.getGradedOn())) {
			throw new Rejection("on", "party.appraisal.beforeLastStep", form.on().toString(),
					a.getGradedOn().toString());
		}
		switch (form.step()) {
			case CORRECTING -> {
				int months = rules.parameter(LocalParameter.PARTY_CORRECTION_MAX_MONTHS, form.on()).intValue();
				LocalDate latest = form.on().plusMonths(months);
				if (!form.until().isAfter(form.on()) || form.until().isAfter(latest)) {
					throw new Rejection("until", "party.appraisal.correctionPeriod", form.until().toString(),
							form.on().toString(), months, latest.toString());
				}
				a.correction(form.on(), form.until(), note);
			}
			case CORRECTED, PERSUADED_TO_WITHDRAW -> a.conclude(form.step(), form.on(), note);
			case REMOVED -> a.remove(form.on(), note);
			default -> throw new Rejection("step", "party.appraisal.outcome");
		}
		steps.save(a.step(from, form.on(), note, Actor.current()));
		audit.record(AuditAction.UPDATE, APPRAISAL, a.getId(), a.getPersonName() + " " + a.getYear(),
				List.of(new Change("followUp", String.valueOf(from), a.getFollowUp().name())));
		return a.toView(party.organisationNamesOf(List.of(a.getOrganisationId())).get(a.getOrganisationId()));
	}

	/** Appraisals of a year by grade in scope, for the figures. */
	Map<AppraisalGrade, List<AppraisalView>> byGrade(DataScope scope, int year) {
		Map<AppraisalGrade, List<AppraisalView>> found = new EnumMap<>(AppraisalGrade.class);
		for (AppraisalGrade g : AppraisalGrade.values()) {
			found.put(g, new ArrayList<>());
		}
		appraisals(scope, year, null).forEach(a -> found.get(a.grade()).add(a));
		return found;
	}

	// ---- dues

	/** The dues a base gives, with the reason (for the form's preview and the API). */
	DuesRule.Due due(long baseFen, boolean retired) {
		return DuesRule.decide(baseFen, retired);
	}

	/**
	 * Records a month's dues paid by a member: the due amount from the base by the rule;
	 * less than it is refused (少交 needs the higher committee's approval, not recorded
	 * here).
	 */
	@Transactional
	DuesView pay(DataScope scope, PartyForms.DuesForm form) {
		List<Problem> problems = new ArrayList<>();
		YearMonth month = null;
		if (form.month() == null || !form.month().strip().matches("\\d{4}-\\d{2}")) {
			problems.add(new Problem("month", "party.dues.month", String.valueOf(form.month())));
		}
		else {
			try {
				month = YearMonth.parse(form.month().strip());
				if (month.getYear() < 2000 || month.getYear() > 2100) {
					problems.add(new Problem("month", "party.dues.month", form.month()));
				}
			}
			catch (java.time.format.DateTimeParseException ex) {
				problems.add(new Problem("month", "party.dues.month", form.month()));
			}
		}
		if (form.baseFen() == null || form.baseFen() < 0 || form.baseFen() > 100_000_000L) {
			problems.add(new Problem("baseFen", "party.dues.amount", String.valueOf(form.baseFen())));
		}
		if (form.paidFen() == null || form.paidFen() < 0 || form.paidFen() > 100_000_000L) {
			problems.add(new Problem("paidFen", "party.dues.amount", String.valueOf(form.paidFen())));
		}
		if (form.paidOn() == null) {
			problems.add(new Problem("paidOn", "party.required"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView p = memberInScope(scope, form.staffId());
		int key = month.getYear() * 100 + month.getMonthValue();
		if (dues.findByStaffIdAndMonth(p.id(), key).isPresent()) {
			throw new Rejection("month", "party.dues.twice", p.name(), month.toString());
		}
		boolean retired = Boolean.TRUE.equals(form.retired());
		DuesRule.Due due = DuesRule.decide(form.baseFen(), retired);
		if (form.paidFen() < due.dueFen()) {
			throw new Rejection("paidFen", "party.dues.short", DuesRule.yuan(form.paidFen()),
					DuesRule.yuan(due.dueFen()), DuesRule.yuan(form.baseFen()), DuesRule.percent(due.basisPoints()));
		}
		String path = org.pathOf(p.unitId()).orElseThrow();
		PartyDues d = dues.save(new PartyDues(p.id(), p.name(), p.unitId(), path, key, retired, form.baseFen(),
				due.dueFen(), form.paidFen(), form.paidOn(), Actor.current()));
		audit.record(AuditAction.CREATE, DUES, d.getId(), p.name() + " " + month,
				Change.created(Map.of("month", month.toString(), "dueFen", due.dueFen(), "paidFen", form.paidFen())));
		return d.toView();
	}

	/**
	 * A member's dues, latest month first; amounts follow income, so the read is audited.
	 */
	@Transactional
	List<DuesView> duesOf(DataScope scope, long staffId) {
		StaffView p = staff.get(scope, staffId);
		List<DuesView> found = dues.findByStaffIdOrderByMonthDesc(p.id()).stream().map(PartyDues::toView).toList();
		audit.record(AuditAction.READ, DUES, p.id(), p.name(), List.of());
		return found;
	}

	/** The Party members among the active staff in scope. */
	List<StaffView> members(DataScope scope) {
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		List<StaffView> found = new ArrayList<>();
		List<StaffView> p;
		long last = 0;
		do {
			p = staff.searchAfter(scope, active, last, PAGE);
			p.stream().filter(MemberRecords::member).forEach(found::add);
			last = p.isEmpty() ? last : p.get(p.size() - 1).id();
		}
		while (p.size() == PAGE);
		return found;
	}

	/**
	 * Members in scope with unpaid months in the year up to the month (from the month
	 * they joined, when later than January), with the unpaid months in a row up to it;
	 * that run reaching {@code party.duesLapseMonths} (连续6个月) calls for lapse handling.
	 */
	@Transactional(readOnly = true)
	List<DuesArrears> arrears(DataScope scope, YearMonth upTo) {
		return arrears(scope, upTo, Pageable.unpaged()).getContent();
	}

	/**
	 * The arrears paged in the query: the roster's members in scope with fewer months
	 * paid than due since January (or since joining), the roster first refreshed from
	 * staff.
	 */
	@Transactional(readOnly = true)
	Page<DuesArrears> arrears(DataScope scope, YearMonth upTo, Pageable pageable) {
		ownTransaction.executeWithoutResult(t -> refreshRoster(scope));
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<Long> counting = cb.createQuery(Long.class);
		Root<PartyRosterMember> c = counting.from(PartyRosterMember.class);
		counting.select(cb.count(c)).where(owing(scope, upTo, c, counting, cb));
		long total = em.createQuery(counting).getSingleResult();
		CriteriaQuery<PartyRosterMember> select = cb.createQuery(PartyRosterMember.class);
		Root<PartyRosterMember> r = select.from(PartyRosterMember.class);
		select.where(owing(scope, upTo, r, select, cb)).orderBy(cb.asc(r.get("staffId")));
		TypedQuery<PartyRosterMember> query = em.createQuery(select);
		if (pageable.isPaged()) {
			query.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize());
		}
		return new PageImpl<>(details(query.getResultList(), upTo), pageable, total);
	}

	// Owing: active, joined by the month, and fewer paid months since max(January,
	// joining) than months.
	private jakarta.persistence.criteria.Predicate owing(DataScope scope, YearMonth upTo, Root<PartyRosterMember> r,
			CriteriaQuery<?> q, CriteriaBuilder cb) {
		int january = upTo.getYear() * 100 + 1;
		int to = key(upTo);
		Expression<Integer> joined = r.get("joinedMonth");
		Expression<Integer> from = cb.<Integer>selectCase()
			.when(cb.gt(joined, cb.literal(january)), joined)
			.otherwise(cb.literal(january));
		Subquery<Long> paid = q.subquery(Long.class);
		Root<PartyDues> d = paid.from(PartyDues.class);
		paid.select(cb.count(d))
			.where(cb.equal(d.get("staffId"), r.get("staffId")),
					cb.between(d.<Integer>get("month"), from, cb.literal(to)));
		return cb.and(party.<PartyRosterMember>within(scope).toPredicate(r, q, cb), cb.isTrue(r.get("active")),
				cb.le(from, cb.literal(to)), cb.lt(paid, cb.diff(cb.literal(to + 1), from)));
	}

	// Copies the Party members among the active staff in scope; a member no longer one is
	// marked inactive.
	private void refreshRoster(DataScope scope) {
		List<StaffView> current = members(scope);
		CriteriaBuilder cb = em.getCriteriaBuilder();
		CriteriaQuery<PartyRosterMember> q = cb.createQuery(PartyRosterMember.class);
		Root<PartyRosterMember> r = q.from(PartyRosterMember.class);
		q.where(party.<PartyRosterMember>within(scope).toPredicate(r, q, cb));
		Map<Long, PartyRosterMember> kept = new HashMap<>();
		em.createQuery(q).getResultList().forEach(x -> kept.put(x.getStaffId(), x));
		Map<Long, String> paths = new HashMap<>();
		org.byIds(new HashSet<>(current.stream().map(StaffView::unitId).toList()))
			.forEach((id, u) -> paths.put(id, u.path()));
		for (StaffView m : current) {
			PartyRosterMember x = kept.remove(m.id());
			boolean fresh = false;
			if (x == null) {
				x = em.find(PartyRosterMember.class, m.id());
			}
			if (x == null) {
				x = new PartyRosterMember(m.id());
				fresh = true;
			}
			x.copy(m.name(), m.unitId(), paths.get(m.unitId()),
					m.partyJoinDate() == null ? 0 : key(YearMonth.from(m.partyJoinDate())));
			if (fresh) {
				em.persist(x);
			}
		}
		kept.values().forEach(PartyRosterMember::leave);
	}

	// The unpaid months and the run for the rows of one page.
	private List<DuesArrears> details(List<PartyRosterMember> members, YearMonth upTo) {
		int lapseMonths = rules.parameter(LocalParameter.PARTY_DUES_LAPSE_MONTHS, upTo.atEndOfMonth()).intValue();
		YearMonth lookFrom = YearMonth.of(upTo.getYear(), 1).minusMonths(lapseMonths);
		Map<Long, Set<Integer>> paid = new HashMap<>();
		List<Long> ids = members.stream().map(PartyRosterMember::getStaffId).toList();
		for (int i = 0; i < ids.size(); i += PAGE) {
			List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + PAGE));
			for (Object[] row : dues.paidMonths(chunk, key(lookFrom), key(upTo))) {
				paid.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add(((Number) row[1]).intValue());
			}
		}
		Map<Long, String> unitNames = new HashMap<>();
		org.byIds(new HashSet<>(members.stream().map(PartyRosterMember::getUnitId).toList()))
			.forEach((id, u) -> unitNames.put(id, u.name()));
		List<DuesArrears> found = new ArrayList<>();
		for (PartyRosterMember m : members) {
			YearMonth joined = m.getJoinedMonth() == 0 ? null
					: YearMonth.of(m.getJoinedMonth() / 100, m.getJoinedMonth() % 100);
			Set<Integer> months = paid.getOrDefault(m.getStaffId(), Set.of());
			List<String> unpaid = new ArrayList<>();
			for (YearMonth x = YearMonth.of(upTo.getYear(), 1); !x.isAfter(upTo); x = x.plusMonths(1)) {
				if ((joined == null || !x.isBefore(joined)) && !months.contains(key(x))) {
					unpaid.add(x.toString());
				}
			}
			int run = 0;
			for (YearMonth x = upTo; !x.isBefore(lookFrom) && (joined == null || !x.isBefore(joined))
					&& !months.contains(key(x)); x = x.minusMonths(1)) {
				run++;
			}
			boolean lapse = run >= lapseMonths;
			List<Reason> reasons = List
				.of(new Reason(PolicyRule.PARTY_DUES, lapse ? "party.dues.lapse" : "party.dues.unpaidReason",
						unpaid.size(), upTo.toString(), run, lapseMonths));
			found.add(new DuesArrears(m.getStaffId(), m.getPersonName(), m.getUnitId(), unitNames.get(m.getUnitId()),
					List.copyOf(unpaid), run, lapse, reasons));
		}
		return found;
	}

	/** Whether any dues of the year are kept in scope (the arrears figure needs them). */
	boolean duesKept(DataScope scope, int year) {
		int from = year * 100 + 1;
		int to = year * 100 + 12;
		return dues
			.count(party.<PartyDues>within(scope).and((root, q, cb) -> cb.between(root.get("month"), from, to))) > 0;
	}

	/**
	 * The arrears the figure counts: members of the units that keep dues here in the
	 * year, so a school that does not record dues here shows no false arrears.
	 */
	@Transactional(readOnly = true)
	List<DuesArrears> arrearsWhereKept(DataScope scope, YearMonth upTo) {
		Set<Long> keeping = new HashSet<>(dues.unitsPaying(upTo.getYear() * 100 + 1, upTo.getYear() * 100 + 12));
		return arrears(scope, upTo).stream().filter(a -> keeping.contains(a.unitId())).toList();
	}

	static int key(YearMonth m) {
		return m.getYear() * 100 + m.getMonthValue();
	}

}
