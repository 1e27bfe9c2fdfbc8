package org.reachback.session;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.DomainEvent;
import org.reachback.events.HandoverReason;
import org.reachback.events.IntentMatch;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.TranscriptLine.Speaker;
import org.reachback.events.TranscriptLine;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.chat.CustomerMessaged;
import org.reachback.events.session.AgentMessaged;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.demoUser;

@ServiceIntegrationTest
class SessionFlowIntegrationTests {

	private static final Duration KAFKA = Duration.ofSeconds(30);

	private static final String SERVICE_GROUP = "session-service";

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	JdbcClient jdbc;

	private TestHttp api;

	private TestKafka otherServices;

	@BeforeEach
	void setUp() {
		api = TestHttp.onPort(port);
		otherServices = new TestKafka(bootstrapServers);
	}

	@AfterEach
	void tearDown() {
		otherServices.close();
	}

	@Test
	void anAssignmentConnectsOneSessionHoweverOftenItArrives() {
		AgentAssigned assignment = assignment(Channel.CHAT);
		otherServices.publish(Topics.ASSIGNMENT, assignment);
		otherServices.publish(Topics.ASSIGNMENT, assignment);
		RecordMetadata last = otherServices.publish(Topics.ASSIGNMENT, new AgentAssigned(UUID.randomUUID(), Instant.now(),
				assignment.callbackId(), assignment.offerId(), "maria", "Maria", Channel.CHAT, assignment.context(), null));

		SessionConnected connected = await().atMost(KAFKA)
			.until(() -> published(SessionConnected.class, e -> e.callbackId().equals(assignment.callbackId())),
					events -> !events.isEmpty())
			.get(0);
		otherServices.awaitConsumed(SERVICE_GROUP, last);
		awaitOutboxDrained(connected.sessionId());

		assertThat(connected.agentId()).isEqualTo("maria");
		assertThat(connected.agentName()).isEqualTo("Maria");
		assertThat(connected.channel()).isEqualTo(Channel.CHAT);
		assertThat(connected.chatId()).isEqualTo(assignment.context().chatId());
		assertThat(published(SessionConnected.class, e -> e.callbackId().equals(assignment.callbackId()))).hasSize(1);
		assertThat(mariasSessions().filter(s -> s.path("callbackId").asString().equals(assignment.callbackId().toString())))
			.hasSize(1);
	}

	@Test
	void mariaListsHerSessionsAndReadsOneWithItsContextAndTranscript() {
		String sessionId = connectedSession(assignment(Channel.CHAT));

		JsonNode listed = mariasSessions().filter(s -> s.path("sessionId").asString().equals(sessionId))
			.findFirst()
			.orElseThrow();
		assertThat(listed.path("status").asString()).isEqualTo("CONNECTED");
		assertThat(listed.path("customerName").asString()).isEqualTo("Ana");
		assertThat(listed.path("intent").asString()).isEqualTo("billing_dispute");
		assertThat(mariasSessions().findFirst().orElseThrow().path("status").asString()).isEqualTo("CONNECTED");

		TestHttp.Response reply = api.get("/api/v1/sessions/" + sessionId, demoUser("maria"));
		assertThat(reply.status()).isEqualTo(200);
		JsonNode session = reply.body();
		assertThat(session.path("channel").asString()).isEqualTo("CHAT");
		assertThat(session.path("agent").path("name").asString()).isEqualTo("Maria");
		assertThat(session.path("customer").path("name").asString()).isEqualTo("Ana");
		assertThat(session.path("phone").asString()).isEqualTo("+442079460958");
		assertThat(session.path("intent").asString()).isEqualTo("billing_dispute");
		assertThat(session.path("handoverReason").asString()).isEqualTo("INTENT_NOT_HANDLED");
		assertThat(session.path("reason").asString()).contains("billing bot");
		assertThat(session.path("transcript").valueStream().map(line -> line.path("text").asString()))
			.containsExactly("I was charged twice", "I cannot help with disputes, but an agent can.");
		assertThat(session.path("startedAt").isMissingNode()).isFalse();
	}

