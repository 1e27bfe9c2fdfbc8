package org.reachback.chatbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.reachback.chatbot.queue.Agent;
import org.reachback.chatbot.queue.FreeSlot;
import org.reachback.chatbot.queue.QueueStatusReader;
import org.reachback.chatbot.request.RequestedTime;

import org.springframework.stereotype.Component;

/**
 * Finds the free slots nearest to what a customer asked for. A named agent's own slots come first:
 * if she has free time at all, the prompt offers only hers (in the queue where her nearest slot is,
 * a callback being booked against her own time); if she has none, the queue's team's.
 */
@Component
class SlotOffers {

	private final QueueStatusReader queues;

	private final Clock clock;

	SlotOffers(QueueStatusReader queues, Clock clock) {
		this.queues = queues;
		this.clock = clock;
	}

	/**
	 * @param queue the queue of the bot that hands over, the team's and preferred for the agent
	 * @param agentQueues the queues in which the agent's time may be booked
	 */
	SlotOffer near(RequestedTime time, Agent agent, String queue, Collection<String> agentQueues) {
		Instant from = time == null ? clock.instant() : time.from().toInstant();
		Instant to = time == null ? from : time.to().toInstant();
		if (agent != null) {
			List<FreeSlot> own = queues.agentFreeSlotsNear(agent.id(), agentQueues, queue, from, to);
			if (!own.isEmpty()) {
				return new SlotOffer(own.get(0).queue(), time, agent, starts(own), true);
			}
		}
		return new SlotOffer(queue, time, agent, starts(queues.freeSlotsNear(queue, from, to)), false);
	}

	private static List<Instant> starts(List<FreeSlot> slots) {
		return slots.stream().map(FreeSlot::start).toList();
	}

}
