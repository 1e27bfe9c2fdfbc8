package org.reachback.chatbot.request;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Optional;

import org.reachback.chatbot.queue.QueueStatusReader;
import org.reachback.events.Customer;

import org.springframework.stereotype.Component;

/**
 * Reads what a customer's message asks of a callback: a time in the customer's zone, and one of the
 * brand's agents, whose names come from interaction-manager's agent availability view (the roster
 * has one owner; an agent with no callback time in the brand's queues is not one the bot can offer).
 */
@Component
public class CallbackWishes {

	private final TimeExpressions times = new TimeExpressions();

	private final QueueStatusReader queues;

	private final RequestSettings settings;

	private final Clock clock;

	CallbackWishes(QueueStatusReader queues, RequestSettings settings, Clock clock) {
		this.queues = queues;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param zone the customer's zone, see {@link #zoneOf}
	 * @param brandQueues the queues of the brand's bots, whose agents the message may name
	 */
	public CallbackWish read(String text, ZoneId zone, Collection<String> brandQueues) {
		if (text == null || text.isBlank()) {
			return CallbackWish.NONE;
		}
		RequestedTime time = times.read(text, clock.instant().atZone(zone)).orElse(null);
		return new CallbackWish(time, AgentNames.find(text, queues.agents(brandQueues)).orElse(null));
	}

	/**
	 * Only the time {@code text} asks for, in the customer's {@code zone}, read now: for a message
	 * that moves a callback, whose agent stays the one it was booked with.
	 */
	public Optional<RequestedTime> time(String text, ZoneId zone) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		return times.read(text, clock.instant().atZone(zone));
	}

	/** The customer's time zone, or the configured default when the chat names none that exists. */
	public ZoneId zoneOf(Customer customer) {
		return Optional.ofNullable(customer).map(Customer::timeZone).flatMap(CallbackWishes::zone)
			.orElse(settings.defaultTimeZone());
	}

	private static Optional<ZoneId> zone(String id) {
		try {
			return Optional.of(ZoneId.of(id));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
