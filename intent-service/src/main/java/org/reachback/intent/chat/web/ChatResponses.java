package org.reachback.intent.chat.web;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The bodies the chat API answers with. */
final class ChatResponses {

	private ChatResponses() {
	}

	/** @param token the chat's bearer token; shown only here, never again */
	record ChatOpened(UUID chatId, String token, Intent intent, String bot) {
	}

	record Intent(String name, double confidence) {
	}

	record MessageAccepted(UUID messageId) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ChatSummary(UUID chatId, String brand, String bot, Instant startedAt, String agentName) {
	}

}
