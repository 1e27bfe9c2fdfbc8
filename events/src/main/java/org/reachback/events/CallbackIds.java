package org.reachback.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The one rule that names a callback before it exists: the customer's answer to a prompt in a chat
 * names the same callback however often it is sent or redelivered, so intent-service (which answers
 * the customer at once) and chatbot-service (which requests the callback) agree on its id without
 * asking each other, and callback-service books it once.
 */
public final class CallbackIds {

	private CallbackIds() {
	}

	public static UUID forPrompt(UUID chatId, UUID promptId) {
		return UUID.nameUUIDFromBytes((chatId + "/" + promptId).getBytes(StandardCharsets.UTF_8));
	}

}
