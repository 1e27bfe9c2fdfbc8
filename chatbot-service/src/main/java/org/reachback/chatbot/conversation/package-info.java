/**
 * Conversations with a bot: each customer message is checked against the bot's capabilities and
 * answered (or taken as a flow's input, or as the choice the bot asked for), met with "which one
 * did you mean?", or with a callback prompt; an accepted prompt becomes a callback request carrying
 * the chat's context. Every decision is recorded with its reason.
 */
package org.reachback.chatbot.conversation;
