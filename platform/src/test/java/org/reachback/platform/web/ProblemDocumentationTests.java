package org.reachback.platform.web;

import org.junit.jupiter.api.Test;
import org.reachback.testing.ServiceIntegrationTest;
import org.reachback.testing.TestHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ProblemDocumentationTests {

	@LocalServerPort
	int port;

	@Test
	void everyErrorIsDocumentedAsAProblemAndTheErrorPathIsLeftOut() {
		JsonNode api = TestHttp.onPort(port).get("/v3/api-docs", null).expect(200);

		assertThat(api.path("paths").has("/error")).isFalse();
		JsonNode responses = api.path("paths").path("/test/commands").path("post").path("responses");
		assertThat(responses.propertyNames()).contains("200", "400", "401", "403", "413", "415", "429", "503");
		assertThat(responses.path("400").path("content").propertyNames()).containsExactly("application/problem+json");
		assertThat(responses.path("413").path("content").path("application/problem+json").path("schema").path("$ref")
			.asString()).isEqualTo("#/components/schemas/Problem");
		assertThat(api.path("components").path("schemas").path("Problem").path("properties").propertyNames())
			.contains("type", "title", "status", "detail", "instance");
		assertThat(api.path("paths").path("/test/things/{thing}").path("get").path("responses").has("404")).isTrue();
	}

}
