/**
 * Conversations with a bot: each customer message is answered (or taken as a flow's input, or as
 * the choice the bot asked for), met with "which one did you mean?", with a callback prompt whose
 * acceptance becomes a callback request carrying the chat's context, or cancels or moves the
 * callback the chat already has; every decision is recorded with its reason.
 */
package org.reachback.chatbot.conversation;
