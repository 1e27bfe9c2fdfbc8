package org.reachback.intent.transcript;

import java.time.Instant;

import org.reachback.events.TranscriptLine.Speaker;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of a chat's transcript.
 *
 * @param seq the entry's position in its chat, from 1; also the event stream's event id
 * @param name who spoke: the customer's, bot's or agent's name, if known
 * @param prompt set for {@link EntryKind#PROMPT} entries
 * @param callback set for {@link EntryKind#CALLBACK} entries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TranscriptEntry(long seq, Instant at, EntryKind kind, Speaker speaker, String name, String text,
		PromptShown prompt, CallbackShown callback) {
}
