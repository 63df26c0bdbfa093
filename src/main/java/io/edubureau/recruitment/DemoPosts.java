package io.edubureau.recruitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.edubureau.audit.AuditAction;
import io.edubureau.audit.AuditManagement;
import io.edubureau.audit.Change;
import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.platform.Rejection;
import io.edubureau.staff.EmploymentType;
import io.edubureau.staff.Headcount;
import io.edubureau.staff.PostCategory;
import io.edubureau.staff.StaffFilter;
import io.edubureau.staff.StaffManagement;
import io.edubureau.staff.StaffStatus;
import io.edubureau.staff.StaffView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Post plans and contracts for the demo county: each unit's plan sized from its
 * in-establishment professional staff within the structure ratio (approved from 1
 * September of last year), and a contract for every active in-establishment person, the
 * three-year terms staggered by month so that some end within the next 90 days.
 */
@Component
@Order(55)
class DemoPosts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPosts.class);

	private final PostSetting posts;

	private final ContractRepository contracts;

	private final StaffManagement staff;

	private final OrgManagement org;

	private final AuditManagement audit;

	private final TransactionTemplate tx;

	private final boolean enabled;

	DemoPosts(PostSetting posts, ContractRepository contracts, StaffManagement staff, OrgManagement org,
			AuditManagement audit, TransactionTemplate tx, @Value("${edubureau.demo:true}") boolean enabled) {
		this.posts = posts;
		this.contracts = contracts;
		this.staff = staff;
		this.org = org;
		this.audit = audit;
		this.tx = tx;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || contracts.count() > 0) {
			return;
		}
		DataScope all = DataScope.all();
		LocalDate from = LocalDate.of(LocalDate.now().getYear() - 1, 9, 1);
		for (Headcount h : staff.inEstablishmentHeadcount(all)) {
			if (!PostCategory.PROFESSIONAL.name().equals(h.key()) || h.count() == 0) {
				continue;
			}
			// A few posts beyond the headcount, 1:3:6 as the default shares allow.
			int total = h.count() + Math.max(1, h.count() / 10);
			int senior = total / 10;
			int middle = total * 3 / 10;
			Map<PostGrade, Integer> plan = new EnumMap<>(PostGrade.class);
			plan.put(PostGrade.PRO_7, senior);
			plan.put(PostGrade.PRO_9, middle);
			plan.put(PostGrade.PRO_12, total - senior - middle);
			try {
				posts.setPlan(all, new PostForms.PlanForm(h.unitId(), from, "示范县人社局〔" + from.getYear() + "〕8号", plan));
			}
			catch (Rejection ex) {
				log.warn("demo post plan of unit {} left out: {}", h.unitId(), ex.problems());
			}
		}
		int signed = tx.execute(status -> signAll(all));
		log.info("Signed {} demo employment contracts", signed);
	}

	private int signAll(DataScope all) {
		StaffFilter filter = new StaffFilter(null, null, null, null, null, null, EmploymentType.IN_ESTABLISHMENT,
				StaffStatus.ACTIVE, null, null);
		LocalDate today = LocalDate.now();
		List<AuditManagement.Entry> entries = new ArrayList<>();
		int page = 0;
		Page<StaffView> batch;
		do {
			batch = staff.search(all, filter, PageRequest.of(page++, 500));
			List<EmploymentContract> made = new ArrayList<>();
			for (StaffView p : batch) {
				// Terms began in one of the twelve months two years ago, so some end
				// soon.
				LocalDate start = LocalDate.of(today.getYear() - 2, 1 + (int) (p.id() % 12), 1);
				if (p.hireDate() != null && p.hireDate().isAfter(start)) {
					start = p.hireDate();
				}
				LocalDate end = start.plusYears(3).minusDays(1);
				Views.Probation probation = Contracts.probation(EmploymentContract.Kind.FIXED_TERM, start, end,
						p.hireDate() != null && !p.hireDate().isBefore(start), null);
				EmploymentContract c = new EmploymentContract(p.id(), p.name(), p.unitId(),
						org.pathOf(p.unitId()).orElseThrow(), EmploymentContract.Kind.FIXED_TERM, start, end, null,
						probation.months(), probation.end(), null, "demo");
				if (probation.end() != null && probation.end().isBefore(today)) {
					c.confirm(probation.end().plusDays(1), "demo");
				}
				made.add(c);
			}
			for (EmploymentContract c : contracts.saveAll(made)) {
				entries.add(new AuditManagement.Entry(c.getId(), c.getStaffName(),
						List.of(new Change("startsOn", null, c.getStartsOn().toString()),
								new Change("endsOn", null, c.getEndsOn().toString()))));
			}
		}
		while (batch.hasNext());
		audit.recordAll(AuditAction.CREATE, Contracts.CONTRACT, entries);
		return entries.size();
	}

}
