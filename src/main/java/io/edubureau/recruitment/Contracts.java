package io.edubureau.recruitment;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
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
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.recruitment.EmploymentContract.ContractView;
import io.edubureau.recruitment.EmploymentContract.EndReason;
import io.edubureau.recruitment.EmploymentContract.Kind;
import io.edubureau.recruitment.EmploymentContract.Status;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employment contracts (聘用合同, 全员聘用): signed with the probation of 事业单位人事管理条例 第十三条 (the
 * rule the recruitment hire uses), confirmed (转正), renewed, ended with a reason that
 * writes the person's status through {@link StaffManagement#end}; the list of contracts
 * ending within some days (policy rules §12) and of in-establishment staff without a
 * contract. Every change audited, every read of a person's contracts too.
 */
@Service
class Contracts {

	static final String CONTRACT = "recruitment.contract";

	static final String STEP_KIND = "CONTRACT";

	private static final Set<Status> CURRENT = EnumSet.of(Status.PROBATION, Status.IN_FORCE);

	private final ContractRepository contracts;

	private final RecruitmentStepRepository steps;

	private final PostSetting posts;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final AuditManagement audit;

	private final java.time.Clock clock;

	private final MessageSource messages;

	Contracts(ContractRepository contracts, RecruitmentStepRepository steps, PostSetting posts, OrgManagement org,
			StaffManagement staff, AuditManagement audit, ObjectProvider<java.time.Clock> clock,
			MessageSource messages) {
		this.messages = messages;
		this.contracts = contracts;
		this.steps = steps;
		this.posts = posts;
		this.org = org;
		this.staff = staff;
		this.audit = audit;
		this.clock = clock.getIfAvailable(java.time.Clock::systemDefaultZone);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	@EventListener
	void on(UnitMoved moved) {
		contracts.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	private ContractView view(EmploymentContract c) {
		return c.toView(CURRENT.contains(c.getStatus()) ? PostRules.daysLeft(today(), c.getEndsOn()) : null);
	}

	private void step(EmploymentContract c, Status from, String note) {
		steps.save(new RecruitmentStep(STEP_KIND, c.getId(), from, c.getStatus(), note, Actor.current()));
	}

	private EmploymentContract contract(DataScope scope, long id) {
		return contracts
			.findOne(posts.<EmploymentContract>within(scope).and((root, q, cb) -> cb.equal(root.get("id"), id)))
			.orElseThrow(() -> new NotFound("contract " + id));
	}

	/** A person's contracts, the latest first; the read is audited. */
	@Transactional
	List<ContractView> contracts(DataScope scope, long staffId) {
		StaffView person = staff.get(scope, staffId);
		List<ContractView> found = contracts.findByStaffIdOrderByStartsOnDesc(staffId)
			.stream()
			.map(this::view)
			.toList();
		audit.recordRead(CONTRACT, staffId, person.name(), List.of());
		return found;
	}

	@Transactional(readOnly = true)
	ContractView contractView(DataScope scope, long id) {
		return view(contract(scope, id));
	}

	@Transactional(readOnly = true)
	List<Views.StepView> history(DataScope scope, long id) {
		contract(scope, id);
		return steps.findBySubjectKindAndSubjectIdOrderByIdAsc(STEP_KIND, id)
			.stream()
			.map(RecruitmentStep::toView)
			.toList();
	}

	/**
	 * The probation of a contract: the rule of 事业单位人事管理条例 第十三条 through
	 * {@link RecruitmentRules#probation}, a contract to retirement counting as 3 years or
	 * more.
	 */
	static Views.Probation probation(Kind kind, LocalDate startsOn, LocalDate endsOn, boolean firstJob,
			Integer agreedMonths) {
		int years = kind == Kind.TO_RETIREMENT ? RecruitmentRules.PROBATION_CONTRACT_YEARS
				: Period.between(startsOn, endsOn.plusDays(1)).getYears();
		return RecruitmentRules.probation(firstJob, years, agreedMonths, startsOn);
	}

	/**
	 * Signs a contract with an in-establishment staff member who has no current one; a
	 * fixed term ends after it starts; the probation by the rule.
	 */
	@Transactional
	ContractView sign(DataScope scope, PostForms.ContractForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.staffId() == null) {
			problems.add(new Problem("staffId", "recruitment.required"));
		}
		if (form == null || form.kind() == null) {
			problems.add(new Problem("kind", "recruitment.required"));
		}
		if (form == null || form.startsOn() == null) {
			problems.add(new Problem("startsOn", "recruitment.required"));
		}
		if (form != null && form.kind() == Kind.FIXED_TERM) {
			if (form.endsOn() == null) {
				problems.add(new Problem("endsOn", "recruitment.required"));
			}
			else if (form.startsOn() != null && !form.endsOn().isAfter(form.startsOn())) {
				problems.add(new Problem("endsOn", "recruitment.contract.endBeforeStart"));
			}
		}
		if (form != null && form.probationMonths() != null
				&& (form.probationMonths() < 0 || form.probationMonths() > 12)) {
			problems.add(new Problem("probationMonths", "recruitment.probation.range"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		StaffView person = staff.get(scope, form.staffId());
		if (!org.isWithin(scope, person.unitId())) {
			throw new NotFound("staff " + form.staffId());
		}
		if (person.status() != StaffStatus.ACTIVE) {
			throw new Rejection("staffId", "recruitment.post.notActive");
		}
		if (person.employmentType() != EmploymentType.IN_ESTABLISHMENT) {
			throw new Rejection("staffId", "recruitment.contract.notInEstablishment");
		}
		List<EmploymentContract> earlier = contracts.findByStaffIdOrderByStartsOnDesc(person.id());
		if (earlier.stream().anyMatch(c -> CURRENT.contains(c.getStatus()))) {
			throw new Rejection("staffId", "recruitment.contract.current", person.name());
		}
		LocalDate endsOn = form.kind() == Kind.TO_RETIREMENT ? null : form.endsOn();
		for (EmploymentContract c : earlier) {
			if (overlaps(c, form.startsOn(), endsOn)) {
				throw new Rejection("startsOn", "recruitment.contract.overlap", person.name(), c.getId(),
						c.getStartsOn().toString(), String.valueOf(lastDay(c)));
			}
		}
		Views.Probation probation = probation(form.kind(), form.startsOn(), endsOn,
				Boolean.TRUE.equals(form.firstJob()), form.probationMonths());
		if (endsOn != null && probation.end() != null && probation.end().isAfter(endsOn)) {
			throw new Rejection("probationMonths", "recruitment.probation.beyondTerm", probation.end().toString(),
					endsOn.toString());
		}
		EmploymentContract c = contracts.save(new EmploymentContract(person.id(), person.name(), person.unitId(),
				org.pathOf(person.unitId()).orElseThrow(), form.kind(), form.startsOn(), endsOn, form.postGrade(),
				probation.months(), probation.end(), null, Actor.current()));
		step(c, null, null);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("staffId", person.id());
		values.put("kind", c.getKind());
		values.put("startsOn", c.getStartsOn());
		values.put("endsOn", c.getEndsOn());
		values.put("postGrade", c.getPostGrade());
		values.put("probationMonths", probation.months());
		values.put("probationEnd", probation.end());
		audit.record(AuditAction.CREATE, CONTRACT, c.getId(), person.name(), Change.created(values));
		return view(c);
	}

	/**
	 * The last day a contract ran or runs: the day it ended, else its end (null: to
	 * retirement).
	 */
	private static LocalDate lastDay(EmploymentContract c) {
		return c.getStatus() == Status.ENDED ? c.getEndedOn() : c.getEndsOn();
	}

	/**
	 * Whether an earlier contract's days meet the days from start to end (null: open).
	 */
	static boolean overlaps(EmploymentContract c, LocalDate startsOn, LocalDate endsOn) {
		LocalDate last = lastDay(c);
		boolean startsBeforeItsEnd = last == null || !startsOn.isAfter(last);
		boolean endsAfterItsStart = endsOn == null || !endsOn.isBefore(c.getStartsOn());
		return startsBeforeItsEnd && endsAfterItsStart;
	}

	/**
	 * The contract text (事业单位聘用合同书) as DOCX; the identity number in full only for those
	 * who may see it; the read is audited.
	 */
	@Transactional
	byte[] document(DataScope scope, long id) {
		EmploymentContract c = contract(scope, id);
		StaffView person = staff.get(scope, c.getStaffId());
		String unitName = org.byIds(List.of(c.getUnitId())).get(c.getUnitId()).name();
		boolean reveal = RecruitmentApiController.revealsSensitive();
		java.util.Locale zh = java.util.Locale.SIMPLIFIED_CHINESE;
		String sex = person.sex() == null ? "" : messages.getMessage("enum.Sex." + person.sex().name(), null, "", zh);
		String post = c.getPostGrade() != null
				? messages.getMessage("enum.PostGrade." + c.getPostGrade().name(), null, c.getPostGrade().name(), zh)
				: person.postCategory() == null ? ""
						: messages.getMessage("enum.PostCategory." + person.postCategory().name(), null, "", zh);
		audit.recordRead(CONTRACT, c.getId(), c.getStaffName(), List.of(new Change("contractText", null, "docx")));
		return ContractText.docx(view(c), new ContractText.Parties(unitName,
				reveal ? person.idNumber() : io.edubureau.platform.Masking.idNumber(person.idNumber()), sex, post));
	}

	/**
	 * The contract of a hire through a recruitment round: fixed term of the years agreed;
	 * none when the person (hired again) still has a current one.
	 */
	@Transactional
	ContractView signAtHire(DataScope scope, long staffId, LocalDate hiredOn, int contractYears, boolean firstJob,
			Integer probationMonths) {
		if (contracts.findByStaffIdOrderByStartsOnDesc(staffId)
			.stream()
			.anyMatch(c -> CURRENT.contains(c.getStatus()))) {
			return null;
		}
		return sign(scope, new PostForms.ContractForm(staffId, Kind.FIXED_TERM, hiredOn,
				hiredOn.plusYears(contractYears).minusDays(1), null, firstJob, probationMonths));
	}

	/** Confirmation (转正): from the day after the probation's last day. */
	@Transactional
	ContractView confirm(DataScope scope, long id, PostForms.ConfirmForm form) {
		EmploymentContract c = contract(scope, id);
		LocalDate on = form == null || form.on() == null ? today() : form.on();
		if (c.getStatus() != Status.PROBATION) {
			throw transition(c.getStatus(), Status.IN_FORCE);
		}
		if (!on.isAfter(c.getProbationEnd())) {
			throw new Rejection("on", "recruitment.contract.confirmEarly", c.getProbationEnd().toString());
		}
		if (on.isAfter(today())) {
			throw new Rejection("on", "recruitment.contract.future");
		}
		Status before = c.getStatus();
		c.confirm(on, Actor.current());
		step(c, before, on.toString());
		audit.record(AuditAction.UPDATE, CONTRACT, c.getId(), c.getStaffName(),
				List.of(new Change("status", before.name(), c.getStatus().name()),
						new Change("confirmedOn", null, on.toString())));
		return view(c);
	}

	private static Rejection transition(Status from, Status to) {
		return new Rejection("status", "recruitment.contract.transition",
				RecruitmentRules.label("enum.ContractStatus." + from.name()),
				RecruitmentRules.label("enum.ContractStatus." + to.name()));
	}

	/**
	 * Renews a fixed-term contract in force: a new contract from the day after it ends,
	 * without probation, and the old one RENEWED.
	 */
	@Transactional
	ContractView renew(DataScope scope, long id, PostForms.RenewForm form) {
		EmploymentContract c = contract(scope, id);
		if (c.getStatus() != Status.IN_FORCE || c.getKind() != Kind.FIXED_TERM) {
			throw transition(c.getStatus(), Status.RENEWED);
		}
		Kind kind = form == null || form.kind() == null ? Kind.FIXED_TERM : form.kind();
		LocalDate startsOn = c.getEndsOn().plusDays(1);
		if (kind == Kind.FIXED_TERM && (form == null || form.endsOn() == null)) {
			throw new Rejection("endsOn", "recruitment.required");
		}
		if (kind == Kind.FIXED_TERM && !form.endsOn().isAfter(startsOn)) {
			throw new Rejection("endsOn", "recruitment.contract.endBeforeStart");
		}
		Status before = c.getStatus();
		c.renewed(Actor.current());
		step(c, before, null);
		EmploymentContract next = contracts.save(new EmploymentContract(c.getStaffId(), c.getStaffName(), c.getUnitId(),
				c.getUnitPath(), kind, startsOn, kind == Kind.TO_RETIREMENT ? null : form.endsOn(), c.getPostGrade(), 0,
				null, c.getId(), Actor.current()));
		step(next, null, "renewal of " + c.getId());
		audit.record(AuditAction.UPDATE, CONTRACT, c.getId(), c.getStaffName(),
				List.of(new Change("status", before.name(), c.getStatus().name()),
						new Change("renewedBy", null, String.valueOf(next.getId()))));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("previous", c.getId());
		values.put("kind", kind);
		values.put("startsOn", startsOn);
		values.put("endsOn", next.getEndsOn());
		audit.record(AuditAction.CREATE, CONTRACT, next.getId(), c.getStaffName(), Change.created(values));
		return view(next);
	}

	/**
	 * Ends a current contract on a day (not after today, possibly before a renewal has
	 * begun) with a reason; the person becomes LEFT in staff (unless the contract ends by
	 * retirement, which the retirement module records) and their post closes that day.
	 */
	@Transactional
	ContractView end(DataScope scope, long id, PostForms.EndForm form) {
		EmploymentContract c = contract(scope, id);
		List<Problem> problems = new ArrayList<>();
		if (form == null || form.reason() == null) {
			problems.add(new Problem("reason", "recruitment.required"));
		}
		if (form == null || form.on() == null) {
			problems.add(new Problem("on", "recruitment.required"));
		}
		else if (form.on().isAfter(today())) {
			// A renewal not yet begun may end too (it then never takes effect).
			problems.add(new Problem("on", "recruitment.contract.future"));
		}
		if (form != null && form.note() != null && form.note().length() > 200) {
			problems.add(new Problem("note", "recruitment.note.size"));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (!CURRENT.contains(c.getStatus())) {
			throw transition(c.getStatus(), Status.ENDED);
		}
		Status before = c.getStatus();
		c.end(form.on(), form.reason(), form.note(), Actor.current());
		step(c, before, form.reason().name());
		audit.record(AuditAction.UPDATE, CONTRACT, c.getId(), c.getStaffName(),
				List.of(new Change("status", before.name(), c.getStatus().name()),
						new Change("endedOn", null, form.on().toString()),
						new Change("endReason", null, form.reason().name())));
		posts.closeCurrent(c.getStaffId(), form.on());
		if (form.reason() != EndReason.RETIREMENT) {
			StaffView person = staff.get(scope, c.getStaffId());
			if (person.status() == StaffStatus.ACTIVE) {
				staff.end(scope, person.id(), StaffStatus.LEFT, form.on(),
						"contract " + c.getId() + " ended: " + form.reason().name());
			}
		}
		return view(c);
	}

	/**
	 * Current fixed-term contracts of the scope ending within the days given (the last
	 * day counts), the soonest first.
	 */
	@Transactional(readOnly = true)
	List<ContractView> expiring(DataScope scope, int days) {
		LocalDate today = today();
		return contracts
			.findAll(posts.<EmploymentContract>within(scope)
				.and((root, q, cb) -> root.get("status").in(CURRENT))
				.and((root, q, cb) -> cb.between(root.get("endsOn"), today, today.plusDays(days))))
			.stream()
			.sorted(Comparator.comparing(EmploymentContract::getEndsOn).thenComparing(EmploymentContract::getId))
			.map(this::view)
			.toList();
	}

	/** Current contracts of the scope. */
	@Transactional(readOnly = true)
	long countCurrent(DataScope scope) {
		return contracts
			.count(posts.<EmploymentContract>within(scope).and((root, q, cb) -> root.get("status").in(CURRENT)));
	}

	/** Contracts of the scope signed in a year (renewals included). */
	@Transactional(readOnly = true)
	List<ContractView> signedIn(DataScope scope, int year) {
		return contracts
			.findAll(posts.<EmploymentContract>within(scope)
				.and((root, q, cb) -> cb.between(root.get("startsOn"), LocalDate.of(year, 1, 1),
						LocalDate.of(year, 12, 31))))
			.stream()
			.sorted(Comparator.comparing(EmploymentContract::getStartsOn).thenComparing(EmploymentContract::getId))
			.map(this::view)
			.toList();
	}

	/** Active in-establishment staff of the scope without a current contract, by name. */
	@Transactional(readOnly = true)
	List<StaffView> missing(DataScope scope) {
		Set<Long> covered = new HashSet<>();
		contracts.findAll(posts.<EmploymentContract>within(scope).and((root, q, cb) -> root.get("status").in(CURRENT)))
			.forEach(c -> covered.add(c.getStaffId()));
		List<StaffView> found = new ArrayList<>();
		StaffFilter filter = new StaffFilter(null, null, null, null, null, null, EmploymentType.IN_ESTABLISHMENT,
				StaffStatus.ACTIVE, null, null);
		int page = 0;
		Page<StaffView> batch;
		do {
			batch = staff.search(scope, filter, PageRequest.of(page++, 500, Sort.by("id")));
			batch.forEach(p -> {
				if (!covered.contains(p.id())) {
					found.add(p);
				}
			});
		}
		while (batch.hasNext());
		return found;
	}

	/** The reason shown with a contract's days left. */
	static Reason daysReason(ContractView c) {
		return new Reason(PolicyRule.EMPLOYMENT_CONTRACT, "recruitment.reason.contract.daysLeft", c.endsOn(),
				c.daysLeft());
	}

}
