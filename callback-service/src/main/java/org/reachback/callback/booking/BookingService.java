package org.reachback.callback.booking;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.ValidationException;

import org.reachback.callback.CallbackSettings;
import org.reachback.callback.lifecycle.Callback;
import org.reachback.callback.lifecycle.CallbackStatus;
import org.reachback.callback.lifecycle.CallbackTransitions;
import org.reachback.events.Topics;
import org.reachback.events.bot.CallbackRequested;
import org.reachback.events.callback.CallbackRejected;
import org.reachback.events.callback.CallbackScheduled;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books callback requests. The callback id is the key: a request delivered twice is skipped by the
 * inbox, and the same request sent again as a new event finds its callback already recorded, so
 * either way there is one callback and one {@link CallbackScheduled} (or {@link CallbackRejected}).
 */
@Service
public class BookingService {

	static final String CONSUMER = "callback-booking";

	private static final Logger log = LoggerFactory.getLogger(BookingService.class);

	private final Inbox inbox;

	private final Outbox outbox;

	private final CallbackTransitions transitions;

	private final BookingPolicy policy;

	private final Clock clock;

	BookingService(Inbox inbox, Outbox outbox, CallbackTransitions transitions, CallbackSettings settings,
			Clock clock) {
		this.inbox = inbox;
		this.outbox = outbox;
		this.transitions = transitions;
		this.policy = new BookingPolicy(settings.slotGrace());
		this.clock = clock;
	}

	/** @throws ValidationException (dead-lettered, not retried) when the request names no callback */
	@Transactional
	public void book(CallbackRequested request) {
		if (request.callbackId() == null || request.chatId() == null) {
			throw new ValidationException("CallbackRequested " + request.eventId() + " names no callback or chat");
		}
		if (!inbox.firstDelivery(CONSUMER, request)) {
			return;
		}
		Instant now = clock.instant();
		Callback requested = Callback.requested(request.callbackId(), request.chatId(), request.asSoonAsPossible(),
				request.preferredAgent(), request.context(), now);
		String when = request.asSoonAsPossible() ? "as soon as possible" : "for " + request.slot();
		if (!transitions.open(requested, "requested in chat " + request.chatId() + " " + when)) {
			log.info("Callback {} was requested again by event {}; the first request stands", request.callbackId(),
					request.eventId());
			return;
		}
		BookingPolicy.Decision decision = policy.decide(request, now);
		if (decision instanceof BookingPolicy.Accepted accepted) {
			schedule(requested, accepted, when);
		}
		else if (decision instanceof BookingPolicy.Refused refused) {
			reject(requested, refused.problem());
		}
	}

	private void schedule(Callback requested, BookingPolicy.Accepted accepted, String when) {
		transitions.move(requested, CallbackStatus.SCHEDULED, "booked " + when,
				callback -> callback.scheduledAt(accepted.dueAt(), accepted.phone()))
			.ifPresent(callback -> outbox.publish(Topics.CALLBACK,
					new CallbackScheduled(UUID.randomUUID(), callback.updatedAt(), callback.id(), callback.chatId(),
							callback.queue(), callback.phone(), callback.dueAt(), callback.asSoonAsPossible(),
							callback.preferredAgent())));
	}

	private void reject(Callback requested, String problem) {
		transitions.move(requested, CallbackStatus.REJECTED, problem, callback -> callback.withProblem(problem))
			.ifPresent(callback -> outbox.publish(Topics.CALLBACK, new CallbackRejected(UUID.randomUUID(),
					callback.updatedAt(), callback.id(), callback.chatId(), problem)));
	}

}
