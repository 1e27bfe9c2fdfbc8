package org.reachback.intent;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.DomainEvent;
import org.reachback.events.Topics;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.EmbeddedKafkaBroker;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.bearer;

/**
 * What the integration tests share: the HTTP API as a widget calls it, the other services' events
 * published onto Kafka, and a watch on what this service publishes on the chat topic.
 */
abstract class ChatApiSupport {

	private static final AtomicInteger NUMBERS = new AtomicInteger();

	@LocalServerPort
	int port;

	/**
	 * This context's own broker. Not {@code ${spring.kafka.bootstrap-servers}}: that resolves through
	 * the {@code spring.embedded.kafka.brokers} system property, which names the broker of the context
	 * started last, and a class with a context of its own ({@code @DirtiesContext}) closes that one.
	 */
	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	JsonMapper json;

	TestHttp http;

	TestKafka otherServices;

	TopicWatch chatTopic;

	@BeforeEach
	void connect() {
		http = TestHttp.onPort(port);
		otherServices = new TestKafka(broker.getBrokersAsString());
		chatTopic = otherServices.watchFromBeginning(Topics.CHAT);
	}

	@AfterEach
	void disconnect() {
		chatTopic.close();
		otherServices.close();
	}

	/**
	 * A chat of a customer with a phone number of their own, so that their callback is not turned
	 * away as a second one for the same number (one open callback per number and brand).
	 */
	OpenChat startChat(String message) {
		return startChat(message, Map.of("name", "Ada", "phone", freshPhone(), "timeZone", "Europe/London",
				"locale", "en-GB"));
	}

	/** A London number (Ofcom's drama range, 020 7946 0000–0999) no other chat of this run has used. */
	static String freshPhone() {
		return String.format("+44 20 7946 0%03d", NUMBERS.getAndIncrement() % 1000);
	}

	OpenChat startChat(String message, Map<String, String> customer) {
		return startChat("acme", message, customer);
	}

	OpenChat startChat(String brand, String message, Map<String, String> customer) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("brand", brand);
		body.put("message", message);
		if (customer != null) {
			body.put("customer", customer);
		}
		JsonNode chat = http.post("/api/v1/chats", null, body).expect(201);
		String phone = customer == null || customer.get("phone") == null ? null : customer.get("phone").replace(" ", "");
		return new OpenChat(UUID.fromString(chat.get("chatId").asString()), chat.get("token").asString(), chat, phone);
	}

	/** Publishes an event as the service that owns it would. */
	void publish(String topic, DomainEvent event) {
		otherServices.publish(topic, event);
	}

	/** Waits until the chat's transcript has an entry of {@code kind} and answers the whole transcript. */
	JsonNode awaitTranscriptWith(OpenChat chat, String kind) {
		return await().atMost(Duration.ofSeconds(20)).until(() -> transcript(chat), entries -> {
			for (JsonNode entry : entries) {
				if (kind.equals(entry.get("kind").asString())) {
					return true;
				}
			}
			return false;
		});
	}

	JsonNode transcript(OpenChat chat) {
		return http.get("/api/v1/chats/" + chat.id() + "/transcript", bearer(chat.token())).expect(200);
	}

	/** @param phone the number the chat was opened with, in E.164, if any */
	record OpenChat(UUID id, String token, JsonNode response, String phone) {
	}

}
