package org.reachback.interaction.admin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.reachback.interaction.agent.AgentRepository;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/queues}: the queue status rows, the callbacks waiting in the virtual queue (oldest
 * first), the open offers and every agent with their state, including agents a platform reported
 * that are not in the roster.
 */
@Component
@Endpoint(id = "queues")
class QueuesEndpoint {

	private final JdbcClient jdbc;

	private final AgentRepository agents;

	QueuesEndpoint(JdbcClient jdbc, AgentRepository agents) {
		this.jdbc = jdbc;
		this.agents = agents;
	}

	@ReadOperation
	Map<String, Object> queues() {
		return Map.of("status", status(), "waitingCallbacks", waitingCallbacks(), "openOffers", openOffers(),
				"agents", agents.findAll());
	}

	private List<Status> status() {
		return jdbc.sql("select * from queue_status order by queue").query(Status.class).list();
	}

	private List<WaitingCallback> waitingCallbacks() {
		return jdbc.sql("""
				select callback_id, queue, preferred_agent, attempt, enqueued_at from queued_callback
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

	record WaitingCallback(UUID callbackId, String queue, String preferredAgent, int attempt, Instant enqueuedAt) {
	}

	record OpenOffer(UUID offerId, UUID callbackId, String queue, String agentId, Instant offeredAt,
			Instant expiresAt) {
	}

}
