package org.reachback.intent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for the API under test, which never throws on an error status. */
final class Http {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	private final JsonMapper json;

	Http(int port, JsonMapper json) {
		this.base = "http://localhost:" + port;
		this.json = json;
	}

	Response get(String path, String token) {
		return send(request(path, token).GET());
	}

	Response delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	Response post(String path, String token, String body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Response postJson(String path, String token, Object body) {
		return post(path, token, json.writeValueAsString(body));
	}

	HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

	Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response, json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String base() {
		return base;
	}

	record Response(int status, HttpResponse<String> raw, JsonMapper json) {

		JsonNode body() {
			return json.readTree(raw.body());
		}

		String contentType() {
			return raw.headers().firstValue("Content-Type").orElse("");
		}

		String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		@Override
		public String toString() {
			return status + " " + raw.body();
		}

	}

}
