package org.reachback.launcher.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.reachback.events.CallbackContext;
import org.reachback.events.Customer;
import org.reachback.events.HandoverReason;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentAssigned.Channel;
import org.reachback.events.session.SessionCompleted;
import org.reachback.events.session.SessionConnected;
import org.reachback.launcher.LocalSignIn;
import org.reachback.launcher.LocalSuite;
import org.reachback.launcher.Service;
import org.reachback.testing.SipPhone;
import org.reachback.testing.SipPhone.Scenario;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TopicWatch;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Voice call set-up against real SIP phones: the whole suite runs as the local run does, sipp
 * answers at once as maria's phone and as the trunk, and accepted callbacks (AgentAssigned, as
 * interaction-manager publishes them) arrive at a steady pace. Reports, per call, the SIP set-up
 * time (first INVITE to both phones connected, from the session's own timestamps) and the time from
 * the assignment to SessionConnected on Kafka, which adds the broker, the outbox and the trunk's
 * pacing (2 calls a second, bursts of 5, by default).
 *
 * <pre>
 * ./mvnw -B -DskipTests install && ./mvnw -B -pl launcher -DskipTests -Pload verify -Dload.benchmark=CallSetupBenchmark
 * # options: -Dload.calls=40 -Dload.calls-per-second=2
 * </pre>
 */
class CallSetupBenchmark {

	private static final int MARIAS_PHONE = 5071;

	private static final int TRUNK = 5080;

	@Test
	void callSetUp() throws Exception {
		int calls = Integer.getInteger("load.calls", 40);
		double perSecond = Double.parseDouble(System.getProperty("load.calls-per-second", "2"));
		Path phones = Files.createTempDirectory("reachback-phones");
		try (LocalSuite suite = LocalSuite.start(Path.of(System.getProperty("reachback.home", "..")), 0);
				SipPhone maria = SipPhone.answering(MARIAS_PHONE, "udp", Scenario.ANSWER_THEN_WAIT_FOR_BYE, phones,
						calls);
				SipPhone customers = SipPhone.answering(TRUNK, "udp", Scenario.ANSWER_THEN_HANG_UP, phones, calls);
				TestKafka kafka = new TestKafka(suite.kafkaBootstrapServers(), suite.postgres());
				TopicWatch sessions = kafka.watchFromNow(Topics.SESSION)) {
			Map<UUID, Instant> assignedAt = new ConcurrentHashMap<>();
			long gapNanos = (long) (1_000_000_000L / perSecond);
			long next = System.nanoTime();
			for (int i = 0; i < calls; i++) {
				while (System.nanoTime() < next) {
					Thread.onSpinWait();
				}
				next += gapNanos;
				AgentAssigned assignment = assignment(i);
				assignedAt.put(assignment.callbackId(), Instant.now());
				kafka.publish(Topics.ASSIGNMENT, assignment);
			}
			await().atMost(Duration.ofSeconds(60 + calls))
				.until(() -> sessions.events(SessionCompleted.class).size() >= calls);

			List<Long> toConnected = new ArrayList<>();
			for (SessionConnected connected : sessions.events(SessionConnected.class)) {
				toConnected.add(Duration.between(assignedAt.get(connected.callbackId()), connected.occurredAt()).toMillis());
			}
			List<Long> setUp = new ArrayList<>();
			TestHttp api = TestHttp.onPort(Service.SESSION.port());
			for (JsonNode session : api.get("/api/v1/agents/maria/sessions", LocalSignIn.bearer("maria"))
				.expect(200)
				.valueStream()
				.toList()) {
				JsonNode call = session.path("call");
				setUp.add(Duration.between(Instant.parse(call.path("dialStartedAt").asString()),
						Instant.parse(call.path("connectedAt").asString())).toMillis());
			}
			assertThat(setUp).hasSize(calls);
			assertThat(maria.exitCode()).isZero();
			assertThat(customers.exitCode()).isZero();
			System.out.printf("%nVoice call set-up: %d calls offered at %.1f/s, all connected and completed%n", calls,
					perSecond);
			System.out.printf("  first INVITE to connected:   %s%n", percentiles(setUp));
			System.out.printf("  AgentAssigned to connected:  %s%n", percentiles(toConnected));
		}
	}

	private static AgentAssigned assignment(int i) {
		String phone = String.format("+4420794%05d", i);
		CallbackContext context = new CallbackContext(UUID.randomUUID(), "acme", "billing", phone, Media.VOICE,
				new Customer("Caller " + i, phone, "Europe/London", "en-GB"), "billing_dispute",
				HandoverReason.INTENT_NOT_HANDLED, "load", List.of());
		return new AgentAssigned(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), UUID.randomUUID(), "maria",
				"Maria", Channel.VOICE, context, "sip:maria@127.0.0.1:" + MARIAS_PHONE);
	}

	private static String percentiles(List<Long> millis) {
		List<Long> sorted = new ArrayList<>(millis);
		Collections.sort(sorted);
		return String.format("p50 %d ms, p90 %d ms, p99 %d ms, max %d ms", at(sorted, 0.50), at(sorted, 0.90),
				at(sorted, 0.99), sorted.get(sorted.size() - 1));
	}

	private static long at(List<Long> sorted, double quantile) {
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1));
	}

}