	@Test
	void anotherAgentNeitherSeesNorActsOnMariasSession() {
		String sessionId = connectedSession(assignment(Channel.CHAT));
		String path = "/api/v1/sessions/" + sessionId;

		assertProblem(api.get(path, demoUser("li")), 403);
		assertProblem(api.get(path + "/transcript", demoUser("li")), 403);
		assertProblem(api.get("/api/v1/agents/maria/sessions", demoUser("li")), 403);
		assertProblem(api.post(path + "/messages", demoUser("li"), Map.of("text", "hello")), 403);
		assertProblem(api.post(path + "/complete", demoUser("li"), "{}"), 403);
		assertProblem(api.get("/api/v1/sessions/" + UUID.randomUUID(), demoUser("maria")), 404);
		assertThat(api.get(path, null).status()).isEqualTo(401);
		assertThat(api.get(path, demoUser("admin")).status()).isEqualTo(200);
		assertThat(api.get(path, demoUser("maria")).body().path("status").asString()).isEqualTo("CONNECTED");
	}

	@Test
	void whatTheCustomerWritesAppearsInTheLiveTranscript() {
		AgentAssigned assignment = assignment(Channel.CHAT);
		String sessionId = connectedSession(assignment);
		UUID chatId = assignment.context().chatId();

		otherServices.publish(Topics.CHAT, customerMessaged(chatId, "It was order 1234."));
		otherServices.publish(Topics.CHAT, customerMessaged(chatId, "Same amount both times."));

		List<JsonNode> lines = await().atMost(KAFKA)
			.until(() -> api.get("/api/v1/sessions/" + sessionId + "/transcript", demoUser("maria")).body().valueStream().toList(),
					found -> found.size() == 2);
		assertThat(lines).extracting(line -> line.path("text").asString())
			.containsExactly("It was order 1234.", "Same amount both times.");
		assertThat(lines.get(0).path("speaker").asString()).isEqualTo("CUSTOMER");
		assertThat(lines.get(0).path("name").asString()).isEqualTo("Ana");
		assertThat(lines).extracting(line -> line.path("seq").asInt()).containsExactly(1, 2);
		assertThat(api.get("/api/v1/sessions/" + sessionId + "/transcript?after=1", demoUser("maria")).body().valueStream())
			.extracting(line -> line.path("text").asString())
			.containsExactly("Same amount both times.");
		assertThat(api.get("/api/v1/sessions/" + sessionId, demoUser("maria")).body().path("transcript").valueStream())
			.extracting(line -> line.path("text").asString())
			.endsWith("It was order 1234.", "Same amount both times.");
	}

	@Test
	void mariasMessageReachesTheCustomersChat() {
		AgentAssigned assignment = assignment(Channel.CHAT);
		String sessionId = connectedSession(assignment);

		TestHttp.Response reply = api.post("/api/v1/sessions/" + sessionId + "/messages", demoUser("maria"),
				Map.of("text", "Hi Ana, Maria from billing here."));

		assertThat(reply.status()).isEqualTo(202);
		String messageId = reply.body().path("messageId").asString();
		AgentMessaged messaged = await().atMost(KAFKA)
			.until(() -> published(AgentMessaged.class, e -> e.sessionId().toString().equals(sessionId)),
					events -> !events.isEmpty())
			.get(0);
		assertThat(messaged.agentId()).isEqualTo("maria");
		assertThat(messaged.agentName()).isEqualTo("Maria");
		assertThat(messaged.text()).isEqualTo("Hi Ana, Maria from billing here.");
		assertThat(messaged.messageId()).hasToString(messageId);
		assertThat(messaged.chatId()).isEqualTo(assignment.context().chatId());
		assertThat(messaged.callbackId()).isEqualTo(assignment.callbackId());
		JsonNode line = api.get("/api/v1/sessions/" + sessionId + "/transcript", demoUser("maria")).body().get(0);
		assertThat(line.path("speaker").asString()).isEqualTo("AGENT");
		assertThat(line.path("name").asString()).isEqualTo("Maria");
	}

	@Test
	void aBlankOrOverlongMessageIsABadRequest() {
		String path = "/api/v1/sessions/" + connectedSession(assignment(Channel.CHAT)) + "/messages";

		assertProblem(api.post(path, demoUser("maria"), Map.of("text", "   ")), 400);
		assertProblem(api.post(path, demoUser("maria"), Map.of("text", "x".repeat(2001))), 400);
		assertProblem(api.post(path, demoUser("maria"), "{not json"), 400);
		assertProblem(api.post("/api/v1/sessions/not-a-uuid/messages", demoUser("maria"), Map.of("text", "hi")), 400);
		assertThat(api.post(path, demoUser("maria"), Map.of("text", "x".repeat(2000))).status()).isEqualTo(202);
	}

