package org.reachback.interaction;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reachback.events.Media;
import org.reachback.events.Topics;
import org.reachback.events.agent.AgentState;
import org.reachback.events.agent.AgentStateChanged;
import org.reachback.events.assignment.AgentAssigned;
import org.reachback.events.assignment.AgentReserved;
import org.reachback.events.assignment.OfferReleased;
import org.reachback.events.callback.CallbackDue;
import org.reachback.events.session.AgentCallMissed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Voice callbacks: the offer shows the medium, the assignment carries it with the agent's phone (maria
 * and sam have one in the test roster, li has none), and a call the agent's phone missed puts the
 * callback back in the queue for the next agent.
 */
class VoiceCallbackIntegrationTests extends ContactCentreIntegrationTest {

	private static final String MARIAS_PHONE = "sip:maria@127.0.0.1:5071";

	@Autowired
	JsonMapper json;

	@Test
	void aVoiceCallbackIsOfferedAsVoiceAndAssignedOnTheVoiceChannelWithTheAgentsPhone() {
		centre.available("maria");
		CallbackDue due = centre.callbackDue("billing", null, Media.VOICE);
		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));

		JsonNode maria = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria", null).body());
		assertThat(maria.path("phone").asString()).isEqualTo(MARIAS_PHONE);
		assertThat(maria.path("currentOffer").path("media").asString()).isEqualTo("voice");
		JsonNode offers = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria/offers", null).body());
		assertThat(offers.get(0).path("media").asString()).isEqualTo("voice");

		ContactCentre.Response accepted = accept("maria", reserved);
		assertThat(json.readTree(accepted.body()).path("media").asString()).isEqualTo("voice");
		AgentAssigned assigned = centre.awaitPublished(AgentAssigned.class, a -> a.callbackId().equals(due.callbackId()));
		assertThat(assigned.channel()).isEqualTo(AgentAssigned.Channel.VOICE);
		assertThat(assigned.agentPhone()).isEqualTo(MARIAS_PHONE);
		assertThat(assigned.context()).isEqualTo(due.context());
	}

	@Test
	void aCallbackWithANumberAndNoChosenMediumIsAVoiceCallbackEvenForAnAgentWithoutAPhone() {
		centre.available("li");
		CallbackDue due = centre.callbackDue("tech-support", null, null);
		AgentReserved reserved = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));

		assertThat(json.readTree(accept("li", reserved).body()).path("media").asString()).isEqualTo("voice");

		AgentAssigned assigned = centre.awaitPublished(AgentAssigned.class, a -> a.callbackId().equals(due.callbackId()));
		assertThat(assigned.channel()).isEqualTo(AgentAssigned.Channel.VOICE);
		assertThat(assigned.agentId()).isEqualTo("li");
		assertThat(assigned.agentPhone()).as("li has no phone; session-service fails that session").isNull();
		centre.awaitAgentState("li", AgentState.BUSY);
	}

	@Test
	void aMissedAgentCallSetsTheAgentAwayAndTheNextAgentIsOfferedTheCallback() {
		centre.available("maria", "sam");
		CallbackDue due = centre.callbackDue("billing", null, Media.VOICE);
		AgentReserved first = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		assertThat(first.agentId()).as("longest idle").isEqualTo("maria");
		accept("maria", first);
		centre.awaitAgentState("maria", AgentState.BUSY);

		centre.publish(Topics.SESSION, missed(UUID.randomUUID(), due, first, "maria"));

		OfferReleased released = centre.awaitPublished(OfferReleased.class, r -> r.offerId().equals(first.offerId()));
		assertThat(released.reason()).isEqualTo(OfferReleased.Reason.CALL_MISSED);
		assertThat(released.agentId()).isEqualTo("maria");
		AgentReserved second = centre.awaitPublished(AgentReserved.class,
				r -> r.callbackId().equals(due.callbackId()) && !r.offerId().equals(first.offerId()));
		assertThat(second.agentId()).isEqualTo("sam");
		centre.awaitAgentState("maria", AgentState.AWAY);
		assertThat(centre.findPublished(AgentStateChanged.class,
				c -> c.agentId().equals("maria") && c.state() == AgentState.AWAY))
			.isPresent();
		assertThat(offerStatus(first.offerId())).isEqualTo("CALL_MISSED");
		JsonNode maria = json.readTree(centre.call("maria", HttpMethod.GET, "/api/v1/agents/maria", null).body());
		assertThat(maria.path("currentAssignment").path("callbackId").isMissingNode()).isTrue();

		// sam declines: maria, away, is not offered it again, so it waits for her to be back
		assertThat(centre.call("sam", HttpMethod.POST, "/api/v1/offers/" + second.offerId() + "/decline", null).status())
			.isEqualTo(HttpStatus.OK);
		await().until(() -> centre.queue("billing").callbacksPending() == 1);
		await().during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> centre.findPublished(AgentReserved.class,
					r -> r.callbackId().equals(due.callbackId()) && r.agentId().equals("maria")
							&& !r.offerId().equals(first.offerId()))
				.isEmpty());
		centre.available("maria");
		AgentReserved again = centre.awaitPublished(AgentReserved.class,
				r -> r.callbackId().equals(due.callbackId()) && !r.offerId().equals(first.offerId())
						&& !r.offerId().equals(second.offerId()));
		assertThat(again.agentId()).as("back at her desk, maria may take it").isEqualTo("maria");
	}

	@Test
	void aRepeatedLateOrUnmatchedAgentCallMissedChangesNothing() {
		centre.available("maria", "sam");
		CallbackDue due = centre.callbackDue("billing", null, Media.VOICE);
		AgentReserved first = centre.awaitPublished(AgentReserved.class, r -> r.callbackId().equals(due.callbackId()));
		accept("maria", first);
		UUID sessionId = UUID.randomUUID();
		AgentCallMissed missed = missed(sessionId, due, first, "maria");
		centre.publish(Topics.SESSION, missed);
		AgentReserved second = centre.awaitPublished(AgentReserved.class,
				r -> r.callbackId().equals(due.callbackId()) && !r.offerId().equals(first.offerId()));
		assertThat(second.agentId()).isEqualTo("sam");
		centre.awaitAgentState("maria", AgentState.AWAY);

		// one session, so one partition: once the last is consumed, all of them were
		AgentCallMissed late = missed(sessionId, due, first, "maria");
		AgentCallMissed notAccepted = missed(sessionId, due, second, "sam");
		AgentCallMissed wrongAgent = missed(sessionId, due, second, "maria");
		centre.publish(Topics.SESSION, missed);
		centre.publish(Topics.SESSION, late);
		centre.publish(Topics.SESSION, notAccepted);
		centre.publish(Topics.SESSION, wrongAgent);
		await().until(() -> consumed(wrongAgent.eventId()));
		assertThat(consumed(late.eventId()) && consumed(notAccepted.eventId())).isTrue();

		assertThat(offerStatus(second.offerId())).isEqualTo("OPEN");
		assertThat(offerStatus(first.offerId())).isEqualTo("CALL_MISSED");
		assertThat(agentState("sam")).isEqualTo("AVAILABLE");
		assertThat(agentState("maria")).isEqualTo("AWAY");
		assertThat(jdbc.sql("select status from queued_callback where callback_id = ?")
			.param(due.callbackId())
			.query(String.class)
			.single()).isEqualTo("OFFERED");
		assertThat(centre.findPublished(OfferReleased.class, r -> r.offerId().equals(second.offerId()))).isEmpty();
	}

	private ContactCentre.Response accept(String agentId, AgentReserved reserved) {
		ContactCentre.Response accepted = centre.call(agentId, HttpMethod.POST,
				"/api/v1/offers/" + reserved.offerId() + "/accept", null);
		assertThat(accepted.status()).isEqualTo(HttpStatus.OK);
		return accepted;
	}

	private static AgentCallMissed missed(UUID sessionId, CallbackDue due, AgentReserved offer, String agentId) {
		return new AgentCallMissed(UUID.randomUUID(), Instant.now(), sessionId, due.callbackId(), due.chatId(),
				offer.offerId(), agentId, "no-answer", 480);
	}

	private boolean consumed(UUID eventId) {
		return jdbc.sql("select count(*) from processed_event where event_id = ?")
			.param(eventId)
			.query(Integer.class)
			.single() > 0;
	}

	private String offerStatus(UUID offerId) {
		return jdbc.sql("select status from offer where id = ?").param(offerId).query(String.class).single();
	}

	private String agentState(String agentId) {
		return jdbc.sql("select state from agent where id = ?").param(agentId).query(String.class).single();
	}

}
