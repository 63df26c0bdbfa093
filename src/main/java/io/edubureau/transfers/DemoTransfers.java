package io.edubureau.transfers;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.edubureau.org.DataScope;
import io.edubureau.org.OrgManagement;
import io.edubureau.org.UnitFilter;
import io.edubureau.org.UnitStatus;
import io.edubureau.org.UnitType;
import io.edubureau.org.UnitView;
import io.edubureau.platform.Rejection;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Transfers between the demo county's schools over the last two school years, as schools
 * request them and the bureau decides: most approved at the start of a school year, one
 * rejected with its reason and one still waiting in the bureau's queue. Deterministic
 * (seeded); written through {@link TransfersManagement}'s requests, so the file keeps
 * each move with its dates and the former school its trace.
 */
@Component
@Order(39)
class DemoTransfers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoTransfers.class);

	/** Approved moves, then one rejected and one waiting. */
	private static final int APPROVED = 14;

	/** Every so many teachers of the list is one who moves. */
	private static final int STEP = 20;

	private static final String[] REASONS = { "夫妻两地分居，申请调往配偶工作地学校", "城区学校学科教师缺编，统筹调剂", "支援乡村学校，优化师资配置", "照顾年迈父母，申请就近工作",
			"学校布局调整，随班级调整岗位", "子女就学，申请调动" };

	private final StaffManagement staff;

	private final TransfersManagement transfers;

	private final OrgManagement org;

	private final boolean enabled;

	DemoTransfers(StaffManagement staff, TransfersManagement transfers, OrgManagement org,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.staff = staff;
		this.transfers = transfers;
		this.org = org;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || org.owningUnit(DataScope.all()).isEmpty()) {
			return;
		}
		List<UnitView> schools = org
			.listAll(DataScope.all(), new UnitFilter(null, UnitType.SCHOOL, null, null, null, UnitStatus.ACTIVE, null))
			.stream()
			.sorted(Comparator.comparing(UnitView::code))
			.toList();
		StaffFilter active = new StaffFilter(null, null, null, null, null, null, null, StaffStatus.ACTIVE, null, null);
		// people further down the list than the other demo loaders reach
		List<StaffView> candidates = staff.search(DataScope.all(), active, PageRequest.of(3, 500, Sort.by("id")))
			.getContent()
			.stream()
			.filter(StaffView::fullTimeTeacher)
			.toList();
		if (schools.size() < 3 || candidates.size() < STEP * (APPROVED + 2)
				|| java.util.stream.IntStream.range(0, APPROVED + 2)
					.anyMatch(i -> !transfers.ofPerson(DataScope.all(), candidates.get(i * STEP).id()).isEmpty())) {
			return;
		}
		var previous = SecurityContextHolder.getContext();
		try {
			load(schools, candidates, LocalDate.now());
		}
		catch (Rejection ex) {
			// every date lies in the past; a refusal means a rule changed, not a crash
			log.warn("Demo transfers not completed: {}", ex.getMessage());
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private void load(List<UnitView> schools, List<StaffView> candidates, LocalDate today) {
		Random random = new Random(20_250_825L);
		int approved = 0;
		for (int i = 0; i < APPROVED + 2; i++) {
			StaffView t = candidates.get(i * STEP);
			UnitView to = schools.get(random.nextInt(schools.size()));
			if (to.id() == t.unitId()) {
				to = schools.get((schools.indexOf(to) + 1) % schools.size());
			}
			// teachers move at the start of a school year, the last two of them
			int year = today.getYear() - 1 - random.nextInt(2);
			LocalDate on = i >= APPROVED ? today.plusDays(20) : LocalDate.of(year, 8, 20 + random.nextInt(10));
			if (t.hireDate() != null && !on.isAfter(t.hireDate())) {
				continue;
			}
			actAs("demo-school");
			TransferRequestView r = transfers.request(DataScope.all(),
					new TransferRequestForm(t.id(), to.code(), on, REASONS[random.nextInt(REASONS.length)]));
			actAs("demo-bureau");
			if (i < APPROVED) {
				transfers.approve(DataScope.all(), r.id(), "经局务会研究，同意调动。");
				approved++;
			}
			else if (i == APPROVED) {
				transfers.reject(DataScope.all(), r.id(), "调入学校该学科教师已满编，暂不同意调入。");
			}
			// the last request waits in the bureau's queue
		}
		log.info("Demo county: {} transfers between schools", approved);
	}

	private static void actAs(String name) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null, List.of()));
		SecurityContextHolder.setContext(context);
	}

}
