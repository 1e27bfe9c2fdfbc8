package org.reachback.callback;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.Topics;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What callback-service's event-driven tests share: the other services, stood in for, publishing
 * onto Kafka; a watch on what this service published (the callback topic, and any other topics a
 * test names); and the callback table as the service wrote it.
 */
abstract class OtherServices {

	@Value("${spring.kafka.bootstrap-servers}")
	private String bootstrapServers;

	@Autowired
	private JdbcClient jdbc;

	TestKafka otherServices;

	TopicWatch published;

	CallbackTable table;

	/** The topics {@link #published} watches from their beginning. */
	String[] watchedTopics() {
		return new String[] { Topics.CALLBACK };
	}

	@BeforeEach
	void connect() {
		otherServices = new TestKafka(bootstrapServers);
		published = otherServices.watchFromBeginning(watchedTopics());
		table = new CallbackTable(jdbc);
	}

	@AfterEach
	void disconnect() {
		otherServices.close();
	}

}
