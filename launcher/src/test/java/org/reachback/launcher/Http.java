package org.reachback.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A small JSON-over-HTTP client for the journeys, as a widget or an agent console would call. */
final class Http {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	JsonNode get(int port, String path, String authorization) {
		return send(request(port, path, authorization).GET(), 200);
	}

	/** The status of a GET, whatever it is; 0 when the service does not answer at all. */
	int status(int port, String path, String authorization) {
		try {
			return client.send(request(port, path, authorization).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (java.io.IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	void expect(int port, String path, String authorization, int status) {
		send(request(port, path, authorization).GET(), status);
	}

	JsonNode post(int port, String path, String authorization, Object body, int status) {
		return send(request(port, path, authorization).POST(jsonBody(body)), status);
	}

	JsonNode put(int port, String path, String authorization, Object body, int status) {
		return send(request(port, path, authorization).PUT(jsonBody(body)), status);
	}

	void delete(int port, String path, String authorization, int status) {
		send(request(port, path, authorization).DELETE(), status);
	}

	private HttpRequest.Builder request(int port, String path, String authorization) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		return authorization == null ? builder : builder.header("Authorization", authorization);
	}

	private HttpRequest.BodyPublisher jsonBody(Object body) {
		return HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
	}

	private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("%s -> %s", response.uri(), response.body()).isEqualTo(expectedStatus);
			return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
