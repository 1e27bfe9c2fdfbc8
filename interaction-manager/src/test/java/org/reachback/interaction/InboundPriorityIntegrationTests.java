package org.reachback.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Topics;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.queue.InteractionAnswered;
import org.reachback.events.queue.InteractionQueued;
import org.reachback.interaction.queue.QueueProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InboundPriorityIntegrationTests extends ContactCentreIntegrationTest {

	@Autowired
	QueueProperties queues;

	@Autowired
	JsonMapper json;

	@Test
	void whileInboundCustomersWaitCallbacksKeepToTheirShareAndAHeldBackCallbackKeepsItsPlace() {
		assertThat(queues.settings("billing").maxCallbackShare()).as("premise: billing callbacks take half the agents")
			.isEqualTo(0.5);
		centre.available("maria", "sam");
		UUID caller = UUID.randomUUID();
		centre.publish(Topics.QUEUE, new InteractionQueued(UUID.randomUUID(), Instant.now(), "billing", caller));
		await().until(() -> centre.queue("billing").interactionsWaiting() == 1);

		CallbackDue first = centre.callbackDue("billing", null);
		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(first.callbackId()));
		assertThat(reserved.agentId()).as("one of two agents is within half").isEqualTo("maria");
		CallbackDue second = centre.callbackDue("billing", null);
		await().until(() -> heldBack(second.callbackId()));
		CallbackDue third = centre.callbackDue("billing", null);
		await().until(() -> heldBack(third.callbackId()));

		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> centre.findPublished(AgentReserved.class, r -> !r.callbackId().equals(first.callbackId()))
				.isEmpty());
		JsonNode admin = json.readTree(centre.call("admin", HttpMethod.GET, "/actuator/queues", null).body());
		JsonNode waiting = admin.path("waitingCallbacks");
		assertThat(waiting.get(0).path("callbackId").asString()).isEqualTo(second.callbackId().toString());
		assertThat(waiting.get(0).path("heldBackReason").asString())
			.startsWith("1 inbound customer waits in billing and callbacks already occupy 1 of 2 staffed agents");
		assertThat(admin.path("decisions").get(0).path("kind").asString()).isEqualTo("HELD_BACK");
		assertThat(admin.path("decisions").get(0).path("callbackId").asString()).isEqualTo(third.callbackId().toString());
		assertThat(admin.path("decisions").get(1).path("callbackId").asString()).isEqualTo(second.callbackId().toString());

		centre.publish(Topics.QUEUE, new InteractionAnswered(UUID.randomUUID(), Instant.now(), "billing", caller, "li"));

		AgentReserved next = centre.awaitPublished(AgentReserved.class, r -> !r.callbackId().equals(first.callbackId()));
		assertThat(next.callbackId()).as("the older held-back callback goes first").isEqualTo(second.callbackId());
		assertThat(next.agentId()).isEqualTo("sam");
		await().until(() -> !heldBack(third.callbackId()));
		assertThat(centre.findPublished(AgentReserved.class, r -> r.callbackId().equals(third.callbackId()))).isEmpty();
	}

	private boolean heldBack(UUID callbackId) {
		return jdbc.sql("select held_back_since is not null from queued_callback where callback_id = ?")
			.param(callbackId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

}
