package io.edubureau.home;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.edubureau.org.DataScope;
import io.edubureau.org.ScopeKind;
import io.edubureau.pay.PayManagement;
import io.edubureau.petitions.PetitionsManagement;
import io.edubureau.registration.CycleStatus;
import io.edubureau.registration.CycleView;
import io.edubureau.registration.EvaluationStatus;
import io.edubureau.registration.RegistrationManagement;
import io.edubureau.registration.RegistrationStanding;
import io.edubureau.retirement.RetirementManagement;
import io.edubureau.safety.SafetyManagement;
import io.edubureau.selfservice.ChangeStatus;
import io.edubureau.selfservice.SelfService;
import io.edubureau.selfservice.SelfServiceManagement;
import io.edubureau.sheet.FailedImport;
import io.edubureau.sheet.SheetManagement;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.TitleLevel;
import io.edubureau.supervision.OverdueItems;
import io.edubureau.supervision.SupervisionManagement;
import io.edubureau.titles.TitleDecision;
import io.edubureau.titles.TitlesManagement;
import io.edubureau.training.CycleLedger;
import io.edubureau.training.TrainingManagement;
import io.edubureau.transfers.TransfersManagement;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The work waiting for the signed-in user, each queue counted in their data scope: a
 * queue appears when the user holds the permission to work it, so a school sees its own
 * queues and never the bureau's, and a teacher sees their own file.
 */
@Component
class HomeTasks {

	/** Months of statutory retirements the personnel officer prepares for. */
	static final int RETIREMENT_MONTHS = 6;

	/**
	 * How many petitions, hazards or rectification items the home page lists under their
	 * count.
	 */
	static final int FIRST = 5;

	private final StaffManagement staff;

	private final SelfServiceManagement selfService;

	private final RetirementManagement retirement;

	private final RegistrationManagement registration;

	private final TrainingManagement training;

	private final TitlesManagement titles;

	private final SafetyManagement safety;

	private final PetitionsManagement petitions;

	private final SupervisionManagement supervision;

	private final PayManagement pay;

	private final SheetManagement sheets;

	private final TransfersManagement transfers;

	HomeTasks(StaffManagement staff, RetirementManagement retirement, RegistrationManagement registration,
			TrainingManagement training, TitlesManagement titles, SafetyManagement safety,
			PetitionsManagement petitions, SupervisionManagement supervision, PayManagement pay, SheetManagement sheets,
			SelfServiceManagement selfService, TransfersManagement transfers) {
		this.staff = staff;
		this.transfers = transfers;
		this.selfService = selfService;
		this.retirement = retirement;
		this.registration = registration;
		this.training = training;
		this.titles = titles;
		this.safety = safety;
		this.petitions = petitions;
		this.supervision = supervision;
		this.pay = pay;
		this.sheets = sheets;
	}

	/**
	 * One queue: its label key ({@code home.task.<key>}), how many wait and the page that
	 * works them.
	 */
	record Task(String key, long count, String href) {
	}

	/** A teacher's own standing: file, training hours, registration and next title. */
	record MyFile(long staffId, int missing, boolean submitted, String returnedComment, CycleLedger training,
			RegistrationStanding registration, TitleDecision title) {
	}

	/** Adds {@code tasks}, and the lists shown under some of them, to the model. */
	void describe(DataScope scope, Set<String> permissions, Model model) {
		List<Task> tasks = new ArrayList<>();
		List<FailedImport> failed = sheets.failedImports();
		model.addAttribute("failedImports", failed);
		if (!failed.isEmpty()) {
			tasks.add(new Task("imports", failed.size(), null));
		}
		if (scope.seesNothing()) {
			model.addAttribute("tasks", tasks);
			return;
		}
		LocalDate today = LocalDate.now();
		if (scope.kind() != ScopeKind.SELF) {
			queues(scope, permissions, today, tasks, model);
		}
		else if (permissions.contains("staff:self:edit") && scope.staffId() != null) {
			model.addAttribute("myFile", myFile(scope, permissions, today));
		}
		model.addAttribute("tasks", tasks);
	}

