package io.edubureau;

import io.edubureau.dataset.DatasetCommand;

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
		SpringApplication.run(EduBureauApplication.class, args);
	}

}
