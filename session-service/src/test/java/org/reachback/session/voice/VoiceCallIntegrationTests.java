package org.reachback.session.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.dial.DialProgressed;
import org.reachback.events.dial.DialRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.events.session.AgentCallMissed;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.events.session.SessionFailed;
import org.reachback.session.sessions.CallProgress;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.SipPhone;
import org.reachback.testing.SipPhone.Scenario;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.reachback.testing.TestHttp.demoUser;

/**
 * Voice sessions against real SIP phones: sipp answering as the agent's desk phone and as the
 * customer's number behind the trunk (the stand-ins for the humans at both ends), with each test
 * asserting what the phones received and what session-service published.
 */
@ServiceIntegrationTest
class VoiceCallIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final int SIP_PORT = SipPhone.freePort();

	private static final int TRUNK_PORT = SipPhone.freePort();

	private static final String CUSTOMER = "+442079460958";

	@DynamicPropertySource
	static void phones(DynamicPropertyRegistry registry) {
		registry.add("reachback.sip.port", () -> SIP_PORT);
		registry.add("reachback.sip.trunk.address", () -> "127.0.0.1:" + TRUNK_PORT);
		registry.add("reachback.sip.agent-ring-timeout", () -> "3s");
		registry.add("reachback.sip.customer-ring-timeout", () -> "3s");
		registry.add("reachback.sessions.voice.queues.tech-support.order", () -> "CUSTOMER_FIRST");
		registry.add("reachback.sessions.voice.queues.orders.dialler", () -> "EXTERNAL");
		registry.add("reachback.sip.trunk.username", () -> "reachback");
		registry.add("reachback.sip.trunk.password", () -> "trunk-secret");
	}

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@TempDir
	Path phones;

	@Autowired
	CallProgress calls;

	@Autowired
	JdbcClient jdbc;

	private TestHttp api;

	private TestKafka otherServices;

	private TopicWatch published;

	private int agentPort;

	@BeforeEach
	void setUp() {
		api = TestHttp.onPort(port);
		otherServices = new TestKafka(bootstrapServers);
		published = otherServices.watchFromNow(Topics.SESSION, Topics.DIAL);
		agentPort = SipPhone.freePort();
	}

	@AfterEach
	void tearDown() {
		published.close();
		otherServices.close();
	}

	@Test
	void theAgentIsRungFirstThenTheCustomerAndTheCallCompletesWhenTheCustomerHangsUp() {
		double connectsBefore = measurement("reachback.calls.connect.time");
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE);
				SipPhone customer = customerPhone(Scenario.ANSWER_THEN_HANG_UP)) {
			AgentAssigned assignment = assign("billing");

			SessionConnected connected = published.await(SessionConnected.class, of(assignment));
			SessionCompleted completed = published.await(SessionCompleted.class, of(assignment));

			assertThat(agent.exitCode()).isZero();
			assertThat(customer.exitCode()).isZero();
			assertThat(connected.channel()).isEqualTo(Channel.VOICE);
			assertThat(completed.durationMillis()).isBetween(900L, 10_000L);
			assertThat(agent.received()).containsExactly("INVITE", "ACK", "BYE");
			assertThat(customer.received()).containsExactly("INVITE", "ACK", "200");
			List<String> toAgent = agent.receivedMessages();
			List<String> toCustomer = customer.receivedMessages();
			// RFC 3725 flow I: the agent is invited without an offer, the customer with the agent's
			// offer, and the agent's ACK carries the customer's answer
			assertThat(toAgent.get(0)).doesNotContain("m=audio").contains("Call-ID: " + connected.sessionId());
			assertThat(toCustomer.get(0)).startsWith("INVITE sip:" + CUSTOMER + "@127.0.0.1:" + TRUNK_PORT)
				.contains("m=audio", "c=IN IP4 127.0.0.1");
			assertThat(toAgent.get(1)).contains("m=audio");
			JsonNode session = session(connected.sessionId());
			assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
			assertThat(session.path("call").path("state").asString()).isEqualTo("ENDED");
			assertThat(session.path("call").path("connectedAt").isMissingNode()).isFalse();
			await().atMost(WAIT).until(() -> measurement("reachback.calls.connect.time"), count -> count > connectsBefore);
		}
	}

	@Test
	void theTrunksTokenBucketLetsFiveCallsGoAtOnceAndThenTwoASecond() {
		int calls = 7;
		try (SipPhone agent = SipPhone.answering(agentPort, "udp", Scenario.ANSWER_THEN_WAIT_FOR_BYE,
				phones.resolve("agent"), calls);
				SipPhone customer = SipPhone.answering(TRUNK_PORT, "udp", Scenario.ANSWER_THEN_HANG_UP,
						phones.resolve("customer"), calls)) {
			List<AgentAssigned> assignments = IntStream.range(0, calls)
				.mapToObj(i -> assign("billing"))
				.toList();

			List<Instant> dialled = assignments.stream()
				.map(assignment -> published.await(SessionCompleted.class, of(assignment)))
				.map(completed -> Instant.parse(session(completed.sessionId()).path("call").path("dialStartedAt").asString()))
				.sorted()
				.toList();

			assertThat(agent.exitCode()).isZero();
			assertThat(customer.exitCode()).isZero();
			// a burst of 5, then a token every 500 ms: the 6th call waits about 0.5 s, the 7th about 1 s
			assertThat(Duration.between(dialled.get(0), dialled.get(5))).isGreaterThan(Duration.ofMillis(400));
			assertThat(Duration.between(dialled.get(0), dialled.get(6))).isGreaterThan(Duration.ofMillis(900));
		}
	}

	@Test
	void whenTheAgentHangsUpFirstTheCustomerIsHungUpAndTheCallCompletes() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_HANG_UP);
				SipPhone customer = customerPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE)) {
			AgentAssigned assignment = assign("billing");

			published.await(SessionCompleted.class, of(assignment));

			assertThat(agent.exitCode()).isZero();
			assertThat(customer.exitCode()).isZero();
			assertThat(customer.received()).containsExactly("INVITE", "ACK", "BYE");
		}
	}

	@Test
	void aTrunkThatChallengesGetsTheDigestCredentials() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_HANG_UP);
				SipPhone customer = customerPhone(Scenario.CHALLENGE_THEN_ANSWER)) {
			AgentAssigned assignment = assign("billing");

			published.await(SessionCompleted.class, of(assignment));

			assertThat(customer.exitCode()).isZero();
			assertThat(customer.received()).containsExactly("INVITE", "ACK", "INVITE", "ACK", "BYE");
			assertThat(customer.receivedMessages().get(2)).contains("Authorization: Digest", "username=\"reachback\"",
					"realm=\"trunk.example\"");
			assertThat(agent.exitCode()).isZero();
		}
	}

	@Test
	void anAgentsPhoneIsReachedOverTcpWhenItsUriSaysSo() {
		try (SipPhone agent = SipPhone.answering(agentPort, "tcp", Scenario.ANSWER_THEN_WAIT_FOR_BYE,
				phones.resolve("agent"));
				SipPhone customer = customerPhone(Scenario.ANSWER_THEN_HANG_UP)) {
			AgentAssigned assignment = assign("billing", "sip:maria@127.0.0.1:" + agentPort + ";transport=tcp",
					zoneWhereItIs(hour -> hour >= 10 && hour < 19));

			published.await(SessionCompleted.class, of(assignment));

			assertThat(agent.exitCode()).isZero();
			assertThat(customer.exitCode()).isZero();
			assertThat(agent.receivedMessages().get(0)).contains("SIP/2.0/TCP");
		}
	}

	@Test
	void callsLeftUnderWayByAnEarlierRunAreSettledWithoutDiallingThemAgain() {
		Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
		UUID ringing = insertCall("CONNECTING", "RINGING_CUSTOMER", hourAgo, null);
		UUID talking = insertCall("CONNECTED", "CONNECTED", hourAgo, hourAgo.plusSeconds(20));
		UUID neverDialled = insertCall("CONNECTING", "QUEUED", null, null);

		List<UUID> toDial = calls.settleCallsFrom(Instant.now().minus(Duration.ofMinutes(30)));

		assertThat(toDial).containsExactly(neverDialled);
		SessionFailed interrupted = published.await(SessionFailed.class, failed -> failed.sessionId().equals(ringing));
		assertThat(interrupted.outcome()).isEqualTo(AttemptOutcome.INTERRUPTED);
		assertThat(interrupted.reason()).contains("not dialled again");
		SessionCompleted completed = published.await(SessionCompleted.class, done -> done.sessionId().equals(talking));
		assertThat(completed.durationMillis()).isNull();
		assertThat(calls.settleCallsFrom(Instant.now().minus(Duration.ofMinutes(30)))).containsExactly(neverDialled);
		assertThat(calls.startDialling(ringing)).isEmpty();
	}

	@Test
	void aBusyCustomerFailsTheAttemptWithBusyAndTheAgentIsHungUp() {
		double busyBefore = measurement("reachback.calls.attempts?tag=outcome:BUSY");
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE);
				SipPhone customer = customerPhone(Scenario.BUSY)) {
			AgentAssigned assignment = assign("billing");

			SessionFailed failed = published.await(SessionFailed.class, of(assignment));
			await().atMost(WAIT)
				.until(() -> measurement("reachback.calls.attempts?tag=outcome:BUSY"), count -> count == busyBefore + 1);

			assertThat(failed.outcome()).isEqualTo(AttemptOutcome.BUSY);
			assertThat(failed.reason()).contains("486");
			assertThat(agent.exitCode()).isZero();
			assertThat(customer.exitCode()).isZero();
			assertThat(agent.received()).containsExactly("INVITE", "ACK", "BYE");
			// the agent's ACK accepts none of its media: the call is being torn down
			assertThat(agent.receivedMessages().get(1)).contains("m=audio 0 ");
			assertThat(published.events(SessionConnected.class)).noneMatch(of(assignment));
		}
	}

	@Test
	void aCustomerWhoDoesNotAnswerIsCancelledAtTheRingTimeoutAsNoAnswer() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE);
				SipPhone customer = customerPhone(Scenario.RING_UNTIL_CANCELLED)) {
			AgentAssigned assignment = assign("billing");

			SessionFailed failed = published.await(SessionFailed.class, of(assignment));

			assertThat(failed.outcome()).isEqualTo(AttemptOutcome.NO_ANSWER);
			assertThat(customer.exitCode()).isZero();
			assertThat(customer.received()).containsExactly("INVITE", "CANCEL", "ACK");
			assertThat(agent.exitCode()).isZero();
		}
	}

	@Test
	void aNumberThatDoesNotExistIsAnInvalidNumber() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE);
				SipPhone customer = customerPhone(Scenario.NOT_FOUND)) {
			AgentAssigned assignment = assign("billing");

			SessionFailed failed = published.await(SessionFailed.class, of(assignment));

			assertThat(failed.outcome()).isEqualTo(AttemptOutcome.INVALID_NUMBER);
			assertThat(customer.exitCode()).isZero();
			assertThat(agent.exitCode()).isZero();
		}
	}

	@Test
	void anAgentWhoDeclinesMissesTheCallAndTheCustomerIsNeverRung() {
		try (SipPhone agent = agentPhone(Scenario.DECLINE);
				SipPhone customer = customerPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE)) {
			AgentAssigned assignment = assign("billing");

			AgentCallMissed missed = published.await(AgentCallMissed.class, of(assignment));

			assertThat(missed.sipStatus()).isEqualTo(603);
			assertThat(missed.offerId()).isEqualTo(assignment.offerId());
			assertThat(missed.agentId()).isEqualTo("maria");
			assertThat(agent.exitCode()).isZero();
			assertThat(customer.received()).isEmpty();
			assertThat(published.events(SessionFailed.class)).noneMatch(of(assignment));
			assertThat(session(missed.sessionId()).path("status").asString()).isEqualTo("MISSED");
		}
	}

	@Test
	void anAgentWhoDoesNotAnswerIsCancelledAtTheRingTimeoutAndMissesTheCall() {
		try (SipPhone agent = agentPhone(Scenario.RING_UNTIL_CANCELLED)) {
			AgentAssigned assignment = assign("billing");

			AgentCallMissed missed = published.await(AgentCallMissed.class, of(assignment));

			assertThat(missed.sipStatus()).isNull();
			assertThat(agent.exitCode()).isZero();
			assertThat(agent.received()).containsExactly("INVITE", "CANCEL", "ACK");
		}
	}

	@Test
	void aCustomerFirstQueueRingsTheAgentOnlyOnceTheCustomerAnswered() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_HANG_UP);
				SipPhone customer = customerPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE)) {
			AgentAssigned assignment = assign("tech-support");

			published.await(SessionCompleted.class, of(assignment));

			assertThat(agent.exitCode()).isZero();
			assertThat(customer.exitCode()).isZero();
			assertThat(customer.receivedMessages().get(0)).doesNotContain("m=audio");
			assertThat(agent.receivedMessages().get(0)).contains("m=audio");
			assertThat(customer.received()).containsExactly("INVITE", "ACK", "BYE");
		}
	}

	@Test
	void aCustomerOutsideTheirCallingWindowAtTheMomentOfDiallingIsNotCalled() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE)) {
			AgentAssigned assignment = assign("billing", zoneWhereItIs(hour -> hour >= 22 || hour < 7));

			SessionFailed failed = published.await(SessionFailed.class, of(assignment));

			assertThat(failed.outcome()).isEqualTo(AttemptOutcome.FAILED);
			assertThat(failed.reason()).contains("calling window");
			assertThat(agent.received()).isEmpty();
		}
	}

	@Test
	void anExternalDiallerIsAskedOnKafkaAndItsProgressMovesTheSession() {
		AgentAssigned assignment = assign("orders");

		DialRequested request = published.await(DialRequested.class,
				dial -> dial.callbackId().equals(assignment.callbackId()));
		assertThat(request.customerPhone()).isEqualTo(CUSTOMER);
		assertThat(request.order()).isEqualTo(DialRequested.CallOrder.AGENT_FIRST);
		assertThat(request.agentPhone()).isEqualTo(assignment.agentPhone());
		UUID sessionId = request.sessionId();
		otherServices.publish(Topics.DIAL_PROGRESS, progress(sessionId, DialProgressed.Status.RINGING, null));
		otherServices.publish(Topics.DIAL_PROGRESS, progress(sessionId, DialProgressed.Status.CONNECTED, null));
		SessionConnected connected = published.await(SessionConnected.class, of(assignment));
		DialProgressed completed = progress(sessionId, DialProgressed.Status.COMPLETED, 95_000L);
		otherServices.publish(Topics.DIAL_PROGRESS, completed);
		otherServices.publish(Topics.DIAL_PROGRESS, completed);
		otherServices.awaitConsumed("session-service",
				otherServices.publish(Topics.DIAL_PROGRESS, progress(sessionId, DialProgressed.Status.BUSY, null)));

		assertThat(connected.channel()).isEqualTo(Channel.EXTERNAL);
		assertThat(published.await(SessionCompleted.class, of(assignment)).durationMillis()).isEqualTo(95_000L);
		assertThat(published.events(SessionCompleted.class)).filteredOn(of(assignment)).hasSize(1);
		assertThat(published.events(SessionFailed.class)).noneMatch(of(assignment));
		assertThat(session(sessionId).path("status").asString()).isEqualTo("COMPLETED");
	}

	@Test
	void erasingTheCustomersDataHangsUpTheirCallAndDeletesItsSession() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE);
				SipPhone customer = customerPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE)) {
			AgentAssigned assignment = assign("billing");
			SessionConnected connected = published.await(SessionConnected.class, of(assignment));

			otherServices.publish(Topics.ERASURE, new PersonalDataErasureRequested(UUID.randomUUID(), Instant.now(),
					UUID.randomUUID(), Reason.REQUESTED, List.of(assignment.context().chatId()),
					List.of(assignment.callbackId())));

			assertThat(agent.exitCode(WAIT)).isZero();
			assertThat(customer.exitCode(WAIT)).isZero();
			assertThat(agent.received()).containsExactly("INVITE", "ACK", "BYE");
			assertThat(customer.received()).containsExactly("INVITE", "ACK", "BYE");
			assertThat(api.get("/api/v1/sessions/" + connected.sessionId(), demoUser("maria")).status()).isEqualTo(404);
			assertThat(published.events(SessionCompleted.class)).as("nothing is told of a session no longer kept")
				.noneMatch(of(assignment));
		}
	}

	@Test
	void liveCallsAreListedInActuatorWithTheirState() {
		try (SipPhone agent = agentPhone(Scenario.ANSWER_THEN_WAIT_FOR_BYE);
				SipPhone customer = customerPhone(Scenario.RING_UNTIL_CANCELLED)) {
			AgentAssigned assignment = assign("billing");

			JsonNode live = await().atMost(WAIT)
				.until(() -> api.get("/actuator/sessions", demoUser("admin"))
					.body()
					.path("active")
					.valueStream()
					.filter(s -> s.path("callbackId").asString().equals(assignment.callbackId().toString()))
					.filter(s -> s.path("callState").asString().equals("RINGING_CUSTOMER"))
					.findFirst(), found -> found.isPresent())
				.orElseThrow();

			assertThat(live.path("status").asString()).isEqualTo("CONNECTING");
			assertThat(live.path("channel").asString()).isEqualTo("VOICE");
			published.await(SessionFailed.class, of(assignment));
			assertThat(customer.exitCode()).isZero();
			assertThat(agent.exitCode()).isZero();
		}
	}

	private SipPhone agentPhone(Scenario scenario) {
		return SipPhone.answering(agentPort, scenario, phones.resolve("agent"));
	}

	private SipPhone customerPhone(Scenario scenario) {
		return SipPhone.answering(TRUNK_PORT, scenario, phones.resolve("customer"));
	}

	private AgentAssigned assign(String queue) {
		return assign(queue, zoneWhereItIs(hour -> hour >= 10 && hour < 19));
	}

	/** Publishes a voice assignment for maria, whose phone is the agent sipp, to call a customer in {@code zone}. */
	private AgentAssigned assign(String queue, String zone) {
		return assign(queue, "sip:maria@127.0.0.1:" + agentPort, zone);
	}

	private AgentAssigned assign(String queue, String agentUri, String zone) {
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", queue, CUSTOMER, Media.VOICE,
				new Customer("Ana", CUSTOMER, zone, "en-GB"), "billing_dispute", HandoverReason.INTENT_NOT_HANDLED,
				"billing bot does not handle billing_dispute", List.of());
		AgentAssigned assignment = new AgentAssigned(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				UUID.randomUUID(), "maria", "Maria", Channel.VOICE, context, agentUri);
		otherServices.publish(Topics.ASSIGNMENT, assignment);
		return assignment;
	}

	/** A fixed-offset zone whose local hour now is one that {@code hours} accepts. */
	private static String zoneWhereItIs(Predicate<Integer> hours) {
		Instant now = Instant.now();
		for (int offset = -12; offset <= 14; offset++) {
			ZoneOffset zone = ZoneOffset.ofHours(offset);
			int hour = LocalTime.ofInstant(now.plusSeconds(120), zone).getHour();
			if (hours.test(hour) && hours.test(LocalTime.ofInstant(now, zone).getHour())) {
				return zone.getId();
			}
		}
		throw new IllegalStateException("No zone fits");
	}

	/** A voice session as an earlier run of the service left it, straight in the table. */
	private UUID insertCall(String status, String callState, Instant dialledAt, Instant connectedAt) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into callback_session (id, callback_id, offer_id, channel, status, agent_id, agent_name,
				    started_at, call_state, call_order, agent_phone, customer_phone, dial_started_at, connected_at)
				values (?, ?, ?, 'VOICE', ?, 'maria', 'Maria', now() - interval '1 hour', ?, 'AGENT_FIRST',
				    'sip:maria@127.0.0.1:5071', ?, ?, ?)""")
			.params(id, UUID.randomUUID(), UUID.randomUUID(), status, callState, CUSTOMER,
					dialledAt == null ? null : dialledAt.atOffset(ZoneOffset.UTC),
					connectedAt == null ? null : connectedAt.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	private static DialProgressed progress(UUID sessionId, DialProgressed.Status status, Long durationMillis) {
		return new DialProgressed(UUID.randomUUID(), Instant.now(), sessionId, status, null, durationMillis);
	}

	/** The count of a meter (a name with tags), 0 while it does not exist yet. */
	private double measurement(String meter) {
		TestHttp.Response reply = api.get("/actuator/metrics/" + meter, demoUser("admin"));
		if (reply.status() == 404) {
			return 0;
		}
		return reply.body()
			.path("measurements")
			.valueStream()
			.filter(measurement -> measurement.path("statistic").asString().equals("COUNT"))
			.findFirst()
			.orElseThrow()
			.path("value")
			.asDouble();
	}

	private JsonNode session(UUID sessionId) {
		TestHttp.Response reply = api.get("/api/v1/sessions/" + sessionId, demoUser("maria"));
		assertThat(reply.status()).isEqualTo(200);
		return reply.body();
	}

	private static <E extends org.reachback.events.session.SessionEvent> Predicate<E> of(AgentAssigned assignment) {
		return event -> event.callbackId().equals(assignment.callbackId());
	}

}