	private void queues(DataScope scope, Set<String> permissions, LocalDate today, List<Task> tasks, Model model) {
		if (permissions.contains("staff:change:review")) {
			tasks.add(new Task("changes", selfService.changeQueue(scope).size(), "/staff/changes"));
		}
		if (permissions.contains("staff:transfer:approve")) {
			tasks.add(new Task("transfers", transfers.waiting(scope), "/staff/transfers"));
		}
		if (permissions.contains("staff:retirement:approve")) {
			tasks.add(new Task("retirementProposals", retirement.retirementQueue(scope).size(),
					"/staff/retirements/queue"));
		}
		if (permissions.contains("staff:retirement:propose") || permissions.contains("staff:retirement:approve")) {
			tasks.add(new Task("retirementsDue", staff.upcomingRetirements(scope, RETIREMENT_MONTHS).size(),
					"/staff/retirements?months=" + RETIREMENT_MONTHS));
		}
		boolean submits = permissions.contains("registration:evaluation:submit");
		boolean confirms = permissions.contains("registration:evaluation:confirm");
		if (submits || confirms) {
			registrationQueues(scope, submits, confirms, tasks);
			tasks
				.add(new Task("registrationOverdue", registration.overdue(scope, today).size(), "/registration/lists"));
		}
		if (permissions.contains("training:record:credit")) {
			tasks.add(new Task("trainingReviews", training.reviewQueue(scope).size(), "/training/reviews"));
		}
		if (permissions.contains("safety:record:manage") || permissions.contains("safety:hazard:verify")) {
			tasks.add(new Task("hazardsOverdue", safety.hazards(scope, null, true).size(),
					"/safety/hazards?overdue=true"));
		}
		if (permissions.contains("safety:record:read")) {
			model.addAttribute("overdueHazards", safety.overdueHazards(scope, FIRST));
		}
		boolean worksItems = permissions.contains("supervision:item:rectify")
				|| permissions.contains("supervision:item:verify");
		if (worksItems || permissions.contains("supervision:record:read")) {
			OverdueItems overdueItems = supervision.overdueItems(scope, FIRST);
			if (worksItems) {
				tasks.add(new Task("supervisionOverdue", overdueItems.total(), "/supervision/items?overdue=true"));
			}
			model.addAttribute("overdueSupervisionItems", overdueItems);
		}
		if (permissions.contains("petitions:petition:manage")) {
			List<?> overdue = petitions.due(scope, false);
			List<?> approaching = petitions.due(scope, true);
			tasks.add(new Task("petitionsOverdue", overdue.size(), "/petitions/due"));
			tasks.add(new Task("petitionsApproaching", approaching.size(), "/petitions/due?approaching=true"));
			model.addAttribute("petitionsOverdue", overdue.subList(0, Math.min(FIRST, overdue.size())));
			model.addAttribute("petitionsApproaching", approaching.subList(0, Math.min(FIRST, approaching.size())));
		}
		if (permissions.contains("pay:payroll:manage")) {
			payQueues(scope, tasks);
		}
	}

	// Evaluations of the open cycles: the school submits what is evaluated or returned,
	// the bureau confirms what was submitted.
	private void registrationQueues(DataScope scope, boolean submits, boolean confirms, List<Task> tasks) {
		long toSubmit = 0;
		long returned = 0;
		long toConfirm = 0;
		Long firstCycle = null;
		for (CycleView cycle : registration.cycles(scope)) {
			if (cycle.status() != CycleStatus.OPEN) {
				continue;
			}
			firstCycle = firstCycle == null ? cycle.id() : firstCycle;
			for (var e : registration.evaluations(scope, cycle.id())) {
				toSubmit += e.status() == EvaluationStatus.EVALUATED ? 1 : 0;
				returned += e.status() == EvaluationStatus.RETURNED ? 1 : 0;
				toConfirm += e.status() == EvaluationStatus.SUBMITTED ? 1 : 0;
			}
		}
		String href = firstCycle == null ? "/registration" : "/registration/cycles/" + firstCycle;
		if (submits) {
			tasks.add(new Task("registrationToSubmit", toSubmit, href));
			tasks.add(new Task("registrationReturned", returned, href));
		}
		if (confirms) {
			tasks.add(new Task("registrationToConfirm", toConfirm, href));
		}
	}

	// Months computed and not yet locked, and this month when it has not been computed.
	private void payQueues(DataScope scope, List<Task> tasks) {
		Map<String, Boolean> locks = pay.monthLocks(scope);
		long toLock = locks.values().stream().filter(locked -> !locked).count();
		String current = YearMonth.now().toString();
		tasks.add(new Task("payToLock", toLock, "/pay"));
		tasks.add(new Task("payToCompute", locks.containsKey(current) ? 0 : 1, "/pay"));
	}

	private MyFile myFile(DataScope scope, Set<String> permissions, LocalDate today) {
		long id = scope.staffId();
		SelfService self = selfService.selfService(scope);
		String returned = null;
		boolean submitted = false;
		if (self.open() != null) {
			submitted = self.open().status() == ChangeStatus.SUBMITTED;
			if (self.open().status() == ChangeStatus.RETURNED) {
				var steps = self.open().steps();
				String comment = steps.isEmpty() ? null : steps.get(steps.size() - 1).comment();
				returned = comment == null ? "" : comment;
			}
		}
		CycleLedger ledger = permissions.contains("training:self:read") ? training.ledger(scope, id, today) : null;
		RegistrationStanding standing = registration.standing(scope, id, today);
		TitleDecision title = null;
		TitleLevel current = self.person().titleLevel() == null ? TitleLevel.NONE : self.person().titleLevel();
		if (permissions.contains("titles:application:submit") && current != TitleLevel.PROFESSOR_SENIOR) {
			title = titles.eligibility(scope, id, TitleLevel.values()[current.ordinal() + 1]);
		}
		return new MyFile(id, self.missing().size(), submitted, returned, ledger, standing, title);
	}

}
