package org.reachback.session.sessions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sessions are timed, under {@code reachback.sessions}.
 *
 * @param batchSize how many unanswered sessions one timer transaction ends at most
 */
@ConfigurationProperties("reachback.sessions")
public record SessionSettings(@DefaultValue Chat chat, @DefaultValue("100") int batchSize) {

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

}
