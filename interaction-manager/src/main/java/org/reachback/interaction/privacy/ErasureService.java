package org.reachback.interaction.privacy;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.interaction.availability.BookingRepository;
import org.reachback.interaction.decision.Decisions;
import org.reachback.interaction.dispatch.VirtualQueue;
import org.reachback.platform.messaging.ErasureRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes, in one transaction, every row this service keeps about an erasure's chats and callbacks
 * (the chats' callbacks are those the virtual queue knows of; intent-service names every callback
 * anyway), records the callbacks erased so that an event of theirs still on its way is dropped
 * ({@link ErasedCallbacks}), and confirms with {@code PersonalDataErased} in the same transaction
 * ({@link ErasureRequests}). A redelivered request is skipped by the inbox.
 */
@Service
public class ErasureService {

	static final String CONSUMER = "interaction-erasure";

	private final ErasureRequests erasures;

	private final VirtualQueue virtualQueue;

	private final BookingRepository bookings;

	private final Decisions decisions;

	private final ErasedCallbacks erased;

	ErasureService(ErasureRequests erasures, VirtualQueue virtualQueue, BookingRepository bookings, Decisions decisions,
			ErasedCallbacks erased) {
		this.erasures = erasures;
		this.erased = erased;
		this.virtualQueue = virtualQueue;
		this.bookings = bookings;
		this.decisions = decisions;
	}

	@Transactional
	public void erase(PersonalDataErasureRequested request) {
		erasures.handle(CONSUMER, request, this::delete);
	}

	private ErasureRequests.Erased delete(PersonalDataErasureRequested request) {
		SortedSet<UUID> callbacks = new TreeSet<>(request.callbackIds());
		callbacks.addAll(virtualQueue.callbacksOfChats(request.chatIds()));
		erased.record(callbacks);
		int rows = virtualQueue.erase(callbacks) + bookings.erase(callbacks) + decisions.erase(callbacks);
		return new ErasureRequests.Erased(rows, Stream.of(callbacks, request.chatIds()).flatMap(Collection::stream).toList());
	}

}
