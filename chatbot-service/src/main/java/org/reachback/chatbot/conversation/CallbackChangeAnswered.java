package org.reachback.chatbot.conversation;

import org.reachback.chatbot.bot.CallbackChange;

/**
 * A bot answered a customer's request to cancel or move their callback. Announced inside the
 * process only: {@code CallbackChangeRequested} is published only when a change was asked for, and
 * carries no brand or bot.
 */
record CallbackChangeAnswered(String brand, String bot, CallbackChange change, CallbackChanges.Result result) {
}
