package org.reachback.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The session API as an agent console calls it: JSON over HTTP with Basic credentials. */
final class Api {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final int port;

	Api(int port) {
		this.port = port;
	}

	Reply get(String path, String user) {
		return send(request(path, user).GET());
	}

	Reply post(String path, String user, String body) {
		return send(request(path, user).POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Reply post(String path, String user, Object body) {
		return post(path, user, json.writeValueAsString(body));
	}

	HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(15))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		return user == null ? builder : builder.header("Authorization", basic(user));
	}

	HttpClient client() {
		return client;
	}

	/** Test users' passwords: admin/admin, the agents demo. */
	static String basic(String user) {
		String password = "admin".equals(user) ? "admin" : "demo";
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String body = response.body();
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					body.isBlank() ? json.createObjectNode() : json.readTree(body));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Reply(int status, String contentType, JsonNode body) {
	}

}
