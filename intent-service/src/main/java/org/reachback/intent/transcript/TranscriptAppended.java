package org.reachback.intent.transcript;

import java.util.UUID;

/** In-process news that a chat's transcript grew; the live streams of every instance catch up once it committed. */
public record TranscriptAppended(UUID chatId) {
}
