package io.edubureau.sheet;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the background jobs honest across nodes: every node beats the heartbeat of the
 * jobs it runs; one node of the cluster at a time (ShedLock) marks failed, with a message
 * in the starter's language, every job whose node stopped beating, releases its claims,
 * and deletes jobs past the retention time.
 */
@Component
class JobSweeper {

	private static final Logger log = LoggerFactory.getLogger(JobSweeper.class);

	private final SheetManagement sheets;

	JobSweeper(SheetManagement sheets) {
		this.sheets = sheets;
	}

	@Scheduled(fixedDelay = 10_000, initialDelay = 10_000)
	void heartbeat() {
		sheets.heartbeat();
	}

	@Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
	@SchedulerLock(name = "sheet.sweepJobs", lockAtMostFor = "PT5M")
	void sweep() {
		int failed = sheets.sweepJobs();
		if (failed > 0) {
			log.warn("{} background jobs of stopped nodes marked failed", failed);
		}
	}

}
