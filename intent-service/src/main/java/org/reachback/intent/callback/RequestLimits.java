package org.reachback.intent.callback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on callback requests per phone number and brand, under {@code reachback.callbacks}.
 *
 * @param maxRequestsPerNumber how many callbacks one number may ask for in {@link #WINDOW}
 */
@ConfigurationProperties("reachback.callbacks")
public record RequestLimits(@DefaultValue("3") int maxRequestsPerNumber) {

	/** The window requests are counted in. */
	static final Duration WINDOW = Duration.ofHours(24);

	public RequestLimits {
		if (maxRequestsPerNumber < 1) {
			throw new IllegalArgumentException("reachback.callbacks.max-requests-per-number must be at least 1");
		}
	}

}
