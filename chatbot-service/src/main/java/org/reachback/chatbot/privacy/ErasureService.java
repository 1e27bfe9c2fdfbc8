package org.reachback.chatbot.privacy;

import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.platform.messaging.ErasureRequests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what the bots keep about an erasure's chats and callbacks, and confirms with
 * {@code PersonalDataErased} in the same transaction, once per request however often it arrives
 * ({@link ErasureRequests}).
 */
@Service
public class ErasureService {

	private static final String CONSUMER = "chatbot-service.erasures";

	private final ErasureRequests erasures;

	private final ErasureRepository repository;

	ErasureService(ErasureRequests erasures, ErasureRepository repository) {
		this.erasures = erasures;
		this.repository = repository;
	}

	/** The bots' events are keyed by chat id: those still in the outbox go with the chats. */
	@Transactional
	public void erase(PersonalDataErasureRequested request) {
		erasures.handle(CONSUMER, request, named -> new ErasureRequests.Erased(
				repository.delete(named.chatIds(), named.callbackIds()), named.chatIds()));
	}

}
