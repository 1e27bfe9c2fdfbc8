package org.reachback.session.privacy;

import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.platform.messaging.ErasureRequests;
import org.reachback.session.privacy.ErasureRepository.Erased;
import org.reachback.session.privacy.ErasureRepository.ErasedSession;
import org.reachback.session.sessions.CallHangUpRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases what this service keeps about an erasure's callbacks and chats, and confirms with
 * {@code PersonalDataErased} in the same transaction, once per request however often it arrives
 * ({@link ErasureRequests}).
 * A session under way is deleted too: nobody is to call a number that is no longer kept, so a call
 * this instance's SIP user agent is placing or carrying is hung up once the deletion has committed.
 */
@Service
public class ErasureService {

	private static final String CONSUMER = "session-service.erasures";

	private final ErasureRequests erasures;

	private final ErasureRepository repository;

	private final ApplicationEventPublisher announcements;

	ErasureService(ErasureRequests erasures, ErasureRepository repository, ApplicationEventPublisher announcements) {
		this.erasures = erasures;
		this.repository = repository;
		this.announcements = announcements;
	}

	@Transactional
	public void erase(PersonalDataErasureRequested request) {
		erasures.handle(CONSUMER, request, this::delete);
	}

	/** The sessions' events are keyed by session id: those still in the outbox go with them. */
	private ErasureRequests.Erased delete(PersonalDataErasureRequested request) {
		Erased erased = repository.delete(request.callbackIds(), request.chatIds());
		erased.calls().forEach(session -> announcements.publishEvent(new CallHangUpRequested(session)));
		return new ErasureRequests.Erased(erased.rows(), erased.sessions().stream().map(ErasedSession::id).toList());
	}

}
