package org.reachback.callback.privacy;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.reachback.callback.lifecycle.CallbackArrivals;
import org.reachback.callback.lifecycle.CallbackRepository;
import org.reachback.callback.lifecycle.TransitionRepository;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.platform.messaging.ErasureRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes, in one transaction, every row this service keeps about an erasure's chats and callbacks,
 * open callbacks included (nobody is to call a number no longer kept), and confirms with
 * {@code PersonalDataErased} in the same transaction ({@link ErasureRequests}). The durable timer
 * keeps no state but the callback row, so deleting the row cancels its timer. A redelivered
 * request is skipped by the inbox.
 */
@Service
public class ErasureService {

	static final String CONSUMER = "callback-erasure";

	private final ErasureRequests erasures;

	private final CallbackRepository callbacks;

	private final TransitionRepository history;

	private final CallbackArrivals arrivals;

	ErasureService(ErasureRequests erasures, CallbackRepository callbacks, TransitionRepository history,
			CallbackArrivals arrivals) {
		this.erasures = erasures;
		this.callbacks = callbacks;
		this.history = history;
		this.arrivals = arrivals;
	}

	/**
	 * Takes the locks in the order a request does, its rendezvous row and then the callback, so that
	 * a request, a cancellation or a timer batch under way commits first and is erased too, and one
	 * that comes later finds nothing (a request: its callback erased, see {@link CallbackArrivals}).
	 */
	@Transactional
	public void erase(PersonalDataErasureRequested request) {
		erasures.handle(CONSUMER, request, this::delete);
	}

	private ErasureRequests.Erased delete(PersonalDataErasureRequested request) {
		SortedSet<UUID> named = new TreeSet<>(request.callbackIds());
		named.addAll(callbacks.idsOfChats(request.chatIds()));
		arrivals.erase(named);
		List<UUID> recorded = callbacks.lockAll(named, request.chatIds());
		int rows = history.deleteOf(recorded) + arrivals.forget(recorded) + callbacks.delete(recorded);
		return new ErasureRequests.Erased(rows,
				Stream.of(named, recorded, request.chatIds()).flatMap(Collection::stream).toList());
	}

}
