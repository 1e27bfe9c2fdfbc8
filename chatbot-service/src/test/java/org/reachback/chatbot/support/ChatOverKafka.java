package org.reachback.chatbot.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.Topics;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

/**
 * What chatbot-service's integration tests share: intent-service, stood in for, publishing chat
 * events onto Kafka, and a watch on everything the bots published, from the beginning.
 */
public abstract class ChatOverKafka {

	/**
	 * This context's own broker. Not {@code ${spring.kafka.bootstrap-servers}}: that resolves through
	 * the {@code spring.embedded.kafka.brokers} system property, which names the broker of the context
	 * started last, and {@code ApiFuzzTest} has a context of its own.
	 */
	@Autowired
	private EmbeddedKafkaBroker broker;

	protected TestKafka intentService;

	protected TopicWatch bots;

	@BeforeEach
	void connectToKafka() {
		intentService = new TestKafka(broker.getBrokersAsString());
		bots = intentService.watchFromBeginning(Topics.BOT);
	}

	@AfterEach
	void disconnectFromKafka() {
		intentService.close();
	}

}
