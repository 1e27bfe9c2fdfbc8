package org.reachback.events.queue;

import java.util.UUID;

import org.reachback.events.DomainEvent;

/**
 * Traffic in a contact-centre queue, as a platform reports it on {@code Topics.QUEUE}, keyed by
 * queue name. Queues are named after the skill that serves them.
 */
public sealed interface QueueEvent extends DomainEvent
		permits InteractionQueued, InteractionAnswered, InteractionAbandoned {

	String queue();

	UUID interactionId();

	@Override
	default String aggregateId() {
		return queue();
	}

}
