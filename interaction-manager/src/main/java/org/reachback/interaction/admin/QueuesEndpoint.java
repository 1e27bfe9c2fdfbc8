package org.reachback.interaction.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reachback.interaction.agent.AgentRepository;
import org.reachback.interaction.decision.Decisions;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/queues}: the queue status rows, the callbacks waiting in the virtual queue (oldest
 * first, with why any is held back), the open offers and every agent with their state, including
 * agents a platform reported that are not in the roster; and the latest decisions with their reasons
 * (slots booked or refused, callbacks held back, agents chosen), newest first.
 */
@Component
@Endpoint(id = "queues")
class QueuesEndpoint {

	/** How many decisions the endpoint shows; older ones stay in the {@code decision} table. */
	static final int RECENT_DECISIONS = 50;

	private final JdbcClient jdbc;

	private final AgentRepository agents;

	private final Decisions decisions;

	QueuesEndpoint(JdbcClient jdbc, AgentRepository agents, Decisions decisions) {
		this.jdbc = jdbc;
		this.agents = agents;
		this.decisions = decisions;
	}

	@ReadOperation
	Map<String, Object> queues() {
		return Map.of("status", status(), "waitingCallbacks", waitingCallbacks(), "openOffers", openOffers(),
				"agents", agents.findAll(), "decisions", decisions.recent(RECENT_DECISIONS));
	}

	private List<Status> status() {
		return jdbc.sql("select * from queue_status order by queue").query(Status.class).list();
	}

	private List<WaitingCallback> waitingCallbacks() {
		return jdbc.sql("""
				select callback_id, queue, preferred_agent, attempt, enqueued_at, held_back_since, held_back_reason
				from queued_callback
				where status = 'WAITING' order by enqueued_at, callback_id""").query(WaitingCallback.class).list();
	}

	private List<OpenOffer> openOffers() {
		return jdbc.sql("""
				select o.id as offer_id, o.callback_id, c.queue, o.agent_id, o.offered_at, o.expires_at
				from offer o join queued_callback c on c.callback_id = o.callback_id
				where o.status = 'OPEN' order by o.offered_at""").query(OpenOffer.class).list();
	}

	record Status(String queue, int agentsStaffed, int agentsAvailable, int interactionsWaiting,
			int interactionsAnswered, int interactionsAbandoned, int callbacksPending, Integer estimatedWaitSeconds,
			Instant updatedAt) {
	}

	/** @param heldBackSince when it was held back for inbound customers, with why; null unless held back now */
	record WaitingCallback(UUID callbackId, String queue, String preferredAgent, int attempt, Instant enqueuedAt,
			Instant heldBackSince, String heldBackReason) {
	}

	record OpenOffer(UUID offerId, UUID callbackId, String queue, String agentId, Instant offeredAt,
			Instant expiresAt) {
	}

}
