package org.reachback.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.platform.messaging.EventMessageConverter;
import org.reachback.platform.messaging.Inbox;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A minimal service on the platform: it consumes agent events idempotently, as every real service
 * does, and (in {@code web}) accepts a small command to show how bad input is answered.
 */
@SpringBootApplication
public class PlatformTestApplication {

	@Bean
	AgentEvents agentEvents(Inbox inbox, TransactionTemplate transactions) {
		return new AgentEvents(inbox, transactions);
	}

	@KafkaListener(topics = Topics.AGENT)
	public static class AgentEvents {

		public final List<AgentStateChanged> applied = new CopyOnWriteArrayList<>();

		public final List<String> ignoredTypes = new CopyOnWriteArrayList<>();

		/** Events for agents named so fail as if the database were down for their first 6 seconds. */
		public static final String DATABASE_DOWN_FOR_6S = "outage-";

		private final Map<UUID, Instant> firstAttempts = new ConcurrentHashMap<>();

		private final Inbox inbox;

		private final TransactionTemplate transactions;

		public AgentEvents(Inbox inbox, TransactionTemplate transactions) {
			this.inbox = inbox;
			this.transactions = transactions;
		}

		@KafkaHandler
		public void on(AgentStateChanged event) {
			if (event.agentId().startsWith(DATABASE_DOWN_FOR_6S)) {
				Instant firstAttempt = firstAttempts.computeIfAbsent(event.eventId(), id -> Instant.now());
				if (Instant.now().isBefore(firstAttempt.plusSeconds(6))) {
					throw new CannotGetJdbcConnectionException("the database is restarting (simulated)");
				}
			}
			transactions.executeWithoutResult(status -> {
				if (inbox.firstDelivery("test-consumer", event)) {
					applied.add(event);
				}
			});
		}

		@KafkaHandler(isDefault = true)
		public void ignore(Object other) {
			if (other instanceof EventMessageConverter.UnknownEvent unknown) {
				ignoredTypes.add(unknown.type());
			}
		}

	}

}
