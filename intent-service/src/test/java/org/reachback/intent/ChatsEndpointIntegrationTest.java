package org.reachback.intent;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.reachback.infra.ServiceIntegrationTest;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest
class ChatsEndpointIntegrationTest extends ChatApiSupport {

	@Test
	void administratorsSeeChatCountsPerBrand() {
		long before = chats().path("brands").path("acme").path("chats").asLong(0);
		startChat("what are your opening hours");

		JsonNode after = chats();

		assertThat(after.get("brands").get("acme").get("chats").asLong()).isEqualTo(before + 1);
		assertThat(after.get("brands").get("acme").get("open").asLong()).isPositive();
		assertThat(after.get("brands").get("acme").get("customerMessages").asLong()).isPositive();
		assertThat(after.has("callbacksByStatus")).isTrue();
	}

	@Test
	void chatCountsAndMetricsNeedAnAdministrator() {
		assertThat(http.get("/actuator/chats", null).status()).isEqualTo(401);
		assertThat(admin("/actuator/metrics/reachback.chats.started").status()).isEqualTo(200);
	}

	@Test
	void classificationIsTimed() {
		startChat("where is my order");

		JsonNode timer = admin("/actuator/metrics/reachback.intent.classification").body();

		assertThat(timer.get("measurements").get(0).get("value").asDouble()).isPositive();
	}

	private JsonNode chats() {
		Http.Response response = admin("/actuator/chats");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.body();
	}

	private Http.Response admin(String path) {
		HttpRequest.Builder request = http.request(path, null)
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8)))
			.GET();
		return http.send(request);
	}

}
