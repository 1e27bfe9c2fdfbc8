package org.reachback.intent.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.reachback.events.Topics;
import org.reachback.events.privacy.JdbcSubjectKeys;
import org.reachback.events.privacy.PersonalDataErased;
import org.reachback.events.privacy.PersonalDataErasureRequested;
import org.reachback.events.privacy.PersonalDataErasureRequested.Reason;
import org.reachback.intent.privacy.PersonalData.Found;
import org.reachback.platform.messaging.Inbox;
import org.reachback.platform.messaging.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases customers' data: in one transaction, deletes this service's rows about the chats and
 * callbacks found, destroys the chats' keys (every copy of their data sealed on the topics is
 * unreadable from then on), records the erasure with this service's own confirmation, and asks the other
 * services, through the outbox, to delete theirs ({@code PersonalDataErasureRequested}, ids only).
 * An erasure that finds nothing is still one: the other services are asked all the same (they may
 * keep what this service does not) and the answer says that nothing was kept here.
 */
@Service
public class ErasureCoordinator {

	static final String SERVICE = "intent-service";

	static final String CONSUMER = "intent-service.erasures";

	private static final Logger log = LoggerFactory.getLogger(ErasureCoordinator.class);

	private final PersonalData data;

	private final ErasureRepository erasures;

	private final Inbox inbox;

	private final Outbox outbox;

	private final JdbcSubjectKeys keys;

	private final Clock clock;

	ErasureCoordinator(PersonalData data, ErasureRepository erasures, Inbox inbox, Outbox outbox, JdbcSubjectKeys keys,
			Clock clock) {
		this.data = data;
		this.keys = keys;
		this.erasures = erasures;
		this.inbox = inbox;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Erases every chat opened with the number or with a callback to it, across brands, and every
	 * callback of those chats or to that number.
	 * @param e164 the number in E.164
	 */
	@Transactional
	public Erasure eraseNumber(String e164) {
		return erase(Reason.REQUESTED, data.ofNumber(e164));
	}

	/**
	 * Erases the chat and its callbacks.
	 * @throws UnknownChatException for a chat this service keeps nothing about
	 */
	@Transactional
	public Erasure eraseChat(UUID chatId) {
		return erase(Reason.REQUESTED, data.ofChat(chatId).orElseThrow(() -> new UnknownChatException(chatId)));
	}

	/**
	 * Erases one batch of the chats whose last entry is older than {@code before} and whose callbacks
	 * are over, as one erasure.
	 * @return how many chats it erased; {@code batch} means more may be waiting
	 */
	@Transactional
	public int eraseExpired(Instant before, int batch) {
		Found found = data.expired(before, batch);
		if (!found.chats().isEmpty()) {
			erase(Reason.RETENTION, found);
		}
		return found.chats().size();
	}

	public Optional<Erasure> find(UUID erasureId) {
		return erasures.find(erasureId);
	}

	/** Records another service's confirmation, once per event. */
	@Transactional
	public void confirmed(PersonalDataErased event) {
		if (!inbox.firstDelivery(CONSUMER, event)) {
			return;
		}
		if (erasures.confirm(event.erasureId(), event.service(), event.records(), event.occurredAt())) {
			log.info("Erasure {} confirmed by {}: {} rows deleted", event.erasureId(), event.service(), event.records());
		}
		else {
			log.info("Erasure {}: ignored a confirmation by {}, which confirmed it already or of an erasure not asked here",
					event.erasureId(), event.service());
		}
	}

	private Erasure erase(Reason reason, Found found) {
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		int records = data.delete(found);
		int keysDestroyed = keys.erase(found.chats());
		UUID erasureId = UUID.randomUUID();
		erasures.insert(erasureId, reason, now, found.chats().size(), found.callbacks().size());
		erasures.confirm(erasureId, SERVICE, records, now);
		outbox.publish(Topics.ERASURE, new PersonalDataErasureRequested(UUID.randomUUID(), now, erasureId, reason,
				found.chats(), found.callbacks()));
		log.info("Erasure {} ({}): {} chats and {} callbacks, {} rows deleted here, {} keys of their data on the topics"
				+ " destroyed", erasureId, reason, found.chats().size(), found.callbacks().size(), records, keysDestroyed);
		return erasures.find(erasureId).orElseThrow();
	}

}
