package org.reachback.platform.messaging;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ValidationException;

import org.reachback.events.Topics;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every service does alike with a {@link PersonalDataErasureRequested}, around its own
 * deletion: once per request however often it is delivered ({@link Inbox}), then the events about
 * the erased chats, callbacks or sessions still waiting in the outbox, and the confirmation,
 * {@link PersonalDataErased}, all in the caller's transaction. The log names the erasure and counts
 * only, never whom it was about.
 */
public class ErasureRequests {

	private static final Logger log = LoggerFactory.getLogger(ErasureRequests.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final Clock clock;

	private final String service;

	public ErasureRequests(Inbox inbox, Outbox outbox, Clock clock, String service) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.clock = clock;
		this.service = service;
	}

	/**
	 * @param consumer the inbox's name for the service's erasure consumer
	 * @param deletion deletes the service's rows about the request, and says how many and which
	 * aggregates' undelivered events go too
	 * @throws ValidationException (dead-lettered, not retried) when the request names no erasure
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void handle(String consumer, PersonalDataErasureRequested request,
			Function<PersonalDataErasureRequested, Erased> deletion) {
		if (request.erasureId() == null) {
			throw new ValidationException("PersonalDataErasureRequested " + request.eventId() + " names no erasure");
		}
		if (!inbox.firstDelivery(consumer, request)) {
			return;
		}
		Erased erased = deletion.apply(request);
		int rows = erased.rows() + outbox.discard(erased.aggregates());
		outbox.publish(Topics.ERASED,
				new PersonalDataErased(UUID.randomUUID(), clock.instant(), request.erasureId(), service, rows));
		log.info("Erasure {}: {} rows deleted ({} chats and {} callbacks named)", request.erasureId(), rows,
				request.chatIds().size(), request.callbackIds().size());
	}

	/**
	 * @param rows how many rows the service deleted
	 * @param aggregates the ids its events about them are keyed by
	 */
	public record Erased(int rows, Collection<?> aggregates) {

	}

}
