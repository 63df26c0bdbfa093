package io.edubureau.retirement;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Retires, each night, the people whose approved retirement date has come. */
@Configuration
@EnableScheduling
class RetirementSchedule {

	private final RetirementManagement retirements;

	RetirementSchedule(RetirementManagement retirements) {
		this.retirements = retirements;
	}

	@Scheduled(cron = "0 10 1 * * *")
	void applyDueRetirements() {
		retirements.applyDueRetirements();
	}

}
