package org.reachback.platform.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.reachback.events.Topics;
import org.reachback.events.agent.AgentStateChanged;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.transaction.support.TransactionTemplate;

/** A minimal service that consumes agent events idempotently, as every real service does. */
@SpringBootApplication
class MessagingTestApplication {

	@Bean
	AgentEvents agentEvents(Inbox inbox, TransactionTemplate transactions) {
		return new AgentEvents(inbox, transactions);
	}

	@KafkaListener(topics = Topics.AGENT)
	static class AgentEvents {

		final List<AgentStateChanged> applied = new CopyOnWriteArrayList<>();

		final List<String> ignoredTypes = new CopyOnWriteArrayList<>();

		private final Inbox inbox;

		private final TransactionTemplate transactions;

		AgentEvents(Inbox inbox, TransactionTemplate transactions) {
			this.inbox = inbox;
			this.transactions = transactions;
		}

		@KafkaHandler
		public void on(AgentStateChanged event) {
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
