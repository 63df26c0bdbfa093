package io.edubureau;

import io.edubureau.dataset.DatasetCommand;
import io.edubureau.platform.BackupCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * EduBureau: administration system for county and district education bureaus.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EduBureauApplication {

	public static void main(String[] args) {
		if (DatasetCommand.isCommand(args)) {
			// A command runs, prints and exits instead of serving.
			System.exit(DatasetCommand.run(EduBureauApplication.class, args, System.out, System.err));
		}
		if (BackupCommand.isCommand(args)) {
			// Works on the stopped embedded database's files; no application is started.
			System.exit(BackupCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(EduBureauApplication.class, args);
	}

}
