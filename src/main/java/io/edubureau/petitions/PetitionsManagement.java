package io.edubureau.petitions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.ScopeKind;
import io.edubureau.org.UnitMoved;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Actor;
import io.edubureau.platform.Masking;
import io.edubureau.platform.NotFound;
import io.edubureau.platform.Paging;
import io.edubureau.platform.Rejection;
import io.edubureau.platform.Rejection.Problem;
import io.edubureau.rules.PeriodEnd;
import io.edubureau.rules.PetitionDeadlines;
import io.edubureau.rules.PolicyRule;
import io.edubureau.rules.Reason;
import io.edubureau.rules.RulesManagement;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions' public face. Every call takes the caller's {@link DataScope}, applied to the
 * unit responsible; a petition of a unit outside it is not found (404), exactly like a
 * missing one. Every change is audited in its transaction, every unmasked read of a
 * petitioner too. Deadlines come from {@code rules} (policy rules §12).
 */
@Service
public class PetitionsManagement {

	// No petition in the register predates the 2022 条例 by much; older dates are typos.
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** Days ahead within which an open deadline is listed as approaching. */
	static final int APPROACHING_DAYS = 3;

	/** 信访工作条例 第二十三条: 5 working days to object to a wrong transfer. */
	static final int OBJECTION_WORKING_DAYS = 5;

	/** 信访工作条例 第三十五条、第三十六条: 30 days to request, 30 days to decide. */
	static final int REVIEW_DAYS = 30;

	static final String ENTITY = "petitions.petition";

	private final PetitionRepository petitions;

	private final PetitionStepRepository steps;

	private final OrgManagement org;

	private final RulesManagement rules;

	private final AuditManagement audit;

	PetitionsManagement(PetitionRepository petitions, PetitionStepRepository steps, OrgManagement org,
			RulesManagement rules, AuditManagement audit) {
		this.petitions = petitions;
		this.steps = steps;
		this.org = org;
		this.rules = rules;
		this.audit = audit;
	}

	// ---- scope

	/**
	 * The data scope as a predicate on the unit responsible (its id for a one-unit scope,
	 * its copied tree path below a unit); fail-closed.
	 */
	Specification<Petition> within(DataScope scope) {
		if (scope.kind() == ScopeKind.ALL) {
			return (root, q, cb) -> cb.conjunction();
		}
		if (scope.kind() == ScopeKind.SELF || scope.unitId() == null) {
			return (root, q, cb) -> cb.disjunction();
		}
		if (scope.kind() == ScopeKind.UNIT) {
			return (root, q, cb) -> cb.equal(root.get("unitId"), scope.unitId());
		}
		String path = org.pathOf(scope.unitId()).orElse(null);
		return path == null ? (root, q, cb) -> cb.disjunction()
				: (root, q, cb) -> cb.like(root.get("unitPath"), path + "%");
	}

	private static Specification<Petition> between(String attribute, LocalDate from, LocalDate to) {
		return (root, q, cb) -> cb.between(root.get(attribute), from, to);
	}

	private static Specification<Petition> id(long id) {
		return (root, q, cb) -> cb.equal(root.get("id"), id);
	}

	@EventListener
	void on(UnitMoved moved) {
		petitions.moveUnitPaths(moved.oldPath(), moved.newPath());
	}

	/** Units of the scope a petition may concern, the bureau's own included. */
	@Transactional(readOnly = true)
	public List<UnitView> units(DataScope scope) {
		return org.listAll(scope, new io.edubureau.org.UnitFilter(null, null, null, null, null,
				io.edubureau.org.UnitStatus.ACTIVE, null));
	}

	// ---- registration

