package org.reachback.callback;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.DomainEvent;
import org.reachback.events.Topics;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.assignment.SlotRefused;
import org.reachback.events.callback.CallbackSlotRequested;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

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

	/** The {@code n}-th event of {@code type} this service published for the callback, once there is one. */
	<T extends DomainEvent> T awaitNth(UUID callbackId, Class<T> type, int n) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> published.of(callbackId, type), found -> found.size() >= n)
			.get(n - 1);
	}

	/**
	 * Plays interaction-manager: books the {@code n}-th slot this service asked for the callback,
	 * a quarter of an hour long, with the agent asked for.
	 */
	SlotBooked bookAskedSlot(UUID callbackId, int n) {
		CallbackSlotRequested asked = awaitNth(callbackId, CallbackSlotRequested.class, n);
		SlotBooked booked = new SlotBooked(UUID.randomUUID(), Requests.now(), callbackId, asked.queue(), asked.slot(),
				asked.slot().plus(Duration.ofMinutes(15)), asked.preferredAgent(), "1 of 3 places taken");
		otherServices.publish(Topics.ASSIGNMENT, booked);
		return booked;
	}

	/** Plays interaction-manager: refuses the {@code n}-th slot this service asked for the callback. */
	SlotRefused refuseAskedSlot(UUID callbackId, int n, String problem) {
		CallbackSlotRequested asked = awaitNth(callbackId, CallbackSlotRequested.class, n);
		SlotRefused refused = new SlotRefused(UUID.randomUUID(), Requests.now(), callbackId, asked.queue(),
				asked.slot(), problem, List.of(asked.slot().plus(Duration.ofMinutes(15))), "3 of 3 places taken");
		otherServices.publish(Topics.ASSIGNMENT, refused);
		return refused;
	}

}
