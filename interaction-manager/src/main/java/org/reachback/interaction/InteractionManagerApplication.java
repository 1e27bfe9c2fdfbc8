package org.reachback.interaction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Agents, skills and queues: agent state, the queue status view, callback availability and agent reservation. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InteractionManagerApplication {

	public static void main(String[] args) {
		SpringApplication.run(InteractionManagerApplication.class, args);
	}

}
