package org.reachback.intent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The public chat API for widgets, chat sessions and transcripts, intent analysis and the choice of bot. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntentServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(IntentServiceApplication.class, args);
	}

}
