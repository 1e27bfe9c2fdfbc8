package org.reachback.chatbot.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.Topics;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Value;

/**
 * What chatbot-service's integration tests share: intent-service, stood in for, publishing chat
 * events onto Kafka, and a watch on everything the bots published, from the beginning.
 */
public abstract class ChatOverKafka {

	@Value("${spring.kafka.bootstrap-servers}")
	private String brokers;

	protected TestKafka intentService;

	protected TopicWatch bots;

	@BeforeEach
	void connectToKafka() {
		intentService = new TestKafka(brokers);
		bots = intentService.watchFromBeginning(Topics.BOT);
	}

	@AfterEach
	void disconnectFromKafka() {
		intentService.close();
	}

}
