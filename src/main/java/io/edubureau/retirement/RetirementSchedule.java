package io.edubureau.retirement;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retires, each night, the people whose approved retirement date has come: on one node of
 * a cluster only (ShedLock, see platform.ClusterLocks). Each proposal is applied in its
 * own transaction and marked applied with it, so a run cut short by a node's death leaves
 * the rest to the next night and nothing is done twice.
 */
@Configuration
@EnableScheduling
class RetirementSchedule {

	private static final Logger log = LoggerFactory.getLogger(RetirementSchedule.class);

	private final RetirementManagement retirements;

	RetirementSchedule(RetirementManagement retirements) {
		this.retirements = retirements;
	}

	// Held at least 5 minutes so a node whose clock is a little behind does not run it
	// again. The hour is a setting so bench/cluster can fire it every minute.
	@Scheduled(cron = "${edubureau.retirement.nightly-cron:0 10 1 * * *}")
	@SchedulerLock(name = "retirement.applyDueRetirements", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	void applyDueRetirements() {
		int applied = retirements.applyDueRetirements();
		log.info("Nightly retirements run on this node: {} applied", applied);
	}

}
