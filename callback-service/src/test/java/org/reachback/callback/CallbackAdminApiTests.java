package org.reachback.callback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.infra.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class CallbackAdminApiTests {

	@Autowired
	KafkaTemplate<String, String> kafka;

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
		UUID callbackId = rejectedCallback();
		String path = "/api/v1/callbacks/" + callbackId;

		assertThat(status(() -> http.get().uri(path).retrieve().toBodilessEntity())).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(status(() -> http.get().uri(path).headers(h -> h.setBasicAuth("maria", "demo")).retrieve()
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
		UUID callbackId = rejectedCallback();

		List<Map<String, Object>> rejected = http.get()
			.uri("/api/v1/callbacks?status=rejected&limit=200")
			.headers(h -> h.setBasicAuth("admin", "admin"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(rejected).extracting(callback -> callback.get("id")).contains(callbackId.toString());
		assertThat(rejected).extracting(callback -> callback.get("status")).containsOnly("REJECTED");
		List<Map<String, Object>> latest = http.get()
			.uri("/api/v1/callbacks?limit=3")
			.headers(h -> h.setBasicAuth("admin", "admin"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(latest).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThatThrownBy(() -> asAdmin("/api/v1/callbacks?status=LOST")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
					assertThat(ex.getResponseBodyAsString()).contains("Unknown status 'LOST'", "SCHEDULED");
				});
		assertThatThrownBy(() -> asAdmin("/api/v1/callbacks?limit=0")).isInstanceOfSatisfying(
				HttpClientErrorException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
	}

	@Test
	void theCallbacksEndpointShowsCountsByStatusAndTheNextDueTimes() {
		rejectedCallback();

		Map<String, Object> overview = asAdmin("/actuator/callbacks");

		assertThat(overview.get("countsByStatus").toString()).contains("SCHEDULED=", "DUE=", "COMPLETED=");
		assertThat(((Map<?, ?>) overview.get("countsByStatus")).get("REJECTED")).isNotEqualTo(0);
		assertThat(overview).containsKey("nextDue");
		assertThat(status(() -> http.get().uri("/actuator/callbacks").headers(h -> h.setBasicAuth("maria", "demo"))
			.retrieve()
			.toBodilessEntity())).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void outcomesPendingCallbacksAndTimerTicksAreMetrics() {
		rejectedCallback();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(asAdmin("/actuator/metrics/reachback.callbacks.outcomes?tag=outcome:rejected")
				.toString()).contains("COUNT"));
		assertThat(asAdmin("/actuator/metrics/reachback.callbacks.pending")).containsKey("measurements");
		assertThat(asAdmin("/actuator/metrics/tasks.scheduled.execution?tag=code.function:tick").toString())
			.contains("TOTAL_TIME");
	}

	/** Requests a callback with a number that cannot be called and waits until it is recorded. */
	private UUID rejectedCallback() {
		CallbackRequested request = Requests.asSoonAsPossible("12345");
		try (KafkaEvents events = new KafkaEvents(kafka, bootstrapServers)) {
			events.publish(Topics.BOT, request);
		}
		CallbackTable table = new CallbackTable(jdbc);
		await().atMost(Duration.ofSeconds(20)).until(() -> "REJECTED".equals(table.status(request.callbackId())));
		return request.callbackId();
	}

	private Map<String, Object> asAdmin(String path) {
		return http.get().uri(path).headers(h -> h.setBasicAuth("admin", "admin")).retrieve()
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