	/**
	 * Registers a petition for a unit in the scope; its acceptance deadline (15 days,
	 * policy rules §12) and, when it was transferred to the unit, the deadline of an
	 * objection (5 working days) are counted now.
	 */
	@Transactional
	public PetitionView register(DataScope scope, PetitionForm form) {
		if (form == null) {
			throw new Rejection(null, "petitions.required");
		}
		List<Problem> problems = new ArrayList<>();
		UnitView unit = null;
		if (form.unitId() == null) {
			problems.add(new Problem("unitId", "petitions.required"));
		}
		else {
			unit = org.get(scope, form.unitId());
		}
		if (form.channel() == null) {
			problems.add(new Problem("channel", "petitions.required"));
		}
		if (form.category() == null) {
			problems.add(new Problem("category", "petitions.required"));
		}
		String subject = text(problems, "subject", form.subject(), 200, true);
		String matter = text(problems, "matter", form.matter(), 4000, true);
		String name = text(problems, "petitionerName", form.petitionerName(), 50, true);
		String phone = text(problems, "petitionerPhone", form.petitionerPhone(), 20, false);
		if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
			problems.add(new Problem("petitionerPhone", "petitions.phone.invalid"));
		}
		String idNumber = text(problems, "petitionerIdNumber", form.petitionerIdNumber(), 18, false);
		if (idNumber != null && !rules.checkIdNumber(idNumber).valid()) {
			problems.add(new Problem("petitionerIdNumber", "petitions.idNumber.invalid"));
		}
		int groupSize = form.groupSize() == null ? 1 : form.groupSize();
		if (groupSize < 1 || groupSize > 10000) {
			problems.add(new Problem("groupSize", "petitions.groupSize.range", 1, 10000));
		}
		pastDay(problems, "receivedOn", form.receivedOn());
		if (form.transferredOn() != null) {
			pastDay(problems, "transferredOn", form.transferredOn());
			if (form.receivedOn() != null && form.transferredOn().isBefore(form.receivedOn())) {
				problems.add(new Problem("transferredOn", "petitions.date.beforeReceived", form.transferredOn(),
						form.receivedOn()));
			}
		}
		Petition earlier = null;
		if (form.repeatOfId() != null) {
			earlier = petitions.findOne(within(scope).and(id(form.repeatOfId()))).orElse(null);
			if (earlier == null) {
				problems.add(new Problem("repeatOfId", "petitions.repeatOf.unknown", form.repeatOfId()));
			}
			else if (form.receivedOn() != null && earlier.getReceivedOn().isAfter(form.receivedOn())) {
				problems.add(new Problem("repeatOfId", "petitions.repeatOf.later", earlier.getReceivedOn()));
			}
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		if (earlier == null) {
			earlier = sameMatter(scope, subject, name, phone, idNumber, form.receivedOn()).orElse(null);
		}
		LocalDate acceptanceDue = rules.petitionDeadlines(form.receivedOn(), null).acceptanceDue();
		LocalDate objectionDue = form.transferredOn() == null ? null
				: rules
					.periodEnd(PolicyRule.PETITION_TRANSFER_OBJECTION, form.transferredOn(), OBJECTION_WORKING_DAYS,
							true)
					.due();
		Petition p = petitions.save(new Petition(unit.id(), unit.path(), form.channel(), form.category(), subject,
				matter, new Petitioner(name, phone, idNumber, groupSize), form.receivedOn(), form.transferredOn(),
				objectionDue, earlier == null ? null : earlier.getId(), acceptanceDue, Actor.current()));
		steps.save(new PetitionStep(p.getId(), null, PetitionStatus.RECEIVED, form.receivedOn(), subject,
				Actor.current()));
		Map<String, Object> created = new LinkedHashMap<>();
		created.put("unit", unit.id());
		created.put("channel", form.channel());
		created.put("category", form.category());
		created.put("subject", subject);
		created.put("petitioner", maskName(name));
		created.put("phone", phone);
		created.put("idNumber", idNumber);
		created.put("receivedOn", form.receivedOn());
		created.put("acceptanceDue", acceptanceDue);
		created.put("repeatOf", p.getRepeatOfId());
		audit.record(AuditAction.CREATE, ENTITY, p.getId(), subject, Change.created(created));
		return view(p, unitNames(List.of(p.getUnitId())), today(), false);
	}

