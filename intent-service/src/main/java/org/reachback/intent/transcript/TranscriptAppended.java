package org.reachback.intent.transcript;

import java.util.UUID;

/** In-process signal that a chat's transcript grew; live streams catch up once it committed. */
public record TranscriptAppended(UUID chatId) {
}