	@Test
	void completingPublishesSessionCompletedOnceAndClosesTheSession() {
		AgentAssigned assignment = assignment(Channel.CHAT);
		String sessionId = connectedSession(assignment);
		String path = "/api/v1/sessions/" + sessionId;

		TestHttp.Response first = api.post(path + "/complete", demoUser("maria"), "{}");
		TestHttp.Response again = api.post(path + "/complete", demoUser("maria"), "{}");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body().path("status").asString()).isEqualTo("COMPLETED");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("endedAt")).isEqualTo(first.body().path("endedAt"));
		awaitOutboxDrained(UUID.fromString(sessionId));
		List<SessionCompleted> completed = published(SessionCompleted.class,
				e -> e.sessionId().toString().equals(sessionId));
		assertThat(completed).hasSize(1);
		assertThat(completed.get(0).callbackId()).isEqualTo(assignment.callbackId());
		assertThat(completed.get(0).agentId()).isEqualTo("maria");
		assertProblem(api.post(path + "/messages", demoUser("maria"), Map.of("text", "Are you still there?")), 409);
		assertThat(api.get(path, demoUser("maria")).body().path("endedAt").isNull()).isFalse();
	}

	@Test
	void aChatWaitsTwoMinutesForTheCustomerThenEndsWithNoAnswerOnce() {
		AgentAssigned assignment = assignment(Channel.CHAT);
		UUID sessionId = UUID.fromString(connectedSession(assignment));
		assertThat(jdbc.sql("select extract(epoch from reply_due_at - started_at) from callback_session where id = ?")
			.param(sessionId)
			.query(Double.class)
			.single()).as("the deadline is reachback.sessions.chat.no-answer-after from joining").isEqualTo(120.0);

		passDeadline(sessionId);

		SessionFailed failed = await().atMost(KAFKA)
			.until(() -> published(SessionFailed.class, e -> e.sessionId().equals(sessionId)), found -> !found.isEmpty())
			.get(0);
		assertThat(failed.outcome()).isEqualTo(AttemptOutcome.NO_ANSWER);
		assertThat(failed.reason()).isEqualTo("the customer did not reply within 2 minutes of the agent joining");
		assertThat(failed.callbackId()).isEqualTo(assignment.callbackId());
		assertThat(failed.chatId()).isEqualTo(assignment.context().chatId());
		JsonNode session = api.get("/api/v1/sessions/" + sessionId, demoUser("maria")).body();
		assertThat(session.path("status").asString()).isEqualTo("FAILED");
		assertThat(session.path("outcome").asString()).isEqualTo("NO_ANSWER");
		assertThat(api.post("/api/v1/sessions/" + sessionId + "/complete", demoUser("maria"),
				Map.of("outcome", "NO_ANSWER")).status()).as("the agent agrees: nothing changes").isEqualTo(200);
		assertProblem(api.post("/api/v1/sessions/" + sessionId + "/complete", demoUser("maria"), "{}"), 409);
		awaitOutboxDrained(sessionId);
		assertThat(published(SessionFailed.class, e -> e.sessionId().equals(sessionId))).hasSize(1);
	}

	@Test
	void aCustomerWhoRepliesKeepsTheAgentInTheChat() {
		AgentAssigned answered = assignment(Channel.CHAT);
		UUID answeredSession = UUID.fromString(connectedSession(answered));
		otherServices.publish(Topics.CHAT, customerMessaged(answered.context().chatId(), "Yes, I'm here."));
		await().atMost(KAFKA)
			.until(() -> api.get("/api/v1/sessions/" + answeredSession + "/transcript", demoUser("maria")).body().size(),
					lines -> lines == 1);
		assertThat(jdbc.sql("select reply_due_at is null from callback_session where id = ?")
			.param(answeredSession)
			.query(Boolean.class)
			.single()).as("no deadline once answered").isTrue();

		// the timer has run since (it ended a later, unanswered session) and left the answered one alone
		UUID unanswered = UUID.fromString(connectedSession(assignment(Channel.CHAT)));
		passDeadline(unanswered);
		await().atMost(KAFKA)
			.until(() -> published(SessionFailed.class, e -> e.sessionId().equals(unanswered)), found -> !found.isEmpty());

		assertThat(published(SessionFailed.class, e -> e.sessionId().equals(answeredSession))).isEmpty();
		assertThat(api.get("/api/v1/sessions/" + answeredSession, demoUser("maria")).body().path("status").asString())
			.isEqualTo("CONNECTED");
	}

	@Test
	void theAgentRecordsThatTheCustomerWasBusyOnce() {
		AgentAssigned assignment = assignment(Channel.CHAT);
		String path = "/api/v1/sessions/" + connectedSession(assignment);

		TestHttp.Response first = api.post(path + "/complete", demoUser("maria"), Map.of("outcome", "BUSY"));
		TestHttp.Response again = api.post(path + "/complete", demoUser("maria"), Map.of("outcome", "BUSY"));

		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.body().path("status").asString()).isEqualTo("FAILED");
		assertThat(first.body().path("outcome").asString()).isEqualTo("BUSY");
		assertThat(first.body().path("failureReason").asString()).isEqualTo("recorded by the agent: busy");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body().path("endedAt")).isEqualTo(first.body().path("endedAt"));
		awaitOutboxDrained(UUID.fromString(first.body().path("sessionId").asString()));
		assertThat(published(SessionFailed.class, e -> e.callbackId().equals(assignment.callbackId())))
			.singleElement()
			.extracting(SessionFailed::outcome, SessionFailed::agentId)
			.containsExactly(AttemptOutcome.BUSY, "maria");
		assertThat(published(SessionCompleted.class, e -> e.callbackId().equals(assignment.callbackId()))).isEmpty();
		assertProblem(api.post(path + "/complete", demoUser("maria"), Map.of("outcome", "NO_ANSWER")), 409);
		assertProblem(api.post(path + "/complete", demoUser("maria"), "{}"), 409);
		assertProblem(api.post(path + "/messages", demoUser("maria"), Map.of("text", "Hello?")), 409);
	}

	@Test
	void completingWithoutABodyOrAsCompletedIsACompletion() {
		AgentAssigned withoutBody = assignment(Channel.CHAT);
		AgentAssigned asCompleted = assignment(Channel.CHAT);
		String first = connectedSession(withoutBody);
		String second = connectedSession(asCompleted);

		TestHttp.Response bare = api.send(api.request("/api/v1/sessions/" + first + "/complete", demoUser("maria"))
			.POST(HttpRequest.BodyPublishers.noBody()));
		TestHttp.Response completed = api.post("/api/v1/sessions/" + second + "/complete", demoUser("maria"),
				Map.of("outcome", "COMPLETED"));

		assertThat(bare.status()).as(bare.toString()).isEqualTo(200);
		assertThat(bare.body().path("outcome").asString()).isEqualTo("COMPLETED");
		assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
		assertThat(completed.body().path("status").asString()).isEqualTo("COMPLETED");
		await().atMost(KAFKA)
			.untilAsserted(() -> assertThat(published(SessionCompleted.class,
					e -> e.callbackId().equals(withoutBody.callbackId()) || e.callbackId().equals(asCompleted.callbackId())))
				.hasSize(2));
	}

	@Test
	void anUnknownOutcomeIsABadRequestAndLeavesTheSessionConnected() {
		String path = "/api/v1/sessions/" + connectedSession(assignment(Channel.CHAT));

		TestHttp.Response unknown = api.post(path + "/complete", demoUser("maria"), Map.of("outcome", "MAYBE"));

		assertProblem(unknown, 400);
		assertThat(unknown.body().path("detail").asString()).contains("NO_ANSWER", "INVALID_NUMBER");
		assertProblem(api.post(path + "/complete", demoUser("maria"), "{\"outcome\":"), 400);
		assertThat(api.get(path, demoUser("maria")).body().path("status").asString()).isEqualTo("CONNECTED");
	}

	@Test
	void aVoiceAssignmentForAnAgentWithoutAPhoneFailsWithoutBreakingTheListener() {
		AgentAssigned voice = assignment(Channel.VOICE);
		RecordMetadata sent = otherServices.publish(Topics.ASSIGNMENT, voice);
		otherServices.awaitConsumed(SERVICE_GROUP, sent);

		JsonNode failed = mariasSessions()
			.filter(s -> s.path("callbackId").asString().equals(voice.callbackId().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(failed.path("status").asString()).isEqualTo("FAILED");
		assertThat(failed.path("failureReason").asString()).isEqualTo("the agent has no phone in the roster");
		assertThat(published(SessionConnected.class, e -> e.callbackId().equals(voice.callbackId()))).isEmpty();
		awaitOutboxDrained(UUID.fromString(failed.path("sessionId").asString()));
		assertThat(published(SessionFailed.class, e -> e.callbackId().equals(voice.callbackId())))
			.singleElement()
			.extracting(SessionFailed::reason, SessionFailed::agentId, SessionFailed::outcome)
			.containsExactly("the agent has no phone in the roster", "maria", AttemptOutcome.FAILED);
		assertProblem(api.post("/api/v1/sessions/" + failed.path("sessionId").asString() + "/complete", demoUser("maria"), "{}"),
				409);
		assertThat(connectedSession(assignment(Channel.CHAT))).isNotBlank();
	}

	@Test
	void theConsoleFollowsNewLinesAsServerSentEvents() {
		String sessionId = connectedSession(assignment(Channel.CHAT));
		List<String> received = new CopyOnWriteArrayList<>();
		HttpRequest request = api.request("/api/v1/sessions/" + sessionId + "/events", demoUser("maria"))
			.setHeader("Accept", "text/event-stream")
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
		HttpResponse<Stream<String>> stream = api.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.join();
		assertThat(stream.statusCode()).isEqualTo(200);
		CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> stream.body().forEach(received::add));

		api.post("/api/v1/sessions/" + sessionId + "/messages", demoUser("maria"), Map.of("text", "Live from the console"));
		api.post("/api/v1/sessions/" + sessionId + "/complete", demoUser("maria"), "{}");

		await().atMost(KAFKA).untilAsserted(() -> assertThat(received).contains("event:ended"));
		assertThat(received).contains("event:line", "id:1");
		assertThat(received).anyMatch(line -> line.startsWith("data:") && line.contains("Live from the console"));
		assertThat(reading).succeedsWithin(Duration.ofSeconds(10));
	}

	@Test
	void administratorsSeeSessionsInActuator() {
		long connectedBefore = api.get("/actuator/sessions", demoUser("admin")).body().path("counts").path("CONNECTED").asLong();
		String sessionId = connectedSession(assignment(Channel.CHAT));

		TestHttp.Response reply = api.get("/actuator/sessions", demoUser("admin"));

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("counts").path("CONNECTED").asLong()).isEqualTo(connectedBefore + 1);
		assertThat(reply.body().path("active").valueStream().map(s -> s.path("sessionId").asString()))
			.contains(sessionId);
		assertThat(api.get("/actuator/sessions", demoUser("maria")).status()).isEqualTo(403);
	}

	@Test
	void sessionsAreCountedPerChannelAsTheyStartCompleteOrFail() {
		double started = measurement("reachback.sessions.started?tag=channel:CHAT", "COUNT");
		double completed = measurement("reachback.sessions.completed?tag=channel:CHAT", "COUNT");
		double timed = measurement("reachback.sessions.duration?tag=channel:CHAT", "COUNT");
		double failed = measurement("reachback.sessions.failed?tag=channel:VOICE", "COUNT");

		String sessionId = connectedSession(assignment(Channel.CHAT));
		await().atMost(KAFKA)
			.until(() -> measurement("reachback.sessions.started?tag=channel:CHAT", "COUNT"), count -> count >= started + 1);
		assertThat(api.post("/api/v1/sessions/" + sessionId + "/complete", demoUser("maria"), "{}").status()).isEqualTo(200);
		otherServices.awaitConsumed(SERVICE_GROUP, otherServices.publish(Topics.ASSIGNMENT, assignment(Channel.VOICE)));

		assertThat(measurement("reachback.sessions.started?tag=channel:CHAT", "COUNT")).isEqualTo(started + 1);
		assertThat(measurement("reachback.sessions.completed?tag=channel:CHAT", "COUNT")).isEqualTo(completed + 1);
		assertThat(measurement("reachback.sessions.duration?tag=channel:CHAT", "COUNT")).isEqualTo(timed + 1);
		await().atMost(KAFKA)
			.until(() -> measurement("reachback.sessions.failed?tag=channel:VOICE", "COUNT"), count -> count >= failed + 1);
		assertThat(measurement("reachback.sessions.failed?tag=channel:VOICE", "COUNT")).isEqualTo(failed + 1);
	}

	@Test
	void theApiIsDescribedInOpenApi() {
		TestHttp.Response reply = api.get("/v3/api-docs", null);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().path("paths").propertyNames()).contains("/api/v1/agents/{agentId}/sessions",
				"/api/v1/sessions/{sessionId}", "/api/v1/sessions/{sessionId}/transcript",
				"/api/v1/sessions/{sessionId}/events", "/api/v1/sessions/{sessionId}/messages",
				"/api/v1/sessions/{sessionId}/complete");
	}

	private String connectedSession(AgentAssigned assignment) {
		otherServices.publish(Topics.ASSIGNMENT, assignment);
		return await().atMost(KAFKA)
			.until(() -> mariasSessions()
				.filter(s -> s.path("callbackId").asString().equals(assignment.callbackId().toString()))
				.filter(s -> s.path("status").asString().equals("CONNECTED"))
				.map(s -> s.path("sessionId").asString())
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	/** The statistic of the meter at {@code meter} (a name with tags), 0 while the meter does not exist yet. */
	private double measurement(String meter, String statistic) {
		TestHttp.Response reply = api.get("/actuator/metrics/" + meter, demoUser("admin"));
		if (reply.status() == 404) {
			return 0;
		}
		assertThat(reply.status()).isEqualTo(200);
		return reply.body()
			.path("measurements")
			.valueStream()
			.filter(measurement -> measurement.path("statistic").asString().equals(statistic))
			.findFirst()
			.orElseThrow(() -> new AssertionError(meter + " has no " + statistic))
			.path("value")
			.asDouble();
	}

	private Stream<JsonNode> mariasSessions() {
		TestHttp.Response reply = api.get("/api/v1/agents/maria/sessions", demoUser("maria"));
		assertThat(reply.status()).isEqualTo(200);
		return reply.body().valueStream();
	}

	private <E extends DomainEvent> List<E> published(Class<E> type, java.util.function.Predicate<E> matching) {
		return otherServices.readAll(Topics.SESSION).stream().filter(type::isInstance).map(type::cast).filter(matching).toList();
	}

	/** As if {@code reachback.sessions.chat.no-answer-after} had passed since the agent joined. */
	private void passDeadline(UUID sessionId) {
		assertThat(jdbc.sql("update callback_session set reply_due_at = now() - interval '1 second' where id = ?")
			.param(sessionId)
			.update()).isEqualTo(1);
	}

	private void awaitOutboxDrained(UUID sessionId) {
		await().atMost(KAFKA)
			.until(() -> jdbc.sql("select count(*) from outbox_event where message_key = ?")
				.param(sessionId.toString())
				.query(Long.class)
				.single(), count -> count == 0);
	}

	private static void assertProblem(TestHttp.Response reply, int status) {
		assertThat(reply.status()).as(reply.body().toString()).isEqualTo(status);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(reply.body().path("status").asInt()).isEqualTo(status);
	}

	private static AgentAssigned assignment(Channel channel) {
		Instant now = Instant.now();
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", "+442079460958",
				channel == Channel.CHAT ? Media.CHAT : Media.VOICE,
				new Customer("Ana", "020 7946 0958", "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "billing bot does not handle billing_dispute",
				List.of(new TranscriptLine(now.minusSeconds(120), Speaker.CUSTOMER, "Ana", "I was charged twice"),
						new TranscriptLine(now.minusSeconds(119), Speaker.BOT, "billing",
								"I cannot help with disputes, but an agent can.")));
		return new AgentAssigned(UUID.randomUUID(), now, UUID.randomUUID(), UUID.randomUUID(), "maria", "Maria",
				channel, context, null);
	}

	private static CustomerMessaged customerMessaged(UUID chatId, String text) {
		return new CustomerMessaged(UUID.randomUUID(), Instant.now(), chatId, "acme", "billing", UUID.randomUUID(),
				text, new IntentMatch("billing_dispute", 0.9, false, false, List.of()),
				CustomerMessaged.Addressee.AGENT);
	}

}
