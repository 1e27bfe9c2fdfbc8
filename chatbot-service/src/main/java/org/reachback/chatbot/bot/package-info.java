/**
 * Bots as configuration: each brand's bots, the intents they answer (with their own thresholds and
 * customer-facing labels) and their small flows, and the capability check that decides whether a
 * message is something a bot may answer at all, or whether it should first ask which of two close
 * intents the customer meant; and the callback changes ({@code CallbackChange}) every bot makes.
 */
package org.reachback.chatbot.bot;
