package org.reachback.intent;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the features share. */
@Configuration(proxyBeanMethods = false)
class IntentServiceConfiguration {

	/** One clock for everything time-based, so that tests can reason about time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
