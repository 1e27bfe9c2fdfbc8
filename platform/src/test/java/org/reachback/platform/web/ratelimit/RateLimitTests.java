package org.reachback.platform.web.ratelimit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.junit.jupiter.api.Test;
import org.reachback.platform.web.ratelimit.RateLimitSettings.Rule;
import org.reachback.testing.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
@TestPropertySource(properties = { "reachback.web.rate-limits.enabled=true",
		"reachback.web.rate-limits.rules[0].name=per-thing", "reachback.web.rate-limits.rules[0].paths=/test/things/{thing}",
		"reachback.web.rate-limits.rules[0].key=thing", "reachback.web.rate-limits.rules[0].requests=3",
		"reachback.web.rate-limits.rules[0].per=1h", "reachback.web.rate-limits.rules[1].name=per-client",
		"reachback.web.rate-limits.rules[1].paths=/test/**", "reachback.web.rate-limits.rules[1].requests=50",
		"reachback.web.rate-limits.rules[1].per=1h" })
class RateLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	ProxyManager<String> buckets;

	@Autowired
	RateLimitSettings settings;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aKeyOverItsLimitIsRefusedWithRetryAfterWhileOtherKeysGoOn() throws Exception {
		for (int remaining = 2; remaining >= 0; remaining--) {
			HttpResponse<String> response = get("/test/things/a");
			String expected = "\"per-thing\";r=" + remaining + ";t=";
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("RateLimit-Policy")).contains("\"per-thing\";q=3;w=3600");
			assertThat(response.headers().firstValue("RateLimit")).hasValueSatisfying(
					value -> assertThat(value).startsWith(expected));
		}

		HttpResponse<String> refused = get("/test/things/a");

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong)).hasValueSatisfying(
				seconds -> assertThat(seconds).isBetween(1L, 3600L));
		assertThat(refused.body()).contains("\"status\":429", "per-thing");
		assertThat(get("/test/things/b").statusCode()).isEqualTo(200);
	}

	@Test
	void anotherInstanceSeesWhatThisOneCounted() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(get("/test/things/shared").statusCode()).isEqualTo(200);
		}
		Rule rule = settings.rules().get(0);

		RateLimiter otherInstance = new RateLimiter(buckets);

		assertThat(otherInstance.take(rule, "shared").isConsumed()).isFalse();
		assertThat(otherInstance.take(rule, "unused").isConsumed()).isTrue();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
