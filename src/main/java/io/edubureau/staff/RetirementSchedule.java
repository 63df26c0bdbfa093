package io.edubureau.staff;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Retires, each night, the people whose approved retirement date has come. */
@Configuration
@EnableScheduling
class RetirementSchedule {

	private final StaffManagement staff;

	RetirementSchedule(StaffManagement staff) {
		this.staff = staff;
	}

	@Scheduled(cron = "0 10 1 * * *")
	void applyDueRetirements() {
		staff.applyDueRetirements();
	}

}
