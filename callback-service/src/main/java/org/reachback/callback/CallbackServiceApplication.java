package org.reachback.callback;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Callback records and their lifecycle: validation, idempotency, scheduling and durable timers. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CallbackServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(CallbackServiceApplication.class, args);
	}

}
