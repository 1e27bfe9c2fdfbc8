/**
 * Conversations with a bot: each customer message is answered (or taken as a flow's input, or as
 * the choice the bot asked for), met with "which one did you mean?", or with a callback prompt whose
 * acceptance becomes a callback request carrying the chat's context, and every decision is recorded
 * with its reason.
 */
package org.reachback.chatbot.conversation;
