package org.reachback.session;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Performs callbacks with the selected agent and reports the progress and outcome of every attempt. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SessionServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(SessionServiceApplication.class, args);
	}

}
