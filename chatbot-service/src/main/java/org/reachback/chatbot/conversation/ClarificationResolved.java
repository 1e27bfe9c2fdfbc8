package org.reachback.chatbot.conversation;

/**
 * The customer's reply to "which one did you mean?" chose one of the two intents, or neither, which
 * drops the question. Announced inside the process only: no Kafka event carries it.
 */
record ClarificationResolved(String brand, String bot, boolean chosen) {
}
