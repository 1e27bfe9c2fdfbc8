package org.reachback.session.sessions;

import java.time.Duration;
import java.util.Map;

import org.reachback.events.dial.DialRequested.CallOrder;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sessions are performed, under {@code reachback.sessions}.
 *
 * @param batchSize how many unanswered sessions one timer transaction ends at most
 */
@ConfigurationProperties("reachback.sessions")
public record SessionSettings(@DefaultValue Chat chat, @DefaultValue Voice voice, @DefaultValue("100") int batchSize) {

	public SessionSettings {
		if (batchSize < 1) {
			throw new IllegalArgumentException("reachback.sessions.batch-size must be at least 1");
		}
	}

	/**
	 * @param noAnswerAfter how long after the agent joined the customer has to reply before the
	 * attempt ends with {@code NO_ANSWER} (how often that is checked, {@code no-answer-check}, is read by
	 * {@link NoAnswerTimer}'s schedule)
	 */
	public record Chat(@DefaultValue("2m") Duration noAnswerAfter) {

		public Chat {
			if (noAnswerAfter.isNegative() || noAnswerAfter.isZero()) {
				throw new IllegalArgumentException("reachback.sessions.chat.no-answer-after must be positive");
			}
		}

	}

	/**
	 * How voice callbacks are placed, per queue; a queue not listed gets {@code defaults}.
	 *
	 * @param defaults agent first, on the suite's own SIP user agent
	 */
	public record Voice(@DefaultValue QueueCalls defaults, Map<String, QueueCalls> queues) {

		public Voice {
			queues = queues == null ? Map.of() : Map.copyOf(queues);
		}

		public QueueCalls forQueue(String queue) {
			return queue == null ? defaults : queues.getOrDefault(queue, defaults);
		}

	}

	/**
	 * @param order who is rung first: {@code AGENT_FIRST} (the agent is on the line before the
	 * customer's phone rings) or {@code CUSTOMER_FIRST} (the agent is rung only once the customer answered)
	 * @param dialler {@code SIP}: session-service sets up the call; {@code EXTERNAL}: the contact
	 * centre's own dialler does, told by {@code DialRequested} on Kafka
	 */
	public record QueueCalls(@DefaultValue("AGENT_FIRST") CallOrder order, @DefaultValue("SIP") Dialler dialler) {

		public enum Dialler {
			SIP, EXTERNAL
		}

	}

}
