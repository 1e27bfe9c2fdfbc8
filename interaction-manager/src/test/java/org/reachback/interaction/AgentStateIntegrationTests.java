package org.reachback.interaction;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.queue.InteractionAbandoned;
import org.reachback.events.queue.InteractionAnswered;
import org.reachback.events.queue.InteractionQueued;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AgentStateIntegrationTests extends ContactCentreIntegrationTest {

	@Autowired
	JsonMapper json;

	@Test
	void anAgentSetsTheirStateThroughTheApiAndTheEventAppliesIt() {
		ContactCentre.Response response = centre.call("maria", HttpMethod.PUT, "/api/v1/agents/maria/state",
				"{\"state\":\"AVAILABLE\"}");

		assertThat(response.status()).isEqualTo(HttpStatus.ACCEPTED);
		AgentStateChanged published = centre.awaitPublished(AgentStateChanged.class,
				change -> change.agentId().equals("maria") && change.state() == AgentState.AVAILABLE);
		assertThat(published.source()).isEqualTo("agent-api");
		await().until(() -> centre.queue("billing").agentsAvailable() == 1);
		assertThat(centre.queue("billing").agentsStaffed()).isEqualTo(1);
		assertThat(centre.queue("billing").estimatedWaitSeconds()).isZero();
		assertThat(centre.queue("orders").agentsAvailable()).isEqualTo(1);
		assertThat(centre.queue("faq").agentsStaffed()).isZero();

		JsonNode maria = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria", null).body());
		assertThat(maria.path("state").asString()).isEqualTo("AVAILABLE");
		assertThat(maria.path("name").asString()).isEqualTo("Maria");
		assertThat(maria.path("skills").toString()).contains("billing", "orders");
		assertThat(maria.path("availableSince").isNull()).isFalse();
	}

	@Test
	void agentsActOnlyAsThemselvesAndBadRequestsAreProblems() {
		ContactCentre.Response asLi = centre.call("li", HttpMethod.PUT, "/api/v1/agents/maria/state",
				"{\"state\":\"AVAILABLE\"}");
		assertThat(asLi.status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(asLi.contentType()).contains("application/problem+json");
		assertThat(centre.call("li", HttpMethod.GET, "/api/v1/agents/maria", null).status())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(centre.call("li", HttpMethod.GET, "/api/v1/agents/maria/offers", null).status())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(centre.call(null, HttpMethod.PUT, "/api/v1/agents/maria/state", "{\"state\":\"AVAILABLE\"}").status())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		ContactCentre.Response badState = centre.call("maria", HttpMethod.PUT, "/api/v1/agents/maria/state",
				"{\"state\":\"SLEEPING\"}");
		assertThat(badState.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badState.contentType()).contains("application/problem+json");
		assertThat(centre.call("maria", HttpMethod.PUT, "/api/v1/agents/maria/state", "{}").status())
			.isEqualTo(HttpStatus.BAD_REQUEST);

		ContactCentre.Response unknown = centre.call("admin", HttpMethod.PUT, "/api/v1/agents/nobody/state",
				"{\"state\":\"AVAILABLE\"}");
		assertThat(unknown.status()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.body()).contains("nobody");

		assertThat(centre.call("admin", HttpMethod.PUT, "/api/v1/agents/sam/state", "{\"state\":\"AWAY\"}").status())
			.isEqualTo(HttpStatus.ACCEPTED);
		centre.awaitAgentState("sam", AgentState.AWAY);
		assertThat(centre.call("admin", HttpMethod.GET, "/api/v1/agents/sam", null).body()).contains("\"AWAY\"");
	}

	@Test
	void platformEventsDriveAvailabilityAndTheEstimatedWait() {
		// faq is served by sam alone; its average handle time is 4 minutes
		centre.available("sam");
		await().until(() -> centre.queue("faq").agentsAvailable() == 1);

		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		centre.publish(Topics.QUEUE, new InteractionQueued(UUID.randomUUID(), Instant.now(), "faq", first));
		centre.publish(Topics.QUEUE, new InteractionQueued(UUID.randomUUID(), Instant.now(), "faq", second));
		// the platform's queue has two ahead of a newcomer and one agent: (2 + 1) x 240 s
		await().until(() -> centre.queue("faq").interactionsWaiting() == 2);
		assertThat(centre.queue("faq").estimatedWaitSeconds()).isEqualTo(720);

		centre.publish(Topics.QUEUE, new InteractionAnswered(UUID.randomUUID(), Instant.now(), "faq", first, "sam"));
		centre.platformReports("sam", AgentState.BUSY);
		await().until(() -> centre.queue("faq").interactionsWaiting() == 1 && centre.queue("faq").agentsAvailable() == 0);
		assertThat(centre.queue("faq").agentsStaffed()).isEqualTo(1);
		assertThat(centre.queue("faq").estimatedWaitSeconds()).isEqualTo(480);

		centre.publish(Topics.QUEUE, new InteractionAbandoned(UUID.randomUUID(), Instant.now(), "faq", second));
		centre.platformReports("sam", AgentState.OFFLINE);
		await().until(() -> centre.queue("faq").agentsStaffed() == 0);
		assertThat(centre.queue("faq").interactionsWaiting()).isZero();
		assertThat(centre.queue("faq").estimatedWaitSeconds()).isNull();
	}

	@Test
	void aRepeatedQueueEventCountsOnce() {
		InteractionQueued queued = new InteractionQueued(UUID.randomUUID(), Instant.now(), "tech-support",
				UUID.randomUUID());
		centre.publish(Topics.QUEUE, queued);
		centre.publish(Topics.QUEUE, queued);
		centre.publish(Topics.QUEUE, new InteractionQueued(UUID.randomUUID(), Instant.now(), "tech-support",
				queued.interactionId()));
		UUID marker = UUID.randomUUID();
		centre.publish(Topics.QUEUE, new InteractionQueued(UUID.randomUUID(), Instant.now(), "tech-support", marker));

		await().until(() -> centre.queue("tech-support").interactionsWaiting() == 2);
	}

	@Test
	void aReportOlderThanTheAgentsLastChangeIsIgnored() {
		Instant now = Instant.now();
		centre.platformReports("li", AgentState.AVAILABLE, now);
		AgentStateChanged stale = centre.platformReports("li", AgentState.OFFLINE, now.minusSeconds(30));

		await().until(() -> jdbc.sql("select count(*) from processed_event where event_id = ?")
			.param(stale.eventId())
			.query(Integer.class)
			.single() == 1);
		centre.awaitAgentState("li", AgentState.AVAILABLE);
	}

	@Test
	void anAgentAPlatformReportsForTheFirstTimeIsCreatedWithoutSkills() {
		String newcomer = "zoe-" + UUID.randomUUID();
		centre.platformReports(newcomer, AgentState.AVAILABLE);

		centre.awaitAgentState(newcomer, AgentState.AVAILABLE);
		JsonNode zoe = json.readTree(centre.call("admin", HttpMethod.GET, "/api/v1/agents/" + newcomer, null).body());
		assertThat(zoe.path("skills").isEmpty()).isTrue();
		assertThat(zoe.path("rostered").asBoolean()).isFalse();
		assertThat(centre.call("admin", HttpMethod.GET, "/actuator/queues", null).body()).contains(newcomer);
	}

	@Test
	void everySignedInUserSeesTheQueuesAndAdministratorsSeeTheDetail() {
		JsonNode queues = json.readTree(centre.call("li", HttpMethod.GET, "/api/v1/queues", null).body());
		assertThat(queues.findValuesAsString("queue")).contains("billing", "orders", "tech-support", "faq");
		assertThat(centre.call(null, HttpMethod.GET, "/api/v1/queues", null).status())
			.isEqualTo(HttpStatus.UNAUTHORIZED);

		assertThat(centre.call("li", HttpMethod.GET, "/actuator/queues", null).status()).isEqualTo(HttpStatus.FORBIDDEN);
		JsonNode admin = json.readTree(centre.call("admin", HttpMethod.GET, "/actuator/queues", null).body());
		assertThat(admin.has("status") && admin.has("waitingCallbacks") && admin.has("openOffers") && admin.has("agents"))
			.isTrue();
		assertThat(centre.call("admin", HttpMethod.GET, "/actuator/prometheus", null).body())
			.contains("reachback_queue_agents_available{", "queue=\"billing\"", "reachback_queue_estimated_wait_seconds");
		assertThat(centre.call(null, HttpMethod.GET, "/v3/api-docs", null).body())
			.contains("/api/v1/offers/{offerId}/accept", "/api/v1/agents/{agentId}/state", "\"bearerFormat\":\"JWT\"");
	}

}
