package org.reachback.intent.transcript;

import java.time.Instant;
import java.util.UUID;

import org.reachback.events.Media;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A callback's status as the widget shows it at one moment of the chat.
 *
 * @param phone masked, only the last digits visible; absent for a callback in the chat without one
 * @param media how the customer is called back: {@code voice} or {@code chat}
 * @param problem why a callback was rejected, failed or expired
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackShown(UUID callbackId, String status, String phone, Media media, Instant dueAt,
		String agentName, String problem) {
}
