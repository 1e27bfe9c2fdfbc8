package org.reachback.intent.prompt;

import java.util.UUID;

/**
 * In-process fact: a bot's callback prompt was recorded and shown in a chat. It has no Kafka event
 * of its own; the bot's {@code CallbackOffered} may be delivered more than once, this is announced
 * once per prompt.
 */
public record PromptRecorded(UUID chatId, UUID promptId, String bot) {
}
