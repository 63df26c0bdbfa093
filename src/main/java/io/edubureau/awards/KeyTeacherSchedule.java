package io.edubureau.awards;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each night, the backbone flags of the people whose key-teacher term turns today. */
@Component
class KeyTeacherSchedule {

	private static final Logger log = LoggerFactory.getLogger(KeyTeacherSchedule.class);

	private final KeyTeacherRegister register;

	KeyTeacherSchedule(KeyTeacherRegister register) {
		this.register = register;
	}

	// Held at least 5 minutes so a node whose clock is a little behind does not run it
	// again.
	@Scheduled(cron = "0 20 1 * * *")
	@SchedulerLock(name = "awards.keyTeacherFlags", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
	void syncFlags() {
		int people = register.syncFlagsForDay(LocalDate.now());
		log.info("Nightly key-teacher flags on this node: {} people checked", people);
	}

}
