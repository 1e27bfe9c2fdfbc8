package org.reachback.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.reachback.testing.logs.LogGate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one HTTP client of the tests, calling a service's API as a widget, an agent console or an
 * administrator does: JSON over HTTP, an optional {@code Authorization} header, and never an
 * exception for an error status, so that tests assert on the status themselves. It tells the
 * {@link LogGate} every chat token it receives and every message text and number it sends.
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The request fields whose values are a customer's own words or number, which no log may repeat. */
	private static final List<String> PERSONAL_FIELDS = List.of("message", "text", "phone");

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String base;

	public TestHttp(String base) {
		this.base = base;
	}

	public static TestHttp onPort(int port) {
		return new TestHttp("http://localhost:" + port);
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The {@code Authorization} of one of the tests' users, a bearer token (see {@link TestTokens#forUser}). */
	public static String demoUser(String user) {
		return bearer(TestTokens.forUser(user));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

	public String base() {
		return base;
	}

	public Response get(String path, String authorization) {
		return send(request(path, authorization).GET());
	}

	public Response delete(String path, String authorization) {
		return send(request(path, authorization).DELETE());
	}

	/** @param body a {@link String} sent as it is (JSON or not), anything else as JSON */
	public Response post(String path, String authorization, Object body) {
		return send(request(path, authorization).POST(body(body)));
	}

	public Response put(String path, String authorization, Object body) {
		return send(request(path, authorization).PUT(body(body)));
	}

	public Response patch(String path, String authorization, Object body) {
		return send(request(path, authorization).method("PATCH", body(body)));
	}

	/** The status a GET answers, or 0 while nothing answers at all (a service that is down). */
	public int statusOf(String path, String authorization) {
		try {
			return client.send(request(path, authorization).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** A request to adjust before {@link #send(HttpRequest.Builder)}: other headers, a stream, a method. */
	public HttpRequest.Builder request(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json, application/problem+json, */*;q=0.1");
		return authorization == null ? request : request.header("Authorization", authorization);
	}

	public Response send(HttpRequest.Builder request) {
		try {
			Response response = new Response(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
			if (response.text().contains("\"token\"") && response.contentType().startsWith("application/json")) {
				LogGate.remember(response.body().path("token").asString(null));
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpClient client() {
		return client;
	}

	private static HttpRequest.BodyPublisher body(Object body) {
		if (body instanceof Map<?, ?> fields) {
			PERSONAL_FIELDS.forEach(field -> {
				if (fields.get(field) instanceof String value) {
					LogGate.remember(value);
				}
			});
		}
		return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
	}

	/** What a service answered. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String text() {
			return raw.body();
		}

		/** The body as JSON; an empty object for an empty body. */
		public JsonNode body() {
			return raw.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(raw.body());
		}

		public String contentType() {
			return header("Content-Type");
		}

		/** The header's first value, or an empty string when there is none. */
		public String header(String name) {
			return raw.headers().firstValue(name).orElse("");
		}

		/** Asserts the status, naming the request and the body when it differs, and answers the body. */
		public JsonNode expect(int status) {
			assertThat(status()).as("%s %s -> %s", raw.request().method(), raw.uri(), raw.body()).isEqualTo(status);
			return body();
		}

		@Override
		public String toString() {
			return status() + " " + raw.body();
		}

	}

}
