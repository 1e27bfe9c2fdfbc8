/**
 * Bots as configuration: each brand's bots, the intents they answer and their small flows, and the
 * capability check that decides whether a message is something a bot may answer at all.
 */
package org.reachback.chatbot.bot;
