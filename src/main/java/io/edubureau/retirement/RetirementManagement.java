package io.edubureau.retirement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retirement module's public face: retirement proposals (the school proposes, the
 * bureau approves or returns), death records and survivor benefits. People are read
 * through {@link StaffManagement} within the caller's {@link DataScope} (a person outside
 * it is not found) and change status through its life-event path
 * ({@link StaffManagement#end}).
 */
@Service
public class RetirementManagement {

	private static final Logger log = LoggerFactory.getLogger(RetirementManagement.class);

	private final StaffManagement staff;

	private final RetirementWorkflow retirements;

	// One transaction per nightly retirement, so one refused person does not undo the
	// others.
	private final TransactionTemplate ownTransaction;

	RetirementManagement(StaffManagement staff, RetirementWorkflow retirements,
			PlatformTransactionManager transactions) {
		this.staff = staff;
		this.retirements = retirements;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A retirement of the year: the person, the day, the statutory month and the kind.
	 */
	record Retired(StaffView person, LocalDate retireOn, YearMonth statutory, RetirementKind kind) {
	}

	/**
	 * The retirements through an approved and applied proposal with a date between the
	 * two, of the people the scope sees, with each one's kind against the statutory month
	 * (the figures and their lineage).
	 */
	@Transactional(readOnly = true)
	List<Retired> retiredBetween(DataScope scope, LocalDate from, LocalDate to) {
		List<RetirementRequest> found = retirements.retiredBetween(from, to);
		Map<Long, StaffView> people = staff.visible(scope, found.stream().map(RetirementRequest::getStaffId).toList());
		List<Retired> retired = new ArrayList<>();
		for (RetirementRequest r : found) {
			StaffView p = people.get(r.getStaffId());
			if (p != null) {
				YearMonth statutory = retirements.decision(p).statutoryRetirement();
				retired.add(new Retired(p, r.getRetireOn(), statutory,
						RetirementKind.of(YearMonth.from(r.getRetireOn()), statutory)));
			}
		}
		return retired;
	}

	/**
	 * The school proposes to retire a person in scope: the date (default the first day of
	 * the statutory month) must lie within the flexible months, the contribution must
	 * reach the minimum for its year.
	 */
	@Transactional
	public RetirementRequestView proposeRetirement(DataScope scope, RetirementProposalForm form) {
		if (form.staffId() == null) {
			throw new Rejection("staffId", "transfer.staffId.required");
		}
		return retirements.propose(staff.get(scope, form.staffId()), form);
	}

	/** After the bureau returned it, the school proposes again. */
	@Transactional
	public RetirementRequestView reproposeRetirement(DataScope scope, long requestId, RetirementProposalForm form) {
		return retirements.repropose(requestId, form, id -> staff.get(scope, id));
	}

	/**
	 * The bureau approves: the date is recorded and, once it has come (at once when it
	 * has), the person becomes RETIRED through {@link StaffManagement#end}.
	 */
	@Transactional
	public RetirementRequestView approveRetirement(DataScope scope, long requestId, String comment) {
		RetirementRequestView r = retirements.approve(requestId, comment, id -> staff.get(scope, id));
		if (!r.retireOn().isAfter(retirements.today())) {
			staff.end(scope, r.staffId(), StaffStatus.RETIRED, r.retireOn(), "retirement proposal #" + r.id());
			retirements.applied(r.id());
		}
		return retirements.view(requestId, id -> staff.get(scope, id));
	}

	@Transactional
	public RetirementRequestView returnRetirement(DataScope scope, long requestId, String comment) {
		return retirements.returnWith(requestId, comment, id -> staff.get(scope, id));
	}

	@Transactional
	public RetirementRequestView withdrawRetirement(DataScope scope, long requestId, String comment) {
		return retirements.withdraw(requestId, comment, id -> staff.get(scope, id));
	}

	@Transactional(readOnly = true)
	public RetirementRequestView retirementRequest(DataScope scope, long requestId) {
		return retirements.view(requestId, id -> staff.get(scope, id));
	}

	/** A person's retirement proposals, newest first. */
	@Transactional(readOnly = true)
	public List<RetirementRequestView> retirementRequests(DataScope scope, long staffId) {
		return retirements.ofPerson(staff.get(scope, staffId));
	}

	/**
	 * One page of the proposals waiting for the bureau in the caller's scope, oldest
	 * first, paged in the query (page from 0, size 1–200).
	 */
	@Transactional(readOnly = true)
	public Page<RetirementRequestView> retirementQueue(DataScope scope, int page, int size) {
		Page<RetirementRequest> found = retirements.waiting(scope,
				io.edubureau.platform.Paging.request(page, size, 200, Sort.by("updatedAt", "id")));
		// The names of people whose proposals the scope already sees, wherever they are
		// now.
		Map<Long, StaffView> people = staff.visible(DataScope.all(),
				found.getContent().stream().map(RetirementRequest::getStaffId).toList());
		return new PageImpl<>(retirements.views(found.getContent(), people), found.getPageable(),
				found.getTotalElements());
	}

	/** Proposals waiting for the bureau in the caller's scope, oldest first. */
	@Transactional(readOnly = true)
	public List<RetirementRequestView> retirementQueue(DataScope scope) {
		List<RetirementRequest> waiting = retirements.waiting();
		Map<Long, StaffView> people = staff.visible(scope,
				waiting.stream().map(RetirementRequest::getStaffId).toList());
		// A unit-only scope keeps the proposals its own unit made.
		return retirements.views(waiting.stream()
			.filter(r -> people.containsKey(r.getStaffId()))
			.filter(r -> scope.kind() != ScopeKind.UNIT || r.getUnitId().equals(scope.unitId()))
			.toList(), people);
	}

	/** The open or approved proposal of each of these people in scope, by person id. */
	@Transactional(readOnly = true)
	public Map<Long, RetirementRequestView> currentRetirements(DataScope scope, List<Long> staffIds) {
		if (staffIds.isEmpty()) {
			return Map.of();
		}
		return retirements.current(staff.visible(scope, staffIds));
	}

	/**
	 * Retires the people whose approved date has come (run daily), each in a transaction
	 * of its own: a person refused (e.g. no longer active) is logged and left for a
	 * person to look at, the others are retired. Returns how many were retired.
	 */
	public int applyDueRetirements() {
		List<Due> due = ownTransaction.execute(status -> retirements.due()
			.stream()
			.map(r -> new Due(r.getId(), r.getStaffId(), r.getRetireOn()))
			.toList());
		int applied = 0;
		for (Due d : due) {
			try {
				ownTransaction.executeWithoutResult(status -> {
					staff.end(DataScope.all(), d.staffId(), StaffStatus.RETIRED, d.on(),
							"retirement proposal #" + d.id());
					retirements.applied(d.id());
				});
				applied++;
			}
			catch (RuntimeException ex) {
				log.warn("Retirement proposal #{} of person {} was not applied: {}", d.id(), d.staffId(),
						ex.toString());
			}
		}
		return applied;
	}

	private record Due(long id, long staffId, LocalDate on) {
	}

	/**
	 * Records a death through {@link StaffManagement#end} (status DECEASED), with the
	 * survivor's benefits if given; nothing is written when any value is wrong.
	 */
	@Transactional
	public DeathView recordDeath(DataScope scope, long id, DeathForm form) {
		StaffView m = staff.get(scope, id);
		retirements.checkDeath(m, form);
		String cause = form.cause() == null || form.cause().isBlank() ? null : form.cause().strip();
		staff.end(scope, id, StaffStatus.DECEASED, form.diedOn(), cause);
		return retirements.recordDeath(staff.get(scope, id), form);
	}

	/** Adds the benefits decided for one survivor of a deceased person. */
	@Transactional
	public SurvivorBenefitView addSurvivorBenefit(DataScope scope, long id, SurvivorBenefitForm form) {
		return retirements.addBenefit(staff.get(scope, id), form);
	}

	/** The death record (null when none) and survivor benefits, unmasked. */
	@Transactional(readOnly = true)
	public DeathView death(DataScope scope, long id) {
		return retirements.death(staff.get(scope, id));
	}

}
