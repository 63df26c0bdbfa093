package io.edubureau;

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
		SpringApplication.run(EduBureauApplication.class, args);
	}

}