	/**
	 * The earliest petition of the scope received on or before the day with the same
	 * subject from the same petitioner (重复信访): the same identity number when one is
	 * given, else the same name and phone; with neither, the petitioner is not known well
	 * enough to link.
	 */
	Optional<Petition> sameMatter(DataScope scope, String subject, String name, String phone, String idNumber,
			LocalDate receivedOn) {
		if (idNumber == null && phone == null) {
			return Optional.empty();
		}
		Specification<Petition> same = within(scope).and((root, q, cb) -> cb.and(cb.equal(root.get("subject"), subject),
				cb.lessThanOrEqualTo(root.get("receivedOn"), receivedOn),
				idNumber != null ? cb.equal(cb.upper(root.get("petitionerIdNumber")), idNumber.toUpperCase(Locale.ROOT))
						: cb.and(cb.equal(root.get("petitionerName"), name),
								cb.equal(root.get("petitionerPhone"), phone))));
		return petitions.findAll(same, PageRequest.of(0, 1, Sort.by("receivedOn", "id"))).stream().findFirst();
	}

	// ---- reading

	/**
	 * Petitions of the scope received in a year, the latest first; optionally of one
	 * status. The petitioner is always masked in lists.
	 */
	@Transactional(readOnly = true)
	public List<PetitionView> petitions(DataScope scope, int year, PetitionStatus status) {
		return views(petitions.findAll(petitionsWhere(scope, year, status), PETITION_ORDER));
	}

	/**
	 * One page of {@link #petitions(DataScope, int, PetitionStatus)}, paged in the query.
	 */
	@Transactional(readOnly = true)
	public Page<PetitionView> petitions(DataScope scope, int year, PetitionStatus status, int page, int size) {
		return page(petitionsWhere(scope, year, status), PETITION_ORDER, page, size);
	}

	/** The largest page the API answers. */
	static final int MAX_PAGE_SIZE = 200;

	private static final Sort PETITION_ORDER = Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id"));

