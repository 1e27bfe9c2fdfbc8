package org.reachback.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo users' access tokens from the local run's issuer, got as README's curl line gets them
 * (the password grant of client {@code reachback-cli}), and kept until shortly before they expire,
 * so that a campaign longer than a token's life goes on signed in.
 */
public final class LocalSignIn {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

	private LocalSignIn() {
	}

	/** {@code Bearer <token>} for a demo user: {@code admin}, {@code supervisor} or an agent. */
	public static String bearer(String user) {
		Token token = TOKENS.compute(user, (name, kept) -> kept != null && kept.fresh() ? kept : signIn(name));
		return "Bearer " + token.value();
	}

	private static Token signIn(String user) {
		String password = "admin".equals(user) ? "admin" : "demo";
		String form = Map.of("grant_type", "password", "client_id", "reachback-cli", "username", user, "password", password)
			.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(LocalSuite.ISSUER + "/oauth2/token"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The local issuer refused " + user + ": " + response.statusCode() + " "
						+ response.body());
			}
			JsonNode body = JSON.readTree(response.body());
			return new Token(body.path("access_token").asString(),
					Instant.now().plusSeconds(body.path("expires_in").asLong(0)));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The local issuer cannot be reached at " + LocalSuite.ISSUER, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while signing in " + user, ex);
		}
	}

	private record Token(String value, Instant expires) {

		boolean fresh() {
			return Instant.now().plus(Duration.ofMinutes(5)).isBefore(expires);
		}

	}

}
