package org.reachback.testing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service's Actuator must honour; a service's application test extends this class:
 * health reports the database and Kafka, and everything beyond health and info needs an admin.
 */
public abstract class ActuatorContract {

	@LocalServerPort
	int port;

	@Test
	void healthIsUpWithTheDatabaseAndKafka() {
		Map<String, Object> health = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/health")
			.headers(h -> h.setBearerAuth(TestTokens.forUser("admin")))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});

		assertThat(health).containsEntry("status", "UP");
		assertThat(health.get("components").toString()).contains("db=", "kafka=");
	}

	@Test
	void metricsNeedAnAdministrator() {
		assertThatThrownBy(() -> RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/prometheus")
			.retrieve()
			.toBodilessEntity()).isInstanceOfSatisfying(HttpClientErrorException.class,
					ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
	}

	@Test
	void prometheusServesTheServicesMetricsToAnAdministrator() {
		String metrics = RestClient.create("http://localhost:" + port)
			.get()
			.uri("/actuator/prometheus")
			.headers(h -> h.setBearerAuth(TestTokens.forUser("admin")))
			.retrieve()
			.body(String.class);

		assertThat(metrics).contains("application=\"").contains("jvm_memory_used_bytes");
	}

}
