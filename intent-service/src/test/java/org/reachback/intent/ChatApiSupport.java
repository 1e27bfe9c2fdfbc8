package org.reachback.intent;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reachback.events.DomainEvent;
import org.reachback.events.EventCodec;
import org.reachback.events.EventHeaders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the integration tests share: an HTTP client, a probe on the chat topic and event publishing. */
abstract class ChatApiSupport {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	KafkaTemplate<String, String> kafka;

	@Autowired
	EventCodec codec;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	Http http;

	ChatTopicProbe chatTopic;

	@BeforeEach
	void connect() {
		http = new Http(port, json);
		chatTopic = new ChatTopicProbe(bootstrapServers);
	}

	@AfterEach
	void disconnect() {
		chatTopic.close();
	}

	OpenChat startChat(String message) {
		return startChat(message, Map.of("name", "Ada", "phone", "+44 20 7946 0958", "timeZone", "Europe/London",
				"locale", "en-GB"));
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
		Http.Response response = http.postJson("/api/v1/chats", null, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode chat = response.body();
		return new OpenChat(UUID.fromString(chat.get("chatId").asString()), chat.get("token").asString(), chat);
	}

	void publish(String topic, DomainEvent event) {
		EventCodec.Encoded encoded = codec.encode(event);
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.aggregateId(), encoded.payload());
		record.headers()
			.add(EventHeaders.TYPE, encoded.type().getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.VERSION, String.valueOf(encoded.version()).getBytes(StandardCharsets.UTF_8))
			.add(EventHeaders.ID, event.eventId().toString().getBytes(StandardCharsets.UTF_8));
		kafka.send(record).join();
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
		Http.Response response = http.get("/api/v1/chats/" + chat.id() + "/transcript", chat.token());
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body();
	}

	record OpenChat(UUID id, String token, JsonNode response) {
	}

}
