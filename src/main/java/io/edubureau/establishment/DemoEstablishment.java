package io.edubureau.establishment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import io.edubureau.org.DataScope;
import io.edubureau.staff.PostCategory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approves posts for the demo county near what enrolment requires, so some units end over
 * and some under.
 */
@Component
@Order(30)
class DemoEstablishment implements ApplicationRunner {

	private static final String DEMO_DOCUMENT = "示范县编委〔演示〕1号";

	private final EstablishmentManagement establishment;

	private final EstablishmentApprovalRepository approvals;

	private final boolean enabled;

	DemoEstablishment(EstablishmentManagement establishment, EstablishmentApprovalRepository approvals,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.establishment = establishment;
		this.approvals = approvals;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || approvals.count() > 0) {
			return;
		}
		Random random = new Random(7);
		// Effective from the start of last year, so this year's figure book and the
		// previous year's both have approved posts.
		LocalDate effective = LocalDate.now().minusYears(1).withDayOfYear(1);
		Instant now = Instant.now();
		for (UnitEstablishment u : establishment.overview(DataScope.all(), null).units()) {
			int base = u.actual() > 0 ? u.actual() : u.required();
			if (base == 0) {
				continue;
			}
			// Near the real headcount, a few posts either way, so the county has units
			// over and under.
			int professional = Math.max(1, base * 9 / 10 - 3 + random.nextInt(7));
			approvals.save(new EstablishmentApproval(u.unit().id(), PostCategory.PROFESSIONAL, professional, effective,
					DEMO_DOCUMENT, "demo", now));
			approvals.save(new EstablishmentApproval(u.unit().id(), PostCategory.MANAGEMENT, Math.max(1, base / 10),
					effective, DEMO_DOCUMENT, "demo", now));
		}
	}

}
