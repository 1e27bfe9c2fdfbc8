package org.reachback.intent.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;

/**
 * An erasure and the services that have confirmed it so far.
 *
 * @param chats how many chats it erases
 * @param callbacks how many callbacks it erases
 * @param confirmations oldest first; this service's own is there from the start
 */
public record Erasure(UUID erasureId, Reason reason, Instant requestedAt, int chats, int callbacks,
		List<Confirmation> confirmations) {

	/** Every service that keeps customers' data; an erasure is complete once each has confirmed it. */
	public static final Set<String> SERVICES = Set.of(ErasureCoordinator.SERVICE, "chatbot-service", "callback-service",
			"interaction-manager", "session-service");

	public Erasure {
		confirmations = List.copyOf(confirmations);
	}

	public boolean complete() {
		return confirmations.stream().map(Confirmation::service).collect(Collectors.toSet()).containsAll(SERVICES);
	}

	/** @param records how many rows the service deleted */
	public record Confirmation(String service, int records, Instant erasedAt) {
	}

}
