package org.reachback.callback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callbacks are timed, under {@code reachback.callbacks}.
 *
 * @param timerInterval how often the durable timer looks for callbacks that became due or expired
 * @param batchSize how many callbacks one timer transaction moves at most
 * @param expireAfter how long a due callback may wait for an agent, counted from its due time,
 * before it expires
 * @param slotGrace how far in the past a chosen slot may start and still be booked (as due now):
 * a customer who picks the 10:00 slot at 10:02 still gets their call
 */
@ConfigurationProperties("reachback.callbacks")
public record CallbackSettings(@DefaultValue("250ms") Duration timerInterval, @DefaultValue("100") int batchSize,
		@DefaultValue("4h") Duration expireAfter, @DefaultValue("5m") Duration slotGrace) {

	public CallbackSettings {
		if (batchSize < 1) {
			throw new IllegalArgumentException("reachback.callbacks.batch-size must be at least 1");
		}
	}

}
