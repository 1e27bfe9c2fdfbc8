package org.reachback.session.sessions;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.TranscriptLine.Speaker;

/**
 * One line said during a session, after the transcript the bot handed over.
 *
 * @param seq the line's position in the session, from 1, without gaps
 * @param messageId the chat message the line is, so the customer's chat and the session agree
 */
public record SessionLine(UUID sessionId, int seq, UUID messageId, Instant at, Speaker speaker, String name,
		String text) {

}
