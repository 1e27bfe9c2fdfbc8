package org.reachback.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.reachback.events.AttemptOutcome;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.callback.CallbackCancelled;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.callback.CallbackRetryScheduled;
import org.reachback.events.session.SessionCompleted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DispatchIntegrationTests extends ContactCentreIntegrationTest {

	@Autowired
	JsonMapper json;

	@Test
	void aDueCallbackWaitsForAnAgentWhoSeesItsContextAndAcceptsIt() {
		CallbackDue due = centre.callbackDue("billing", null);
		await().until(() -> centre.queue("billing").callbacksPending() == 1);

		centre.call("maria", HttpMethod.PUT, "/api/v1/agents/maria/state", "{\"state\":\"AVAILABLE\"}");

		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(reserved.agentId()).isEqualTo("maria");
		assertThat(reserved.agentName()).isEqualTo("Maria");
		await().until(() -> centre.queue("billing").callbacksPending() == 0);

		JsonNode offers = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria/offers", null).body());
		assertThat(offers).hasSize(1);
		JsonNode offer = offers.get(0);
		assertThat(offer.path("offerId").asString()).isEqualTo(reserved.offerId().toString());
		assertThat(offer.path("queue").asString()).isEqualTo("billing");
		assertThat(offer.path("customer").path("name").asString()).isEqualTo("Ada Lovelace");
		assertThat(offer.path("phone").asString()).isEqualTo("+442079460958");
		assertThat(offer.path("media").asString()).isEqualTo("chat");
		assertThat(offer.path("intent").asString()).isEqualTo("billing_dispute");
		assertThat(offer.path("reason").asString()).contains("disputed charges");
		assertThat(offer.path("selectionReason").asString()).isEqualTo("Offered to the billing team (Maria, free longest)");
		assertThat(offer.path("transcript").get(0).path("text").asString()).isEqualTo("I was charged twice");
		assertThat(offer.path("offeredAt").isNull()).isFalse();
		assertThat(offer.path("expiresAt").isNull()).isFalse();
		// the customer has waited since the callback joined the queue, before it was offered
		assertThat(Instant.parse(offer.path("waitingSince").asString()))
			.isBetween(due.occurredAt().minusSeconds(1), Instant.parse(offer.path("offeredAt").asString()));

		String accept = "/api/v1/offers/" + reserved.offerId() + "/accept";
		assertThat(centre.call("sam", HttpMethod.POST, accept, null).status()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(centre.call("maria", HttpMethod.POST, "/api/v1/offers/" + UUID.randomUUID() + "/accept", null).status())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ContactCentre.Response accepted = centre.call("maria", HttpMethod.POST, accept, null);
		assertThat(accepted.status()).isEqualTo(HttpStatus.OK);
		assertThat(json.readTree(accepted.body()).path("status").asString()).isEqualTo("ACCEPTED");

		AgentAssigned assigned = centre.awaitPublished(AgentAssigned.class,
				a -> a.callbackId().equals(due.callbackId()));
		assertThat(assigned.channel()).isEqualTo(AgentAssigned.Channel.CHAT);
		assertThat(assigned.agentId()).isEqualTo("maria");
		assertThat(assigned.agentName()).isEqualTo("Maria");
		assertThat(assigned.agentPhone()).isEqualTo("sip:maria@127.0.0.1:5071");
		assertThat(assigned.offerId()).isEqualTo(reserved.offerId());
		assertThat(assigned.context()).isEqualTo(due.context());

		ContactCentre.Response again = centre.call("maria", HttpMethod.POST, accept, null);
		assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(again.contentType()).contains("application/problem+json");
		JsonNode maria = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria", null).body());
		assertThat(maria.path("state").asString()).isEqualTo("BUSY");
		assertThat(maria.path("currentAssignment").path("callbackId").asString()).isEqualTo(due.callbackId().toString());
		assertThat(centre.queue("billing").agentsAvailable()).isZero();

		centre.publish(Topics.SESSION, new SessionCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				due.callbackId(), due.chatId(), "maria", 95_000L));
		centre.awaitAgentState("maria", AgentState.AVAILABLE);
		await().until(() -> centre.queue("billing").agentsAvailable() == 1);
	}

	@Test
	void aDeclinedCallbackGoesToTheNextAgent() {
		centre.available("maria", "sam");
		CallbackDue due = centre.callbackDue("billing", null);

		AgentReserved first = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(first.agentId()).as("longest idle").isEqualTo("maria");
		ContactCentre.Response declined = centre.call("maria", HttpMethod.POST,
				"/api/v1/offers/" + first.offerId() + "/decline", null);
		assertThat(declined.status()).isEqualTo(HttpStatus.OK);

		OfferReleased released = centre.awaitPublished(OfferReleased.class, r -> r.offerId().equals(first.offerId()));
		assertThat(released.reason()).isEqualTo(OfferReleased.Reason.DECLINED);
		AgentReserved second = centre.awaitPublished(AgentReserved.class,
				r -> r.callbackId().equals(due.callbackId()) && !r.offerId().equals(first.offerId()));
		assertThat(second.agentId()).isEqualTo("sam");
		assertThat(centre.call("maria", HttpMethod.POST, "/api/v1/offers/" + first.offerId() + "/accept", null).status())
			.isEqualTo(HttpStatus.CONFLICT);
		await().until(() -> centre.queue("billing").agentsAvailable() == 1);
	}

	@Test
	void anUnansweredOfferTimesOutAndTheNextAgentIsTried() {
		// orders has a 2 s offer timeout in the test configuration
		centre.available("li", "maria");
		CallbackDue due = centre.callbackDue("orders", null);

		AgentReserved first = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(first.agentId()).isEqualTo("li");

		OfferReleased released = centre.awaitPublished(OfferReleased.class, r -> r.offerId().equals(first.offerId()));
		assertThat(released.reason()).isEqualTo(OfferReleased.Reason.TIMED_OUT);
		AgentReserved second = centre.awaitPublished(AgentReserved.class,
				r -> r.callbackId().equals(due.callbackId()) && !r.offerId().equals(first.offerId()));
		assertThat(second.agentId()).isEqualTo("maria");
		centre.awaitAgentState("li", AgentState.AWAY);
		assertThat(centre.findPublished(AgentStateChanged.class,
				c -> c.agentId().equals("li") && c.state() == AgentState.AWAY))
			.isPresent();
	}

	@Test
	void anAgentGetsTheOldestCallbackTheyCanTakeBehindMoreThanAPageOfCallbacksTheyCannot() {
		// Li, the only tech-support agent, stays away: these wait in front, more than a page of them
		List<CallbackDue> others = IntStream.range(0, 45).mapToObj(i -> centre.callbackDue("tech-support", null)).toList();
		await().until(() -> centre.queue("tech-support").callbacksPending() == others.size());
		CallbackDue billing = centre.callbackDue("billing", null);
		await().until(() -> centre.queue("billing").callbacksPending() == 1);
		CallbackDue laterBilling = centre.callbackDue("billing", null);
		await().until(() -> centre.queue("billing").callbacksPending() == 2);

		centre.available("maria");

		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.agentId().equals("maria"));
		assertThat(reserved.callbackId()).as("the older billing callback").isEqualTo(billing.callbackId());
		await().until(() -> centre.queue("billing").callbacksPending() == 1);
		assertThat(centre.findPublished(AgentReserved.class, r -> r.callbackId().equals(laterBilling.callbackId())))
			.isEmpty();
		assertThat(centre.queue("tech-support").callbacksPending()).isEqualTo(others.size());
	}

	@Test
	void thePreferredAgentIsChosenOverALongerIdleAgent() {
		centre.available("sam", "maria");
		CallbackDue due = centre.callbackDue("billing", "maria");

		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(reserved.agentId()).isEqualTo("maria");
		JsonNode offers = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria/offers", null).body());
		assertThat(offers.get(0).path("selectionReason").asString()).isEqualTo("Ada Lovelace asked for Maria");
	}

	@Test
	void aPreferredAgentWhoIsNotFreeWithinTheWaitGivesWayToTheTeamAndTheTeamIsToldWhy() {
		// faq waits 2 s for a preferred agent in the test configuration; Maria stays offline
		centre.available("sam");
		CallbackDue due = centre.callbackDue("faq", "maria");

		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(reserved.agentId()).isEqualTo("sam");
		assertThat(Duration.between(enqueuedAt(due.callbackId()), reserved.occurredAt()))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		JsonNode offers = json.readTree(centre.call("sam", HttpMethod.GET, "/api/v1/agents/sam/offers", null).body());
		String reason = "Maria was not free within 2 seconds; offered to the faq team (Sam, free longest)";
		assertThat(offers.get(0).path("selectionReason").asString()).isEqualTo(reason);
		JsonNode decisions = json.readTree(centre.call("admin", HttpMethod.GET, "/actuator/queues", null).body())
			.path("decisions");
		assertThat(decisions.get(0).path("kind").asString()).isEqualTo("AGENT_CHOSEN");
		assertThat(decisions.get(0).path("agentId").asString()).isEqualTo("sam");
		assertThat(decisions.get(0).path("reason").asString()).isEqualTo(reason);
	}

	@Test
	void aRetriedAttemptFreesItsAgentAndTheNextAttemptQueuesAgainAtTheBack() {
		centre.available("maria");
		CallbackDue due = centre.callbackDue("billing", null);
		AgentReserved first = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(centre.call("maria", HttpMethod.POST, "/api/v1/offers/" + first.offerId() + "/accept", null).status())
			.isEqualTo(HttpStatus.OK);
		centre.awaitAgentState("maria", AgentState.BUSY);

		centre.publish(Topics.CALLBACK, new CallbackRetryScheduled(UUID.randomUUID(), Instant.now(), due.callbackId(),
				due.chatId(), 1, AttemptOutcome.NO_ANSWER, Instant.now().plusSeconds(600), "no answer; retry in 10 min"));

		centre.awaitAgentState("maria", AgentState.AVAILABLE);
		await().until(() -> "DONE".equals(jdbc.sql("select status from queued_callback where callback_id = ?")
			.param(due.callbackId())
			.query(String.class)
			.single()));
		assertThat(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria", null).body())
			.doesNotContain(due.callbackId().toString());

		CallbackDue waiting = centre.callbackDue("billing", null);
		await().until(() -> centre.findPublished(AgentReserved.class, r -> r.callbackId().equals(waiting.callbackId()))
			.isPresent());
		centre.publish(Topics.CALLBACK, new CallbackDue(UUID.randomUUID(), Instant.now(), due.callbackId(), due.chatId(),
				2, null, due.context()));
		await().until(() -> jdbc.sql("select attempt from queued_callback where callback_id = ? and status = 'WAITING'")
			.param(due.callbackId())
			.query(Integer.class)
			.optional()
			.orElse(0) == 2);
		assertThat(enqueuedAt(due.callbackId())).as("the retry queues at the back")
			.isAfter(enqueuedAt(waiting.callbackId()));
	}

	@Test
	void oneAgentNeverHoldsTwoCallbacks() {
		centre.available("maria");
		CallbackDue first = centre.callbackDue("billing", null);
		CallbackDue second = centre.callbackDue("billing", null);

		AgentReserved reserved = centre.awaitPublished(AgentReserved.class,
				r -> r.callbackId().equals(first.callbackId()));
		assertThat(reserved.agentId()).isEqualTo("maria");
		await().until(() -> centre.queue("billing").callbacksPending() == 1);
		assertThat(centre.call("maria", HttpMethod.POST, "/api/v1/offers/" + reserved.offerId() + "/accept", null)
			.status()).isEqualTo(HttpStatus.OK);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> centre.findPublished(AgentReserved.class, r -> r.callbackId().equals(second.callbackId()))
				.isEmpty());

		centre.publish(Topics.SESSION, new SessionCompleted(UUID.randomUUID(), Instant.now(), UUID.randomUUID(),
				first.callbackId(), first.chatId(), "maria", null));

		AgentReserved next = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(second.callbackId()));
		assertThat(next.agentId()).isEqualTo("maria");
		await().until(() -> centre.queue("billing").callbacksPending() == 0);
	}

	@Test
	void aCancelledCallbackWithdrawsItsOffer() {
		centre.available("sam");
		CallbackDue due = centre.callbackDue("faq", null);
		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));

		centre.publish(Topics.CALLBACK, new CallbackCancelled(UUID.randomUUID(), Instant.now(), due.callbackId(),
				due.chatId(), "customer cancelled"));

		OfferReleased released = centre.awaitPublished(OfferReleased.class, r -> r.offerId().equals(reserved.offerId()));
		assertThat(released.reason()).isEqualTo(OfferReleased.Reason.WITHDRAWN);
		assertThat(json.readTree(centre.call("sam", HttpMethod.GET, "/api/v1/agents/sam/offers", null).body())).isEmpty();
		await().until(() -> centre.queue("faq").agentsAvailable() == 1 && centre.queue("faq").callbacksPending() == 0);
	}

	@Test
	void aRepeatedDueEventQueuesTheCallbackOnce() {
		CallbackDue due = centre.callbackDue("tech-support", null);
		centre.publish(Topics.CALLBACK, new CallbackDue(UUID.randomUUID(), Instant.now(), due.callbackId(),
				due.chatId(), due.attempt(), null, due.context()));
		centre.callbackDue("tech-support", null);

		await().until(() -> centre.queue("tech-support").callbacksPending() == 2);
	}

	private Instant enqueuedAt(UUID callbackId) {
		return jdbc.sql("select enqueued_at from queued_callback where callback_id = ?")
			.param(callbackId)
			.query(Instant.class)
			.single();
	}

}