	private Specification<Petition> petitionsWhere(DataScope scope, int year, PetitionStatus status) {
		checkYear(year);
		Specification<Petition> where = within(scope)
			.and(between("receivedOn", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
		if (status != null) {
			where = where.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		return where;
	}

	private Page<PetitionView> page(Specification<Petition> where, Sort order, int page, int size) {
		Page<Petition> found = petitions.findAll(where, Paging.request(page, size, MAX_PAGE_SIZE, order));
		return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/**
	 * Open petitions of the scope whose deadline has passed (overdue) or, with
	 * {@code approaching}, falls today or in the next {@value #APPROACHING_DAYS} days;
	 * the nearest deadline first.
	 */
	@Transactional(readOnly = true)
	public List<PetitionView> due(DataScope scope, boolean approaching) {
		return views(petitions.findAll(dueWhere(scope, approaching), Sort.by("currentDue", "id")));
	}

	/** One page of {@link #due(DataScope, boolean)}, paged in the query. */
	@Transactional(readOnly = true)
	public Page<PetitionView> due(DataScope scope, boolean approaching, int page, int size) {
		return page(dueWhere(scope, approaching), Sort.by("currentDue", "id"), page, size);
	}

	private Specification<Petition> dueWhere(DataScope scope, boolean approaching) {
		LocalDate today = today();
		return within(scope).and(approaching ? between("currentDue", today, today.plusDays(APPROACHING_DAYS))
				: (root, q, cb) -> cb.lessThan(root.get("currentDue"), today));
	}

	/**
	 * The overdue petitions of the scope (for the home page): how many, and the first
	 * few.
	 */
	@Transactional(readOnly = true)
	public OverduePetitions overduePetitions(DataScope scope, int limit) {
		LocalDate today = today();
		Specification<Petition> where = within(scope).and((root, q, cb) -> cb.lessThan(root.get("currentDue"), today));
		long total = petitions.count(where);
		List<Petition> first = petitions
			.findAll(where, PageRequest.of(0, Math.max(1, limit), Sort.by("currentDue", "id")))
			.getContent();
		return new OverduePetitions(total, views(first));
	}

	/**
	 * One petition with its history and the reasons of its deadlines; with {@code unmask}
	 * (the caller holds {@code petitions:petitioner:read}) the petitioner is shown in
	 * full and the read is audited.
	 */
	@Transactional(readOnly = true)
	public PetitionDetail petition(DataScope scope, long id, boolean unmask) {
		Petition p = visible(scope, id);
		if (unmask) {
			audit.recordRead(ENTITY, p.getId(), p.getSubject(), List.of(new Change("petitioner", null, "unmasked")));
		}
		LocalDate today = today();
		return new PetitionDetail(view(p, unitNames(List.of(p.getUnitId())), today, unmask), p.getMatter(),
				p.getReply(), steps.findByPetitionIdOrderByIdAsc(p.getId()).stream().map(PetitionStep::toView).toList(),
				reasons(p, today));
	}

	/**
	 * The written decision (信访处理意见书) of a concluded petition as DOCX, with the petitioner
	 * named in full: only for those who may see the petitioner, and the read is audited.
	 */
	@Transactional(readOnly = true)
	public byte[] replyLetter(DataScope scope, long id) {
		Petition p = visible(scope, id);
		if (p.getConcludedOn() == null) {
			throw new Rejection("status", "petitions.letter.notConcluded", label(p.getStatus()));
		}
		audit.recordRead(ENTITY, p.getId(), p.getSubject(), List.of(new Change("replyLetter", null, "docx")));
		Map<Long, String> names = unitNames(List.of(p.getUnitId()));
		return ReplyLetter.docx(view(p, names, today(), true), p.getReply(), names.get(p.getUnitId()));
	}

	private Petition visible(DataScope scope, long id) {
		return petitions.findOne(within(scope).and(id(id))).orElseThrow(() -> new NotFound("petition " + id));
	}

	/**
	 * How each deadline was counted, and why the petition is late when it is: the rules'
	 * own reasons, then the lateness with the days late.
	 */
	List<Reason> reasons(Petition p, LocalDate today) {
		List<Reason> reasons = new ArrayList<>();
		boolean accepted = p.getHandlingDue() != null;
		PetitionDeadlines d = rules.petitionDeadlines(p.getReceivedOn(), accepted ? p.getDecidedOn() : null);
		reasons.addAll(d.reasons());
		if (p.getTransferredOn() != null) {
			reasons.addAll(rules
				.periodEnd(PolicyRule.PETITION_TRANSFER_OBJECTION, p.getTransferredOn(), OBJECTION_WORKING_DAYS, true)
				.reasons());
		}
		if (p.getExtendedDue() != null) {
			reasons.add(new Reason(PolicyRule.PETITION_DEADLINES, "petitions.reason.extended", p.getExtendedDue(),
					p.getExtensionApprovedBy(), p.getLatestExtendedDue()));
		}
		if (p.getReviewRequestedOn() != null) {
			reasons.addAll(rules.periodEnd(PolicyRule.PETITION_REVIEW, p.getReviewRequestedOn(), REVIEW_DAYS, false)
				.reasons());
		}
		if (p.getReReviewRequestedOn() != null) {
			reasons.addAll(rules.periodEnd(PolicyRule.PETITION_REVIEW, p.getReReviewRequestedOn(), REVIEW_DAYS, false)
				.reasons());
		}
		lateness(p, today).ifPresent(reasons::add);
		return reasons;
	}

	/** Why the petition is (or was) late, if it is. */
	private java.util.Optional<Reason> lateness(Petition p, LocalDate today) {
		if (p.getDecidedOn() != null && p.getDecidedOn().isAfter(p.getAcceptanceDue())) {
			return java.util.Optional
				.of(new Reason(PolicyRule.PETITION_DEADLINES, "petitions.late.decision", p.getDecidedOn(),
						p.getAcceptanceDue(), ChronoUnit.DAYS.between(p.getAcceptanceDue(), p.getDecidedOn())));
		}
		if (p.getConcludedOn() != null && p.getConcludedOn().isAfter(p.effectiveHandlingDue())) {
			return java.util.Optional.of(new Reason(PolicyRule.PETITION_DEADLINES, "petitions.late.reply",
					p.getConcludedOn(), p.effectiveHandlingDue(),
					ChronoUnit.DAYS.between(p.effectiveHandlingDue(), p.getConcludedOn())));
		}
		if (p.getCurrentDue() != null && today.isAfter(p.getCurrentDue())) {
			return java.util.Optional
				.of(new Reason(stageRule(p.getStatus()), "petitions.overdue." + p.getStatus().name(), p.getCurrentDue(),
						ChronoUnit.DAYS.between(p.getCurrentDue(), today)));
		}
		return java.util.Optional.empty();
	}

	private static PolicyRule stageRule(PetitionStatus status) {
		return status == PetitionStatus.REVIEW_REQUESTED || status == PetitionStatus.RE_REVIEW_REQUESTED
				? PolicyRule.PETITION_REVIEW : PolicyRule.PETITION_DEADLINES;
	}

	// ---- the workflow

	/**
	 * The acceptance decision (受理 or 不予受理) on a day between receipt and today; a decision
	 * after the 15-day deadline is recorded and shown as late. Acceptance counts the
	 * handling deadline (60 days) and the latest extended one (90).
	 */
	@Transactional
	public PetitionDetail decide(DataScope scope, long id, StepForms.Decision form) {
		Petition p = visible(scope, id);
		if (form == null || form.accepted() == null) {
			throw new Rejection("accepted", "petitions.required");
		}
		PetitionStatus to = form.accepted() ? PetitionStatus.ACCEPTED : PetitionStatus.NOT_ACCEPTED;
		transition(p, to);
		List<Problem> problems = new ArrayList<>();
		stepDay(problems, "decidedOn", form.decidedOn(), p.getReceivedOn());
		String note = text(problems, "note", form.note(), 1000, !form.accepted());
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PetitionStatus from = p.getStatus();
		List<Change> changes = new ArrayList<>();
		if (form.accepted()) {
			PetitionDeadlines d = rules.petitionDeadlines(p.getReceivedOn(), form.decidedOn());
			p.accept(form.decidedOn(), d.handlingDue(), d.latestExtendedDue(), Actor.current());
			changes.add(new Change("handlingDue", null, d.handlingDue().toString()));
		}
		else {
			p.refuse(form.decidedOn(), Actor.current());
		}
		changes.add(new Change("decidedOn", null, form.decidedOn().toString()));
		step(p, from, form.decidedOn(), note, changes);
		return petition(scope, id, false);
	}

	/**
	 * The unit's objection to a matter wrongly transferred to it: only a transferred
	 * petition not yet decided, on or before the fifth working day after the transfer
	 * (信访工作条例 第二十三条); a later objection is refused with the deadline.
	 */
	@Transactional
	public PetitionDetail object(DataScope scope, long id, StepForms.Objection form) {
		Petition p = visible(scope, id);
		transition(p, PetitionStatus.OBJECTED);
		if (p.getObjectionDue() == null) {
			throw new Rejection("objectedOn", "petitions.objection.notTransferred");
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate on = form == null ? null : form.objectedOn();
		stepDay(problems, "objectedOn", on, p.getTransferredOn());
		String note = text(problems, "note", form == null ? null : form.note(), 1000, true);
		if (on != null && on.isAfter(p.getObjectionDue())) {
			problems.add(new Problem("objectedOn", "petitions.objection.late", on, p.getObjectionDue(),
					p.getTransferredOn()));
		}
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PetitionStatus from = p.getStatus();
		p.object(on, Actor.current());
		step(p, from, on, note, List.of(new Change("objectedOn", null, on.toString())));
		return petition(scope, id, false);
	}

	/**
	 * Extends the handling period once, with the unit head's approval recorded: decided
	 * by the unextended deadline, to a day after it and no later than the latest extended
	 * one (30 days more, 信访工作条例 第三十四条).
	 */
	@Transactional
	public PetitionDetail extend(DataScope scope, long id, StepForms.Extension form) {
		Petition p = visible(scope, id);
		if (p.getStatus() != PetitionStatus.ACCEPTED) {
			throw new Rejection("status", "petitions.extension.status", label(p.getStatus()));
		}
		if (p.getExtendedDue() != null) {
			throw new Rejection("extendedTo", "petitions.extension.once", p.getExtendedDue());
		}
		if (today().isAfter(p.getHandlingDue())) {
			throw new Rejection("extendedTo", "petitions.extension.expired", p.getHandlingDue());
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate to = form == null ? null : form.extendedTo();
		if (to == null) {
			problems.add(new Problem("extendedTo", "petitions.required"));
		}
		else if (!to.isAfter(p.getHandlingDue()) || to.isAfter(p.getLatestExtendedDue())) {
			problems.add(new Problem("extendedTo", "petitions.extension.range", to, p.getHandlingDue(),
					p.getLatestExtendedDue()));
		}
		String approvedBy = text(problems, "approvedBy", form == null ? null : form.approvedBy(), 50, true);
		String note = text(problems, "note", form == null ? null : form.note(), 1000, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		p.extend(to, approvedBy, Actor.current());
		steps.save(new PetitionStep(p.getId(), p.getStatus(), p.getStatus(), today(),
				note == null ? approvedBy : approvedBy + ": " + note, Actor.current()));
		audit.record(AuditAction.UPDATE, ENTITY, p.getId(), p.getSubject(),
				List.of(new Change("extendedDue", p.getHandlingDue().toString(), to.toString()),
						new Change("extensionApprovedBy", null, approvedBy)));
		return petition(scope, id, false);
	}

	/**
	 * The reply (办结, the 信访处理意见书) on a day between acceptance and today; after the
	 * deadline in force it is recorded and counted as late.
	 */
	@Transactional
	public PetitionDetail reply(DataScope scope, long id, StepForms.Reply form) {
		Petition p = visible(scope, id);
		transition(p, PetitionStatus.CONCLUDED);
		List<Problem> problems = new ArrayList<>();
		stepDay(problems, "concludedOn", form == null ? null : form.concludedOn(), p.getDecidedOn());
		if (form == null || form.outcome() == null) {
			problems.add(new Problem("outcome", "petitions.required"));
		}
		String reply = text(problems, "reply", form == null ? null : form.reply(), 4000, true);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PetitionStatus from = p.getStatus();
		Satisfaction satisfaction = form.satisfaction() == null ? Satisfaction.UNKNOWN : form.satisfaction();
		p.conclude(form.concludedOn(), form.outcome(), reply, satisfaction, Actor.current());
		step(p, from, form.concludedOn(), reply,
				List.of(new Change("concludedOn", null, form.concludedOn().toString()),
						new Change("outcome", null, form.outcome().name()),
						new Change("satisfaction", null, satisfaction.name())));
		return petition(scope, id, false);
	}

	/**
	 * A request for review (复查) of a concluded petition, or for re-review (复核) of a
	 * reviewed one: in time when it came within 30 days after the petitioner received the
	 * decision (the last day moved off a rest day); the decision is then due 30 days
	 * after the request. A late request is refused with its deadline.
	 */
	@Transactional
	public PetitionDetail request(DataScope scope, long id, StepForms.Request form) {
		Petition p = visible(scope, id);
		boolean review = p.getStatus() != PetitionStatus.REVIEWED;
		PetitionStatus to = review ? PetitionStatus.REVIEW_REQUESTED : PetitionStatus.RE_REVIEW_REQUESTED;
		transition(p, to);
		LocalDate decided = review ? p.getConcludedOn() : p.getReviewedOn();
		List<Problem> problems = new ArrayList<>();
		LocalDate received = form == null ? null : form.decisionReceivedOn();
		LocalDate requested = form == null ? null : form.requestedOn();
		stepDay(problems, "decisionReceivedOn", received, decided);
		stepDay(problems, "requestedOn", requested, received == null ? decided : received);
		String note = text(problems, "note", form == null ? null : form.note(), 1000, false);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PeriodEnd window = rules.periodEnd(PolicyRule.PETITION_REVIEW, received, REVIEW_DAYS, false);
		if (requested.isAfter(window.due())) {
			throw new Rejection("requestedOn", review ? "petitions.review.late" : "petitions.reReview.late", requested,
					window.due(), received);
		}
		LocalDate due = rules.periodEnd(PolicyRule.PETITION_REVIEW, requested, REVIEW_DAYS, false).due();
		PetitionStatus from = p.getStatus();
		if (review) {
			p.requestReview(received, requested, due, Actor.current());
		}
		else {
			p.requestReReview(received, requested, due, Actor.current());
		}
		step(p, from, requested, note, List.of(new Change("decisionReceivedOn", null, received.toString()),
				new Change("requestedOn", null, requested.toString()), new Change("due", null, due.toString())));
		return petition(scope, id, false);
	}

	/**
	 * The decision of a requested review or re-review, on a day between request and
	 * today.
	 */
	@Transactional
	public PetitionDetail decideReview(DataScope scope, long id, StepForms.Review form) {
		Petition p = visible(scope, id);
		boolean review = p.getStatus() != PetitionStatus.RE_REVIEW_REQUESTED;
		PetitionStatus to = review ? PetitionStatus.REVIEWED : PetitionStatus.RE_REVIEWED;
		transition(p, to);
		List<Problem> problems = new ArrayList<>();
		stepDay(problems, "decidedOn", form == null ? null : form.decidedOn(),
				review ? p.getReviewRequestedOn() : p.getReReviewRequestedOn());
		if (form == null || form.outcome() == null) {
			problems.add(new Problem("outcome", "petitions.required"));
		}
		String note = text(problems, "note", form == null ? null : form.note(), 1000, true);
		if (!problems.isEmpty()) {
			throw new Rejection(problems);
		}
		PetitionStatus from = p.getStatus();
		if (review) {
			p.review(form.decidedOn(), form.outcome(), Actor.current());
		}
		else {
			p.reReview(form.decidedOn(), form.outcome(), Actor.current());
		}
		step(p, from, form.decidedOn(), note, List.of(new Change("decidedOn", null, form.decidedOn().toString()),
				new Change("outcome", null, form.outcome().name())));
		return petition(scope, id, false);
	}

	private void transition(Petition p, PetitionStatus to) {
		if (!Petition.allowed(p.getStatus(), to)) {
			throw new Rejection("status", "petitions.transition", label(p.getStatus()), label(to));
		}
	}

	private void step(Petition p, PetitionStatus from, LocalDate on, String note, List<Change> more) {
		steps.save(new PetitionStep(p.getId(), from, p.getStatus(), on, note, Actor.current()));
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("status", from.name(), p.getStatus().name()));
		changes.addAll(more);
		audit.record(AuditAction.UPDATE, ENTITY, p.getId(), p.getSubject(), changes);
	}

	// ---- views and masking

	private List<PetitionView> views(List<Petition> found) {
		Map<Long, String> names = unitNames(found.stream().map(Petition::getUnitId).toList());
		LocalDate today = today();
		return found.stream().map(p -> view(p, names, today, false)).toList();
	}

	private PetitionView view(Petition p, Map<Long, String> names, LocalDate today, boolean unmask) {
		Petitioner who = p.petitioner();
		boolean open = p.getCurrentDue() != null;
		Boolean onTime = p.getConcludedOn() == null ? null : !p.getConcludedOn().isAfter(p.effectiveHandlingDue());
		return new PetitionView(p.getId(), p.getUnitId(), names.get(p.getUnitId()), p.getChannel(), p.getCategory(),
				p.getSubject(), unmask ? who.name() : maskName(who.name()),
				unmask ? who.phone() : Masking.phone(who.phone()),
				unmask ? who.idNumber() : Masking.idNumber(who.idNumber()), !unmask, who.groupSize(), p.getReceivedOn(),
				p.getTransferredOn(), p.getObjectionDue(), p.getRepeatOfId(), p.getStatus(), p.getAcceptanceDue(),
				p.getDecidedOn(), p.getHandlingDue(), p.getLatestExtendedDue(), p.getExtendedDue(),
				p.getExtensionApprovedBy(), p.getConcludedOn(), p.getOutcome(), p.getSatisfaction(),
				p.getDecisionReceivedOn(), p.getReviewRequestedOn(), p.getReviewDue(), p.getReviewedOn(),
				p.getReviewOutcome(), p.getReviewReceivedOn(), p.getReReviewRequestedOn(), p.getReReviewDue(),
				p.getReReviewedOn(), p.getReReviewOutcome(), p.getCurrentDue(),
				open && today.isAfter(p.getCurrentDue()), open && !today.isAfter(p.getCurrentDue())
						&& !today.plusDays(APPROACHING_DAYS).isBefore(p.getCurrentDue()),
				onTime);
	}

	/** "张三" becomes "张*": the family name only, one star per other character. */
	static String maskName(String name) {
		if (name == null || name.isEmpty()) {
			return name;
		}
		int first = name.offsetByCodePoints(0, 1);
		return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
	}

	private Map<Long, String> unitNames(List<Long> unitIds) {
		Map<Long, String> names = new HashMap<>();
		org.byIds(unitIds).forEach((id, u) -> names.put(id, u.name()));
		return names;
	}

	// ---- for the figures: set-based counts in the scope

	Specification<Petition> receivedIn(DataScope scope, LocalDate from, LocalDate to) {
		return within(scope).and(between("receivedOn", from, to));
	}

	Specification<Petition> acceptedIn(DataScope scope, LocalDate from, LocalDate to) {
		return within(scope).and(between("decidedOn", from, to))
			.and((root, q, cb) -> cb.isNotNull(root.get("handlingDue")));
	}

	Specification<Petition> concludedIn(DataScope scope, LocalDate from, LocalDate to) {
		return within(scope).and(between("concludedOn", from, to));
	}

	/** Concluded in the period on or before the handling deadline in force. */
	Specification<Petition> onTimeIn(DataScope scope, LocalDate from, LocalDate to) {
		return concludedIn(scope, from,
				to)
			.and((root, q, cb) -> cb.or(
					cb.and(cb.isNull(root.get("extendedDue")),
							cb.lessThanOrEqualTo(root.get("concludedOn"), root.<LocalDate>get("handlingDue"))),
					cb.lessThanOrEqualTo(root.get("concludedOn"), root.<LocalDate>get("extendedDue"))));
	}

	/**
	 * Accepted petitions whose handling deadline in force fell in the period, on or
	 * before {@code asOf}, and which were not concluded by it.
	 */
	Specification<Petition> overdueIn(DataScope scope, LocalDate from, LocalDate to, LocalDate asOf) {
		LocalDate end = asOf.isBefore(to.plusDays(1)) ? asOf : to.plusDays(1);
		return within(scope).and((root, q, cb) -> {
			var due = cb.<LocalDate>coalesce(root.get("extendedDue"), root.get("handlingDue"));
			return cb.and(cb.isNotNull(root.get("handlingDue")), cb.greaterThanOrEqualTo(due, from),
					cb.lessThan(due, end),
					cb.or(cb.isNull(root.get("concludedOn")), cb.greaterThan(root.get("concludedOn"), due)));
		});
	}

	Specification<Petition> repeatedIn(DataScope scope, LocalDate from, LocalDate to) {
		return receivedIn(scope, from, to).and((root, q, cb) -> cb.isNotNull(root.get("repeatOfId")));
	}

	long count(Specification<Petition> where) {
		return petitions.count(where);
	}

	List<PetitionView> rows(Specification<Petition> where) {
		return views(petitions.findAll(where, Sort.by("receivedOn", "id")));
	}

	// ---- checks

	private static void checkYear(int year) {
		if (year < 2000 || year > 2100) {
			throw Rejection.malformed("year", "petitions.year", year);
		}
	}

	private void pastDay(List<Problem> problems, String field, LocalDate day) {
		if (day == null) {
			problems.add(new Problem(field, "petitions.required"));
		}
		else if (day.isBefore(EARLIEST) || day.isAfter(today())) {
			problems.add(new Problem(field, "petitions.date.range", day, EARLIEST, today()));
		}
	}

	/** A step's day: on or after the earlier step's day and not in the future. */
	private void stepDay(List<Problem> problems, String field, LocalDate day, LocalDate notBefore) {
		if (day == null) {
			problems.add(new Problem(field, "petitions.required"));
		}
		else if ((notBefore != null && day.isBefore(notBefore)) || day.isAfter(today())) {
			problems.add(new Problem(field, "petitions.date.step", day, notBefore, today()));
		}
	}

	private static String text(List<Problem> problems, String field, String value, int max, boolean required) {
		String v = value == null || value.isBlank() ? null : value.strip();
		if (v == null && required) {
			problems.add(new Problem(field, "petitions.required"));
		}
		else if (v != null && v.length() > max) {
			problems.add(new Problem(field, "petitions.tooLong", max));
		}
		return v;
	}

	// Worded in the reader's language when the message is resolved, never shown as a
	// code.
	private static DefaultMessageSourceResolvable label(PetitionStatus status) {
		return new DefaultMessageSourceResolvable(new String[] { "enum.PetitionStatus." + status.name() },
				status.name());
	}

	LocalDate today() {
		return LocalDate.now();
	}

}
