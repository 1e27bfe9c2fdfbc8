package org.reachback.intent.transcript;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transcripts of all chats. Appending happens inside the caller's transaction, next to the
 * change that caused it; live event streams learn of the entry only after that transaction
 * committed, so a customer never sees an entry that was rolled back.
 */
@Component
public class Transcript {

	private final TranscriptRepository entries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Transcript(TranscriptRepository entries, ApplicationEventPublisher events, Clock clock) {
		this.entries = entries;
		this.events = events;
		this.clock = clock;
	}

	/** @return the appended entry, or empty when the chat does not exist */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<TranscriptEntry> append(UUID chatId, NewEntry entry) {
		return entries.nextSeq(chatId, clock.instant()).map(numbered -> {
			TranscriptEntry appended = new TranscriptEntry(numbered.seq(), numbered.at(), entry.kind(), entry.speaker(), entry.name(),
					entry.text(), entry.prompt(), entry.callback());
			entries.insert(chatId, appended);
			events.publishEvent(new TranscriptAppended(chatId));
			return appended;
		});
	}

	/** The whole conversation of a chat, in order. */
	public List<TranscriptEntry> of(UUID chatId) {
		return entries.after(chatId, 0);
	}

	/** The entries after {@code seq}, in order. */
	public List<TranscriptEntry> after(UUID chatId, long seq) {
		return entries.after(chatId, seq);
	}

}
