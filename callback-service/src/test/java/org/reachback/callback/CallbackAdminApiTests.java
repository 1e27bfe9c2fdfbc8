package org.reachback.callback;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.events.Topics;
import org.reachback.events.assignment.SlotBooked;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.chat.CallbackCancellationRequested;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestKafka;
import org.reachback.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class CallbackAdminApiTests {

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		http = RestClient.create("http://localhost:" + port);
	}

	@Test
	void onlyAnAdministratorMayReadACallback() {
		UUID callbackId = new CallbackTable(jdbc).rejectedCallback(bootstrapServers);
		String path = "/api/v1/callbacks/" + callbackId;

		assertThat(status(() -> http.get().uri(path).retrieve().toBodilessEntity())).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status(() -> http.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.forUser("maria"))).retrieve()
			.toBodilessEntity())).isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, Object> details = asAdmin(path);
		assertThat(details.get("callback").toString()).contains("id=" + callbackId, "status=REJECTED",
				"problem='12345' is not a valid phone number");
		assertThat(details.get("transitions").toString()).contains("to=REQUESTED", "to=REJECTED");
	}

	@Test
	void anUnknownCallbackIsANotFoundProblem() {
		UUID unknown = UUID.randomUUID();

		assertThatThrownBy(() -> asAdmin("/api/v1/callbacks/" + unknown))
			.isInstanceOfSatisfying(HttpClientErrorException.class, ex -> {
				assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
				assertThat(ex.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
				assertThat(ex.getResponseBodyAsString()).contains("No callback has the id " + unknown);
			});
		assertThatThrownBy(() -> asAdmin("/api/v1/callbacks/not-a-uuid")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void callbacksCanBeListedByStatusAndABadStatusIsABadRequestProblem() {
		UUID earlier = new CallbackTable(jdbc).rejectedCallback(bootstrapServers);
		UUID later = new CallbackTable(jdbc).rejectedCallback(bootstrapServers);

		assertThat(ids(list("/api/v1/callbacks?status=rejected&limit=200"))).contains(earlier.toString(),
				later.toString());
		assertThat(list("/api/v1/callbacks?status=rejected&limit=200")).extracting(callback -> callback.get("status"))
			.containsOnly("REJECTED");
		assertThat(ids(list("/api/v1/callbacks?limit=1"))).containsExactly(later.toString());
		assertThat(ids(list("/api/v1/callbacks?limit=2"))).containsExactly(later.toString(), earlier.toString());
		assertThatThrownBy(() -> asAdmin("/api/v1/callbacks?status=LOST")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(ex.getResponseBodyAsString()).contains("Unknown status 'LOST'", "SCHEDULED");
				});
		assertThatThrownBy(() -> asAdmin("/api/v1/callbacks?limit=0")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void theCallbacksEndpointCountsEveryStatus() {
		Map<String, Long> before = countsByStatus();

		new CallbackTable(jdbc).rejectedCallback(bootstrapServers);

		Map<String, Long> after = countsByStatus();
		assertThat(after).containsOnlyKeys(Arrays.stream(CallbackStatus.values()).map(Enum::name).toList());
		assertThat(after.get("REJECTED")).isEqualTo(before.get("REJECTED") + 1);
		assertThat(status(() -> http.get().uri("/actuator/callbacks").headers(h -> h.setBearerAuth(TestTokens.forUser("maria")))
			.retrieve()
			.toBodilessEntity())).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void theCallbacksEndpointShowsAScheduledCallbackAmongTheNextDueUntilItIsCancelled() {
		Instant slot = Requests.now().plus(Duration.ofMinutes(30));
		CallbackRequested scheduled = scheduledCallback(slot);
		Map<String, Object> expected = Map.of("callbackId", scheduled.callbackId().toString(), "queue", "billing",
				"dueAt", slot.toString(), "preferredAgent", "maria", "media", "voice");

		assertThat(nextDue()).contains(expected);
		assertThat(nextDue()).extracting(due -> Instant.parse((String) due.get("dueAt"))).isSorted();

		cancel(scheduled);
		assertThat(nextDue()).extracting(due -> due.get("callbackId")).doesNotContain(scheduled.callbackId().toString());
	}

	@Test
	void theCallbacksEndpointShowsRejectionsAndRefusedTransitionsNewestFirst() {
		UUID rejected = new CallbackTable(jdbc).rejectedCallback(bootstrapServers);
		assertThat(refusalsOf(rejected)).singleElement().satisfies(rejection -> {
			assertThat(rejection).containsEntry("queue", "billing")
				.containsEntry("from", "REQUESTED")
				.containsEntry("to", "REJECTED")
				.containsEntry("applied", true);
			assertThat((String) rejection.get("reason")).contains("'12345' is not a valid phone number");
		});
		UUID scheduled = scheduledCallback(Requests.now().plus(Duration.ofHours(3))).callbackId();
		assertThat(refusalsOf(scheduled)).isEmpty();

		try (TestKafka events = new TestKafka(bootstrapServers)) {
			events.publish(Topics.CHAT, new CallbackCancellationRequested(UUID.randomUUID(), Requests.now(),
					UUID.randomUUID(), rejected));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> refusalsOf(rejected).size() == 2);

		List<Map<String, Object>> newestFirst = refusalsOf(rejected);
		assertThat(newestFirst).extracting(refusal -> refusal.get("to")).containsExactly("CANCELLED", "REJECTED");
		assertThat(newestFirst.get(0)).containsEntry("from", "REJECTED").containsEntry("applied", false);
		assertThat((String) newestFirst.get(0).get("reason")).contains("cannot become CANCELLED");
		assertThat(Instant.parse((String) newestFirst.get(0).get("at")))
			.isAfterOrEqualTo(Instant.parse((String) newestFirst.get(1).get("at")));
		assertThat(refusals()).hasSizeLessThanOrEqualTo(50);
	}

	@Test
	void outcomesCountWhatEndedAndPendingCountsWhatWaits() {
		double rejectedBefore = measurement("reachback.callbacks.outcomes?tag=outcome:rejected", "COUNT");
		double pendingBefore = measurement("reachback.callbacks.pending", "VALUE");

		new CallbackTable(jdbc).rejectedCallback(bootstrapServers);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(measurement("reachback.callbacks.outcomes?tag=outcome:rejected", "COUNT"))
				.isEqualTo(rejectedBefore + 1));
		assertThat(measurement("reachback.callbacks.pending", "VALUE")).isEqualTo(pendingBefore);

		CallbackRequested scheduled = scheduledCallback(Requests.now().plus(Duration.ofHours(2)));
		assertThat(measurement("reachback.callbacks.pending", "VALUE")).isEqualTo(pendingBefore + 1);
		cancel(scheduled);
		assertThat(measurement("reachback.callbacks.pending", "VALUE")).isEqualTo(pendingBefore);
	}

	@Test
	void everyTimerTickIsTimed() {
		double ticks = measurement("tasks.scheduled.execution?tag=code.function:tick", "COUNT");

		await().atMost(Duration.ofSeconds(5))
			.until(() -> measurement("tasks.scheduled.execution?tag=code.function:tick", "COUNT") > ticks);
		assertThat(measurement("tasks.scheduled.execution?tag=code.function:tick", "TOTAL_TIME")).isPositive();
	}

	/**
	 * Requests a callback for {@code slot}, books the slot as interaction-manager would once the
	 * request is recorded, and waits until it is scheduled.
	 */
	private CallbackRequested scheduledCallback(Instant slot) {
		CallbackRequested request = Requests.at(slot, Requests.UK_E164_PHONE);
		CallbackTable table = new CallbackTable(jdbc);
		try (TestKafka events = new TestKafka(bootstrapServers)) {
			events.publish(Topics.BOT, request);
			await().atMost(Duration.ofSeconds(20)).until(() -> "REQUESTED".equals(table.status(request.callbackId())));
			events.publish(Topics.ASSIGNMENT, new SlotBooked(UUID.randomUUID(), Requests.now(), request.callbackId(),
					"billing", slot, slot.plus(Duration.ofMinutes(15)), "maria", "1 of 3 places taken"));
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> "SCHEDULED".equals(table.status(request.callbackId())));
		return request;
	}

	/** Cancels the callback as its customer would, and waits until it is cancelled. */
	private void cancel(CallbackRequested request) {
		try (TestKafka events = new TestKafka(bootstrapServers)) {
			events.publish(Topics.CHAT, new CallbackCancellationRequested(UUID.randomUUID(), Requests.now(),
					request.chatId(), request.callbackId()));
		}
		CallbackTable table = new CallbackTable(jdbc);
		await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(table.status(request.callbackId())));
	}

	private Map<String, Long> countsByStatus() {
		Map<String, Long> counts = new HashMap<>();
		((Map<?, ?>) asAdmin("/actuator/callbacks").get("countsByStatus"))
			.forEach((status, count) -> counts.put((String) status, ((Number) count).longValue()));
		return counts;
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> refusals() {
		return (List<Map<String, Object>>) asAdmin("/actuator/callbacks").get("refusals");
	}

	private List<Map<String, Object>> refusalsOf(UUID callbackId) {
		return refusals().stream().filter(refusal -> callbackId.toString().equals(refusal.get("callbackId"))).toList();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> nextDue() {
		return (List<Map<String, Object>>) asAdmin("/actuator/callbacks").get("nextDue");
	}

	/** The statistic of the meter at {@code meter} (a name with tags), 0 while the meter does not exist yet. */
	private double measurement(String meter, String statistic) {
		try {
			return ((List<?>) asAdmin("/actuator/metrics/" + meter).get("measurements")).stream()
				.map(Map.class::cast)
				.filter(measurement -> statistic.equals(measurement.get("statistic")))
				.map(measurement -> ((Number) measurement.get("value")).doubleValue())
				.findFirst()
				.orElseThrow(() -> new AssertionError(meter + " has no " + statistic));
		}
		catch (HttpClientErrorException.NotFound ex) {
			return 0;
		}
	}

	private List<Map<String, Object>> list(String path) {
		return http.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.forUser("admin"))).retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	private static List<Object> ids(List<Map<String, Object>> callbacks) {
		return callbacks.stream().map(callback -> callback.get("id")).toList();
	}

	private Map<String, Object> asAdmin(String path) {
		return http.get().uri(path).headers(h -> h.setBearerAuth(TestTokens.forUser("admin"))).retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
	}

	private static HttpStatus status(Runnable call) {
		try {
			call.run();
			return HttpStatus.OK;
		}
		catch (HttpClientErrorException ex) {
			return HttpStatus.valueOf(ex.getStatusCode().value());
		}
	}

}
