package org.reachback.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.reachback.testing.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every service tells a browser: its Content-Security-Policy, whom it lets call it, and how it asks for credentials. */
@ServiceIntegrationTest
@TestPropertySource(properties = { "reachback.web.cors-allowed-origins=http://localhost:8083",
		"reachback.web.connect-sources=http://localhost:8084" })
class PageSecurityTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void everyResponseCarriesAPolicyWithNoInlineScriptAndOnlyTheListedOrigins() throws Exception {
		HttpResponse<String> response = send(request("/actuator/health").GET());

		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
			.contains("script-src 'self';", "style-src 'self';", "connect-src 'self' http://localhost:8084;",
					"frame-ancestors 'none'")
			.doesNotContain("unsafe-inline"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
	}

	@Test
	void aListedOriginMayCallWithAnAuthorizationHeaderAndNoOtherMay() throws Exception {
		HttpResponse<String> listed = send(preflight("http://localhost:8083"));
		HttpResponse<String> other = send(preflight("https://attacker.example"));

		assertThat(listed.statusCode()).isEqualTo(200);
		assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:8083");
		assertThat(listed.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
			.contains("authorization", "x-requested-with");
		assertThat(listed.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aRequestWithoutAValidAccessTokenGetsA401AskingForOne() throws Exception {
		HttpResponse<String> none = send(request("/actuator/metrics").GET());
		HttpResponse<String> password = send(request("/actuator/metrics").header("Authorization", TestHttp.basic("admin", "admin")).GET());
		HttpResponse<String> expired = send(request("/actuator/metrics")
			.header("Authorization", TestHttp.bearer(TestTokens.token("admin", List.of("ADMIN"), Duration.ofMinutes(-5))))
			.GET());

		// a bearer challenge, unlike Basic, never makes a browser open its own sign-in dialog
		assertThat(none.statusCode()).isEqualTo(401);
		String challenge = none.headers().firstValue("WWW-Authenticate").orElseThrow();
		assertThat(challenge).startsWith("Bearer");
		// and names the resource's metadata, which says how to present a token
		String metadata = challenge.replaceAll(".*resource_metadata=\"([^\"]+)\".*", "$1");
		HttpResponse<String> resource = send(HttpRequest.newBuilder(URI.create(metadata)).GET());
		assertThat(resource.statusCode()).isEqualTo(200);
		assertThat(resource.body()).contains("\"resource\"", "\"bearer_methods_supported\"");
		assertThat(password.statusCode()).isEqualTo(401);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("invalid_token");
	}

	@Test
	void aSupervisorReadsTheOperationalViewsAndOnlyAnAdministratorTheRest() throws Exception {
		assertThat(send(as("supervisor", "/actuator/metrics")).statusCode()).isEqualTo(200);
		assertThat(send(as("maria", "/actuator/metrics")).statusCode()).isEqualTo(403);
		assertThat(send(as("supervisor", "/actuator/health/readiness")).statusCode()).isEqualTo(200);
		// a token for another audience is refused even with the right roles
		String elsewhere = TestTokens.token("admin", List.of("ADMIN"), Duration.ofHours(1), "another-api");
		assertThat(send(request("/actuator/metrics").header("Authorization", TestHttp.bearer(elsewhere)).GET()).statusCode())
			.isEqualTo(401);
	}

	@Test
	void aWildcardOriginIsRefusedAtStart() {
		assertThatThrownBy(() -> new PageSettings(List.of("*"), List.of(), null)).hasMessageContaining("wildcard");
		assertThatThrownBy(() -> new PageSettings(List.of("https://*.example.com"), List.of(), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private HttpRequest.Builder as(String user, String path) {
		return request(path).header("Authorization", TestHttp.demoUser(user)).GET();
	}

	private HttpRequest.Builder preflight(String origin) {
		return request("/actuator/metrics").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization,x-requested-with");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
