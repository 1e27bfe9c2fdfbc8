package org.reachback.launcher;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reachback.events.EventRecords;
import org.reachback.events.Topics;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestTokens;
import org.reachback.testing.logs.LogGate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One negative test for each item of the OWASP API Security Top 10 (2023), against the whole
 * suite as the local run starts it (every service a process, real broker and database, the demo's
 * rate limits on): what an attacker tries is refused, and refused the documented way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwaspApiTop10IT {

	/** Signed in at the local run's issuer once the suite has started. */
	private String asAdmin;

	private String asMaria;

	private static final String EVIL_ORIGIN = "https://evil.example";

	private final TestHttp intent = TestHttp.onPort(Service.INTENT.port());

	private final TestHttp callbacks = TestHttp.onPort(Service.CALLBACK.port());

	private final TestHttp interaction = TestHttp.onPort(Service.INTERACTION.port());

	private final TestHttp sessions = TestHttp.onPort(Service.SESSION.port());

	private final TestHttp bots = TestHttp.onPort(Service.CHATBOT.port());

	private LocalSuite suite;

	@BeforeAll
	void startSuite() {
		suite = SharedSuite.get();
		asAdmin = LocalSignIn.bearer("admin");
		asMaria = LocalSignIn.bearer("maria");
	}

	@AfterAll
	void checkLogs() {
		if (suite != null) {
			LogGate.assertClean(suite.logs());
		}
	}

	@Test
	void api1BrokenObjectLevelAuthorization() {
		Chat mine = startChat("hello");
		Chat theirs = startChat("hello there");

		// a chat's token opens that chat only, and another chat looks exactly like no chat at all
		intent.get("/api/v1/chats/" + theirs.id + "/transcript", mine.bearer()).expect(404);
		intent.post("/api/v1/chats/" + theirs.id + "/messages", mine.bearer(), Map.of("text", "hi")).expect(404);
		String wrongChat = intent.get("/api/v1/chats/" + theirs.id + "/transcript", mine.bearer()).expect(404)
			.path("title").asString();
		String noChat = intent.get("/api/v1/chats/" + UUID.randomUUID() + "/transcript", mine.bearer()).expect(404)
			.path("title").asString();
		assertThat(wrongChat).isEqualTo(noChat);
		// an agent acts as themself only
		interaction.put("/api/v1/agents/li/state", asMaria, Map.of("state", "AVAILABLE")).expect(403);
		interaction.get("/api/v1/agents/li/offers", asMaria).expect(403);
		sessions.get("/api/v1/agents/li/sessions", asMaria).expect(403);
	}

	@Test
	void api2BrokenAuthentication() {
		Chat chat = startChat("hello");

		intent.get("/api/v1/chats/" + chat.id + "/transcript", null).expect(401);
		intent.get("/api/v1/chats/" + chat.id + "/transcript", TestHttp.bearer(chat.token + "x")).expect(404);
		// the token travels in the Authorization header only, never in a URL that logs and proxies keep
		intent.get("/api/v1/chats/" + chat.id + "/transcript?token=" + chat.token, null).expect(401);
		// a stream ticket opens the event stream and nothing else
		String ticket = intent.post("/api/v1/chats/" + chat.id + "/stream-tickets", chat.bearer(), Map.of())
			.expect(201)
			.path("ticket")
			.asString();
		intent.get("/api/v1/chats/" + chat.id + "/transcript", TestHttp.bearer(ticket)).expect(404);
		// agents and administrators sign in at the identity provider: no password is taken here, and
		// a token another issuer signed, or one that has expired, opens nothing
		interaction.get("/api/v1/agents/maria", TestHttp.basic("maria", "demo")).expect(401);
		callbacks.get("/api/v1/callbacks", TestHttp.basic("admin", "admin")).expect(401);
		callbacks.get("/api/v1/callbacks", TestHttp.bearer(TestTokens.forUser("admin"))).expect(401);
		interaction.get("/actuator/queues",
				TestHttp.bearer(TestTokens.token("admin", List.of("ADMIN"), Duration.ofMinutes(-5))))
			.expect(401);
	}

	@Test
	void api3BrokenObjectPropertyLevelAuthorization() {
		// a client cannot set what only the service decides: an unknown property is refused, not ignored
		JsonNode refused = intent.post("/api/v1/chats", null,
				Map.of("brand", "acme", "message", "hello", "bot", "billing", "token", "chosen-by-me")).expect(400);
		assertThat(refused.path("detail").asString()).contains("is not a field");
		interaction.put("/api/v1/agents/maria/state", asMaria, Map.of("state", "AVAILABLE", "skills", List.of("all")))
			.expect(400);
		// and a response shows no more than its reader may see: the customer's own number, masked
		Chat chat = billingChat();
		String callbackId = requestCallback(chat, "020 7946 0101").path("callbackId").asString();
		String view = intent.get("/api/v1/callbacks/" + callbackId, chat.bearer()).expect(200).toString();
		assertThat(view).doesNotContain("2079460101").doesNotContain("token");
	}

	@Test
	void api4UnrestrictedResourceConsumption() {
		Chat chat = startChat("hello");

		// bodies are bounded
		String huge = "{\"text\":\"" + "x".repeat(20_000) + "\"}";
		assertThat(intent.post("/api/v1/chats/" + chat.id + "/messages", chat.bearer(), huge).expect(413)
			.path("detail").asString()).contains("16 KB");
		// one chat cannot make requests without limit
		List<TestHttp.Response> answers = new ArrayList<>();
		for (int i = 0; i < 130; i++) {
			answers.add(intent.get("/api/v1/chats/" + chat.id + "/transcript", chat.bearer()));
		}
		TestHttp.Response limited = answers.stream().filter(a -> a.status() == 429).findFirst().orElseThrow();
		assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
		assertThat(limited.header("RateLimit-Policy")).contains("per-chat");
		assertThat(limited.contentType()).startsWith("application/problem+json");
		assertThat(answers.get(0).header("RateLimit")).matches("\"[a-z-]+\";r=\\d+;t=\\d+");
	}

	@Test
	void api4OpenEventStreamsPerChatAreCapped() throws Exception {
		Chat chat = startChat("hello");
		List<HttpResponse<InputStream>> open = new ArrayList<>();
		try {
			for (int i = 0; i < 3; i++) {
				open.add(stream(chat));
				assertThat(open.get(i).statusCode()).isEqualTo(200);
			}
			HttpResponse<InputStream> oneTooMany = stream(chat);
			open.add(oneTooMany);
			assertThat(oneTooMany.statusCode()).isEqualTo(429);
			assertThat(oneTooMany.headers().firstValue("Retry-After")).isPresent();
		}
		finally {
			for (HttpResponse<InputStream> response : open) {
				response.body().close();
			}
		}
	}

	@Test
	void api5BrokenFunctionLevelAuthorization() {
		// an agent is not an administrator: callback administration, metrics and the admin views are closed
		callbacks.get("/api/v1/callbacks", asMaria).expect(403);
		interaction.get("/actuator/prometheus", asMaria).expect(403);
		intent.get("/actuator/chats", asMaria).expect(403);
		bots.get("/actuator/metrics", asMaria).expect(403);
		// a supervisor reads the operational views but does not change the running services
		String supervisor = LocalSignIn.bearer("supervisor");
		callbacks.get("/api/v1/callbacks", supervisor).expect(200);
		interaction.get("/actuator/queues", supervisor).expect(200);
		intent.get("/actuator/intents", supervisor).expect(403);
		intent.get("/actuator/intents", asAdmin).expect(200);
		// and a customer's chat token opens no agent or admin route
		Chat chat = startChat("hello");
		interaction.get("/api/v1/queues", chat.bearer()).expect(401);
		sessions.get("/api/v1/agents/maria/sessions", chat.bearer()).expect(401);
	}

	@Test
	void api6UnrestrictedAccessToSensitiveBusinessFlows() {
		// a callback rings a person's phone: one number gets a bounded number of callbacks per brand a
		// day, even when each is cancelled before the next is asked for
		for (int i = 0; i < 3; i++) {
			Chat chat = billingChat();
			String callbackId = requestCallback(chat, "020 7946 0202").path("callbackId").asString();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> intent.get("/api/v1/callbacks/" + callbackId, chat.bearer()).expect(200).path("status")
					.asString(), "DUE"::equals);
			intent.delete("/api/v1/callbacks/" + callbackId, chat.bearer()).expect(202);
			await().atMost(Duration.ofSeconds(60))
				.until(() -> intent.get("/api/v1/callbacks/" + callbackId, chat.bearer()).expect(200).path("status")
					.asString(), "CANCELLED"::equals);
		}
		Chat fourth = billingChat();
		TestHttp.Response refused = intent.post(promptPath(fourth), fourth.bearer(),
				Map.of("option", "callback-asap", "phone", "020 7946 0202"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
	}

	@Test
	void api7ServerSideRequestForgery() {
		// nothing a client sends is fetched: no operation of any service takes a URL to call
		Pattern urlLike = Pattern.compile("(?i)\"(url|uri|href|webhook|callbackUrl|redirect[a-z]*)\"|\"format\"\\s*:\\s*\"ur[il]\"");
		for (TestHttp service : List.of(intent, callbacks, interaction, sessions, bots)) {
			JsonNode api = service.get("/v3/api-docs", null).expect(200);
			api.path("paths").forEach(operations -> operations.forEach(operation -> {
				String inputs = operation.path("parameters").toString() + operation.path("requestBody").toString();
				assertThat(urlLike.matcher(inputs).find()).as(service.base() + " " + inputs).isFalse();
			}));
			api.path("components").path("schemas").properties().forEach(schema -> {
				if (isRequestSchema(api, schema.getKey())) {
					assertThat(urlLike.matcher(schema.getValue().toString()).find()).as(schema.getKey()).isFalse();
				}
			});
		}
	}

	@Test
	void api8SecurityMisconfiguration() {
		// no site but the brand's own may call the chat API from a browser, and no wildcard anywhere
		for (TestHttp service : List.of(intent, callbacks, interaction, sessions)) {
			TestHttp.Response preflight = service.send(service.request("/api/v1/chats", null)
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", EVIL_ORIGIN)
				.header("Access-Control-Request-Method", "POST"));
			assertThat(preflight.status()).as(service.base()).isIn(401, 403);
			assertThat(preflight.header("Access-Control-Allow-Origin")).as(service.base()).isEmpty();
		}
		TestHttp.Response fromEvil = intent.send(intent.request("/api/v1/chats", null)
			.header("Origin", EVIL_ORIGIN)
			.POST(HttpRequest.BodyPublishers.ofString("{\"brand\":\"acme\",\"message\":\"hi\"}")));
		assertThat(fromEvil.status()).isEqualTo(403);
		// errors tell a client what to fix and nothing about the server
		TestHttp.Response error = intent.get("/api/v1/chats/not-a-uuid/transcript", TestHttp.bearer("x"));
		assertThat(error.status()).isEqualTo(400);
		assertThat(error.text()).doesNotContain("Exception", "at org.", "Tomcat", "Spring");
		assertThat(error.header("Server")).isEmpty();
		assertThat(error.header("X-Content-Type-Options")).isEqualTo("nosniff");
		// Actuator shows an anonymous caller its health and nothing else
		for (TestHttp service : List.of(intent, callbacks, interaction, sessions, bots)) {
			assertThat(service.get("/actuator/env", null).status()).isIn(401, 404);
			assertThat(service.get("/actuator/health", null).expect(200).path("components").isMissingNode()).isTrue();
		}
	}

	@Test
	void api9ImproperInventoryManagement() {
		// what each service serves is what its OpenAPI says: the error path is not an API, and
		// every documented error is a problem
		for (TestHttp service : List.of(intent, callbacks, interaction, sessions, bots)) {
			JsonNode api = service.get("/v3/api-docs", null).expect(200);
			assertThat(api.path("paths").has("/error")).as(service.base()).isFalse();
			service.get("/error", asAdmin).expect(404);
			api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
				JsonNode responses = operation.getValue().path("responses");
				responses.properties().stream().filter(response -> response.getKey().startsWith("4")).forEach(
						response -> assertThat(response.getValue().path("content").propertyNames())
							.as("%s %s %s", service.base(), path.getKey(), response.getKey())
							.containsExactly("application/problem+json"));
			}));
		}
		// no other version of the API answers beside the documented one
		assertThat(intent.post("/api/v0/chats", null, Map.of("brand", "acme", "message", "hi")).status()).isIn(401, 404);
	}

	@Test
	void api10UnsafeConsumptionOfApis() throws Exception {
		// a contact centre's dialler is another system: what it reports is checked like user input
		String group = "session-service";
		try (KafkaProducer<String, String> dialler = producer(); Admin admin = admin()) {
			dialler.send(EventRecords.toRecord(Topics.DIAL_PROGRESS, "k", "DialProgressed", 1, UUID.randomUUID(),
					"{\"sessionId\":\"not-a-uuid\",\"status\":\"CONNECTED\"")).get(10, TimeUnit.SECONDS);
			dialler.send(EventRecords.toRecord(Topics.DIAL_PROGRESS, "k", "DialProgressed", 1, UUID.randomUUID(),
					"{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"sessionId\":\""
							+ UUID.randomUUID() + "\",\"status\":\"COMPLETED\",\"reason\":\"" + "\\u0000".repeat(50)
							+ "x".repeat(5000) + "\"}"))
				.get(10, TimeUnit.SECONDS);

			// the malformed report is set aside as a dead letter, the one for no known session changes
			// nothing, and the service reads on
			await().atMost(Duration.ofSeconds(60))
				.ignoreExceptions()
				.until(() -> endOffset(admin, Topics.deadLetter(Topics.DIAL_PROGRESS, group)) >= 1);
			await().atMost(Duration.ofSeconds(60))
				.ignoreExceptions()
				.until(() -> committed(admin, group, Topics.DIAL_PROGRESS) >= 2);
			assertThat(sessions.get("/actuator/health", null).expect(200).path("status").asString()).isEqualTo("UP");
			// the suite is shared with the journeys, whose sessions Maria keeps: none took the dialler's words
			assertThat(sessions.get("/api/v1/agents/maria/sessions", asMaria).expect(200).toString())
				.doesNotContain("x".repeat(100));
		}
	}

	private Chat startChat(String message) {
		JsonNode chat = intent.post("/api/v1/chats", null, Map.of("brand", "acme", "message", message)).expect(201);
		return new Chat(chat.path("chatId").asString(), chat.path("token").asString());
	}

	/** A chat whose bot cannot help, so it offers a callback. */
	private Chat billingChat() {
		JsonNode chat = intent.post("/api/v1/chats", null, Map.of("brand", "acme", "message",
				"I was charged twice for the same order and want to dispute the charge", "customer",
				Map.of("name", "Eve", "timeZone", "Europe/London", "locale", "en-GB"))).expect(201);
		return new Chat(chat.path("chatId").asString(), chat.path("token").asString());
	}

	private JsonNode requestCallback(Chat chat, String phone) {
		return intent.post(promptPath(chat), chat.bearer(), Map.of("option", "callback-asap", "phone", phone)).expect(202);
	}

	private String promptPath(Chat chat) {
		String promptId = await().atMost(Duration.ofSeconds(30))
			.until(() -> intent.get("/api/v1/chats/" + chat.id + "/transcript", chat.bearer())
				.expect(200)
				.valueStream()
				.filter(e -> "prompt".equals(e.path("kind").asString()))
				.findFirst(), Optional::isPresent)
			.orElseThrow()
			.path("prompt")
			.path("promptId")
			.asString();
		return "/api/v1/chats/" + chat.id + "/prompts/" + promptId;
	}

	private HttpResponse<InputStream> stream(Chat chat) throws Exception {
		return intent.client()
			.send(intent.request("/api/v1/chats/" + chat.id + "/events", chat.bearer())
				.header("Accept", "text/event-stream")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
	}

	private static boolean isRequestSchema(JsonNode api, String schema) {
		String ref = "\"#/components/schemas/" + schema + "\"";
		List<String> bodies = new ArrayList<>();
		api.path("paths").forEach(operations -> operations.forEach(operation -> bodies.add(operation.path("requestBody").toString())));
		return bodies.stream().anyMatch(body -> body.contains(ref));
	}

	private KafkaProducer<String, String> producer() {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers());
		config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		return new KafkaProducer<>(config);
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers()));
	}

	private static long endOffset(Admin admin, String topic) throws Exception {
		Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
		admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
		return admin.listOffsets(latest).all().get().values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
	}

	private static long committed(Admin admin, String group, String topic) throws Exception {
		Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
			.partitionsToOffsetAndMetadata()
			.get();
		return offsets.entrySet()
			.stream()
			.filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
			.mapToLong(e -> e.getValue().offset())
			.sum();
	}

	private record Chat(String id, String token) {

		String bearer() {
			return TestHttp.bearer(token);
		}

	}

}
