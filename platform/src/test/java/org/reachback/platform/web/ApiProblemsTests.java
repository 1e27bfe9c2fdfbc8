package org.reachback.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ApiProblemsTests {

	@LocalServerPort
	int port;

	@Test
	void aValueOutsideAFixedSetNamesTheFieldAndTheAllowedValues() throws Exception {
		HttpResponse<String> response = post("{\"text\":\"hi\",\"state\":\"SLEEPING\"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("state must be one of AVAILABLE, BUSY, AWAY, OFFLINE")
			.doesNotContain("tools.jackson");
	}

	@Test
	void invalidFieldsAreEachNamedWithTheirReason() throws Exception {
		HttpResponse<String> response = post("{\"text\":\" \"}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("state must not be null; text must not be blank")
			.contains("\"errors\"");
	}

	@Test
	void aBodyThatIsNotJsonIsUnreadableNotAServerError() throws Exception {
		HttpResponse<String> response = post("{not json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("not valid JSON");
	}

	@Test
	void anUnreachableDatabaseIsAServiceUnavailableToRetryNotAServerError() throws Exception {
		for (String outage : List.of("/test/outage", "/test/key-outage")) {
			HttpResponse<String> response = post(outage, "{}");

			assertThat(response.statusCode()).as(outage).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).contains("5");
			assertThat(response.body()).contains("try again").doesNotContain("Jdbc", "simulated");
		}
	}

	@Test
	void anAnonymousRequestForAdminOnlyActuatorIsAProblemToo() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":401", "/actuator/prometheus", "Credentials are required");
	}

	private HttpResponse<String> post(String body) throws Exception {
		return post("/test/commands", body);
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
