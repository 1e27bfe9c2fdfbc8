package org.reachback.testing;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every service's Actuator must honour; a service's application test extends this class:
 * health reports the database and Kafka, and everything beyond health and info needs an admin; the
 * service keeps the access tokens it verified and the subjects' keys it read.
 */
public abstract class ActuatorContract {

	@LocalServerPort
	int port;

	@Autowired
	JwtDecoder decoder;

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
		assertThat(metrics).as("the subjects' keys remembered for sealing and opening events")
			.containsPattern("cache_gets_total\\{[^}]*cache=\"subject-keys\"");
		assertThat(metrics).as("requests are timed whole, not filter by filter").doesNotContain("spring_security_");
	}

	@Test
	void verifiedAccessTokensAreKeptAndAForgedOneIsStillRefused() {
		String token = TestTokens.forUser("admin");
		String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

		assertThat(decoder.decode(token).getSubject()).isEqualTo(decoder.decode(token).getSubject());
		assertThat(decoder.getClass().getSimpleName()).isEqualTo("VerifiedTokens");
		assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
	}

}
