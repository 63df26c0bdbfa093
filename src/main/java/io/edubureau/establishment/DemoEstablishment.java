package io.edubureau.establishment;

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

	private final EstablishmentManagement establishment;

	private final ApprovedEstablishmentRepository approved;

	private final boolean enabled;

	DemoEstablishment(EstablishmentManagement establishment, ApprovedEstablishmentRepository approved,
			@Value("${edubureau.demo:true}") boolean enabled) {
		this.establishment = establishment;
		this.approved = approved;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || approved.count() > 0) {
			return;
		}
		Random random = new Random(7);
		for (UnitEstablishment u : establishment.overview(DataScope.all(), null).units()) {
			int base = u.actual() > 0 ? u.actual() : u.required();
			if (base == 0) {
				continue;
			}
			// Near the real headcount, a few posts either way, so the county has units
			// over and under.
			int professional = Math.max(1, base * 9 / 10 - 3 + random.nextInt(7));
			ApprovedEstablishment a = new ApprovedEstablishment(u.unit().id(), PostCategory.PROFESSIONAL);
			a.approve(professional);
			approved.save(a);
			ApprovedEstablishment m = new ApprovedEstablishment(u.unit().id(), PostCategory.MANAGEMENT);
			m.approve(Math.max(1, base / 10));
			approved.save(m);
		}
	}

}
