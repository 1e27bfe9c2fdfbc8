/**
 * Chats: opening a chat from a brand's widget, the customer's messages and who they are addressed
 * to (the bot, or the agent while one is in the chat).
 */
package org.reachback.intent.chat;
